// Held out, fifth batch. An encyclopedia-style article on Marbury v. Madison, and students' short answers
// to "What did Marbury v. Madison decide, and why does it matter?" written from it (or not).
import type { AnswerSet } from '../answers/types'

const source = `Marbury v. Madison, 5 U.S. 137 (1803), was a landmark decision of the Supreme Court of the United States that established the principle of judicial review, the power of federal courts to strike down laws that conflict with the Constitution. The opinion was written by Chief Justice John Marshall.

The case arose from the bitter contest between the Federalists and the Democratic-Republicans after the presidential election of 1800. In the last weeks of his term, President John Adams, a Federalist, appointed dozens of new judges and justices of the peace, among them William Marbury. The commissions were signed and sealed, but several, including Marbury's, had not been delivered when Thomas Jefferson took office in March 1801. Jefferson's Secretary of State, James Madison, refused to deliver them. Marbury asked the Supreme Court directly for a writ of mandamus, an order compelling Madison to hand over the commission.

Marshall's opinion addressed three questions. First, it held that Marbury had a right to his commission, because the appointment was complete once the commission was signed and sealed. Second, it held that the laws of the country provided a remedy for the violation of that right. Third, however, it held that the Supreme Court could not issue the writ. Section 13 of the Judiciary Act of 1789, which appeared to give the Court the power to issue writs of mandamus in cases brought directly before it, went beyond the Court's original jurisdiction as defined in Article III of the Constitution. Because the Constitution is the supreme law, an act of Congress that contradicts it is void, and "it is emphatically the province and duty of the judicial department to say what the law is."

The decision was politically shrewd. Marbury lost his case, so the Jefferson administration had nothing to defy, yet the Court claimed for itself a far greater power. The Supreme Court did not strike down another federal law until Dred Scott v. Sandford in 1857.

Marbury v. Madison remains the foundation of judicial review in the United States and is one of the most cited decisions in American constitutional law.`

const cutLink = 'The court had to decide if Marbury could get his job.'

const cutEnd = 'This case is still taught to every law student in America.'

const cut = `Marbury v. Madison (1803) was a landmark decision of the Supreme Court of the United States that established the principle of judicial review, the power of federal courts to strike down laws that conflict with the Constitution. The opinion was written by Chief Justice John Marshall.

In the last weeks of his term, President John Adams appointed dozens of new judges and justices of the peace, among them William Marbury. The commissions were signed and sealed, but several had not been delivered when Thomas Jefferson took office in March 1801. Jefferson's Secretary of State, James Madison, refused to deliver them. Marbury asked the Supreme Court directly for a writ of mandamus.

${cutLink} Marshall held that Marbury had a right to his commission and that the laws of the country provided a remedy. However, it held that the Supreme Court could not issue the writ. Section 13 of the Judiciary Act of 1789 went beyond the Court's original jurisdiction as defined in Article III of the Constitution. Because the Constitution is the supreme law, an act of Congress that contradicts it is void.

Marbury lost his case, so the Jefferson administration had nothing to defy, yet the Court claimed for itself a far greater power.

${cutEnd}`

const light = `Marbury v. Madison (1803) was a historic ruling of the US Supreme Court that set up the principle of judicial review, the power of federal courts to strike down laws which conflict with the Constitution. The opinion was written by Chief Justice John Marshall.

The case came out of the bitter rivalry between the Federalists and the Democratic-Republicans after the presidential election of 1800. In his final weeks as president, John Adams, a Federalist, named dozens of new judges and justices of the peace, including William Marbury. The commissions were signed and sealed, but several, Marbury's among them, had still not been delivered when Thomas Jefferson took office in March 1801. Jefferson's Secretary of State, James Madison, refused to deliver them. Marbury went straight to the Supreme Court for a writ of mandamus, an order forcing Madison to hand over the commission.

Marshall's opinion dealt with three questions. First, it decided that Marbury had a right to his commission, because the appointment was complete once the commission had been signed and sealed. Second, it decided that the laws of the country gave a remedy when that right was violated. Third, however, it decided that the Supreme Court could not issue the writ, because section 13 of the Judiciary Act of 1789 went beyond the original jurisdiction given to the Court by Article III of the Constitution. As the Constitution is the supreme law, an act of Congress that contradicts it is void.`

const heavyGood = `Judicial review – the power of federal courts to strike down laws that conflict with the Constitution – is not written anywhere in the Constitution itself. The Supreme Court claimed it in Marbury v. Madison in 1803, in an opinion by Chief Justice John Marshall.

The dispute grew out of the bitter fight between Federalists and Democratic-Republicans after the 1800 election. In his last weeks in office Adams appointed dozens of judges and justices of the peace, William Marbury among them. Marbury's commission was signed and sealed but still undelivered when Jefferson took over, and the new Secretary of State, James Madison, refused to hand it over. Marbury went straight to the Supreme Court for a writ of mandamus to compel him.

Marshall held that Marbury had a right to the commission and that the law gave him a remedy – and then that the Court could not issue the writ. Section 13 of the Judiciary Act of 1789 had tried to add mandamus to the Court's original jurisdiction, which Article III fixes. Since the Constitution is the supreme law, a statute that contradicts it is void, and it is for judges to say what the law is.

It was politically shrewd: Marbury lost, so Jefferson had nothing to defy, yet the Court gained a far greater power. It did not strike down another federal law until Dred Scott in 1857.`

const heavyWeak = `The case Marbury against Madison is very important because it created the judicial review in United States, it means that the federal courts can cancel a law if it is against the Constitution. The judge who wrote the decision was John Marshall, Chief Justice.

Everything started after the elections of 1800. John Adams lost against Thomas Jefferson, and before to leave the presidency he nominated many judges and justices of the peace, one of them was William Marbury. The documents (commissions) were signed and sealed but not all were delivered before Jefferson arrived in March 1801, and the new Secretary of State James Madison did not want to deliver them. So Marbury went directly to the Supreme Court and asked for a writ of mandamus.

Marshall said three things. Marbury had the right to the commission. The law must give him a remedy. But the Supreme Court can not give the writ, because the Judiciary Act of 1789 (section 13) gave to the Court more power than the Article III of the Constitution permits. And a law of Congress that is against the Constitution is void, because the Constitution is the supreme law.

In the end Marbury lost, but the Court won a big power. Next time the Court cancelled a federal law was only in 1857 with Dred Scott.`

const nonTextbook = `Judicial review is the power of the courts to examine laws and actions of the government and to decide whether they are constitutional. In the United States this power belongs above all to the Supreme Court, which has the final word on the meaning of the Constitution. It is an important part of the system of checks and balances, because it allows the judicial branch to limit the legislative and executive branches.

The principle was first established in the famous case of Marbury v. Madison in 1803, when Chief Justice John Marshall declared that "it is emphatically the province and duty of the judicial department to say what the law is." Since then the Court has used judicial review in many landmark cases. In Brown v. Board of Education (1954) it ruled that racial segregation in public schools was unconstitutional, and in United States v. Nixon (1974) it ordered President Nixon to hand over the Watergate tapes.

Critics argue that judicial review gives too much power to nine unelected judges who serve for life. Supporters reply that without it the rights in the Bill of Rights could be ignored by a majority in Congress. Many other countries, such as Germany, have created special constitutional courts to carry out judicial review.`

const nonMarshall = `John Marshall was the fourth Chief Justice of the United States and served for thirty-four years, from 1801 until his death in 1835, longer than any other Chief Justice. He was born in Virginia in 1755, fought in the Revolutionary War under George Washington, and later served as a member of Congress and as Secretary of State under President John Adams. Adams nominated him to the Supreme Court shortly before leaving office.

Before Marshall, the Supreme Court was a weak institution. Its justices spent much of their time riding circuit, and several resigned for better jobs. Marshall changed this. He persuaded the justices to stop writing separate opinions and to speak with one voice, usually his own, in a single opinion of the Court.

His decisions greatly strengthened the federal government. In McCulloch v. Maryland (1819) he held that Congress had implied powers to create a national bank and that a state could not tax it, because "the power to tax involves the power to destroy." In Gibbons v. Ogden (1824) he gave Congress broad authority to regulate commerce between the states. Jefferson, his cousin and political opponent, distrusted him deeply.`

const nonChecks = `The US government is divided in three branches: the legislative branch, which is Congress, the executive branch, which is the President, and the judicial branch, which is the Supreme Court and the other federal courts. This is called the separation of powers and the idea comes from the French writer Montesquieu.

Each branch can check the others. The President can veto a law passed by Congress, but Congress can override the veto with a two-thirds majority. The Senate must approve the President's appointments of judges and ambassadors, and Congress can impeach the President. The Supreme Court can declare a law unconstitutional, and the judges are appointed for life so they do not have to worry about being re-elected.

The founders, like James Madison, wanted this system because they were afraid that one person or group would become too powerful, like the King of England. Madison wrote in the Federalist Papers that ambition must be made to counteract ambition. Today people often complain that the system is slow and that Congress and the President cannot agree, but it has lasted for more than two hundred years.`

export const marburyMadison: AnswerSet = {
  topic: 'marbury-v-madison',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      own: [cutLink, cutEnd],
      note: 'cut: paragraphs 1–4 stitched, the citation, the party contest and the mandamus gloss dropped, the three holdings squeezed into copied clauses, a linking sentence and a closing remark own'
    },
    {
      level: 'light',
      text: light,
      note: 'light: paragraphs 1–3 in order, synonyms ("landmark decision" → "historic ruling", "contest" → "rivalry", "held" → "decided", "compelling" → "forcing"), small grammar changes'
    },
    {
      level: 'heavy',
      text: heavyGood,
      note: 'heavy, law student: opens on judicial review not being in the Constitution, the holdings merged and reordered, clauses of the source kept inside new sentences, Marshall’s line paraphrased'
    },
    {
      level: 'heavy',
      text: heavyWeak,
      note: 'heavy, non-native writer (Spanish-speaking): "cancel" for strike down, simple sentences, the three holdings as a list of short sentences'
    },
    {
      level: 'non',
      text: nonTextbook,
      note: 'civics textbook answer from general knowledge; quotes Marshall’s famous line as the source does, plus Brown and Nixon'
    },
    {
      level: 'non',
      text: nonMarshall,
      note: 'a short biography of John Marshall from general knowledge: Adams, Jefferson, McCulloch, Gibbons'
    },
    {
      level: 'non',
      text: nonChecks,
      note: 'a weaker student on checks and balances: Supreme Court, unconstitutional, Madison (the Federalist Papers)'
    }
  ]
}
