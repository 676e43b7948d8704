// Held out, fourth batch. An encyclopedia-style article on habeas corpus, and students' short answers
// written from it (or not).
import type { AnswerSet } from '../answers/types'

const source = `Habeas corpus is a legal procedure by which a person who is detained can ask a court to decide whether the detention is lawful. The name comes from the Latin words of the medieval writ, habeas corpus, meaning "you should have the body". The writ orders the person holding the prisoner to bring him or her before the court and to show the legal grounds for the detention. If the grounds are insufficient, the court must order the prisoner's release.

The writ developed in the English common law courts in the thirteenth and fourteenth centuries. It became a protection against arbitrary imprisonment by the Crown during the conflicts of the seventeenth century, and the Habeas Corpus Act 1679 laid down procedures and penalties to make sure that judges and jailers obeyed it.

The principle spread with English law to the American colonies. The United States Constitution provides that the privilege of the writ "shall not be suspended, unless when in cases of rebellion or invasion the public safety may require it". President Abraham Lincoln suspended it during the Civil War, a decision that remains controversial.

Habeas corpus is often described as a cornerstone of the rule of law. Similar protections exist in many countries, and Article 5 of the European Convention on Human Rights gives everyone deprived of liberty the right to have a court decide speedily on the lawfulness of the detention.`

const cut = `Habeas corpus is a legal procedure by which a person who is detained can ask a court to decide whether the detention is lawful. The name comes from the Latin words of the medieval writ, habeas corpus, meaning ‘you should have the body’.  The writ orders the person holding the prisoner to bring him or her before the court and to show the legal grounds for the detention. If the grounds are insufficient, the court must order the prisoner's release.

The writ developed in the English common law courts in the thirteenth and fourteenth centuries. It became a protection against arbitrary imprisonment by the Crown during the conflicts of the seventeenth century, and the Habeas Corpus Act 1679 laid down procedures and penalties to make sure that judges and jailers obeyed it.

The principle spread to the American colonies. The US Constitution provides that the privilege of the writ “shall not be suspended, unless when in cases of rebellion or invasion the public safety may require it”. Abraham Lincoln suspended it during the Civil War.

Habeas corpus is often described as a cornerstone of the rule of law, and Article 5 of the European Convention on Human Rights gives everyone deprived of liberty the right to have a court decide speedily on the lawfulness of the detention.`

const light = `Habeas corpus is a legal procedure through which someone who is being held can ask a court to rule on whether the detention is lawful. The name is taken from the Latin words of the medieval writ, habeas corpus, which mean "you should have the body". The writ instructs whoever is holding the prisoner to bring him or her to the court and to show the legal basis for keeping them. If the reasons are not sufficient, the court has to order that the prisoner be released.

The writ grew up in the English common law courts during the thirteenth and fourteenth centuries. It turned into a safeguard against arbitrary imprisonment by the Crown in the struggles of the seventeenth century, and the Habeas Corpus Act 1679 set out procedures and penalties to ensure that judges and jailers complied with it.

The principle travelled with English law to the colonies in America. The Constitution of the United States says that the privilege of the writ "shall not be suspended, unless when in cases of rebellion or invasion the public safety may require it". During the Civil War President Abraham Lincoln suspended it, a decision which is still controversial.`

const heavy = `What stops a government from simply locking people up? In countries whose law comes from England, one of the oldest answers is habeas corpus. Anyone who is detained, or someone acting for them, can apply to a court, which then orders the jailer to produce the prisoner and explain on what legal grounds he or she is being held. Unless the grounds stand up, the prisoner has to be set free. The phrase is Latin for "you should have the body", the opening words of the medieval writ.

English common law judges were issuing the writ by the 1200s and 1300s, but it only became a real defence against arbitrary imprisonment by the Crown during the political struggles of the 1600s. The Habeas Corpus Act of 1679 then fixed the procedure and punished judges and jailers who ignored it.

English settlers took the principle to America, and the US Constitution allows the writ to be suspended only in cases of rebellion or invasion. Lincoln's suspension of it in the Civil War is still argued about. Today it is seen as a cornerstone of the rule of law, and the European Convention on Human Rights, in Article 5, protects the same right to a speedy court decision.`

const nonLecture = `A writ is a written order issued by a court. In the history of English law there were many kinds of writ, but the one most people have heard of is habeas corpus, which protects personal liberty.

The basic idea is simple. If you are imprisoned, a judge can demand that you be brought to court so that the person who is holding you has to justify it. If there is no lawful reason to hold you, you must be released. It does not decide whether you are guilty or innocent, only whether your detention is legal.

Habeas corpus is closely linked to Magna Carta of 1215, which said that no free man should be imprisoned except by the lawful judgment of his peers or by the law of the land. Habeas corpus gave people a practical way to enforce this promise.

In modern times habeas corpus cases have often been about immigration detention and about prisoners held during wars. After 2001, for example, lawyers for detainees at Guantanamo Bay brought habeas corpus petitions in the American courts, and in 2008 the Supreme Court held that the detainees had the right to challenge their detention.`

const nonComparative = `Almost every legal system has some way for a person who has been arrested to challenge the arrest before a judge. In England and the United States the best known remedy is habeas corpus, but other countries have their own versions of the same right.

In Spain and much of Latin America there is the amparo, a broader remedy that protects constitutional rights in general and not only personal freedom. Mexico's amparo dates back to the nineteenth century and can be used against almost any act of the authorities. In Germany the Basic Law requires that anyone arrested must be brought before a judge no later than the day after the arrest.

International human rights law sets a common standard. The International Covenant on Civil and Political Rights says that anyone who is deprived of liberty by arrest or detention is entitled to take proceedings before a court, so that the court may decide without delay on the lawfulness of the detention.

Human rights groups point out that these protections are only as strong as the courts that apply them. Where judges are not independent, a right to challenge detention may exist on paper but mean very little in practice.`

const nonReference = `Habeas corpus (Latin, literally "that you have the body") is the name of a writ, an order from a court, that requires a person under arrest to be brought before a judge. Its purpose is to make sure that nobody is held in prison without a lawful reason.

The person who applies for the writ is called the petitioner, and the official who holds the prisoner, such as a prison governor or a police chief, is called the respondent. The respondent must tell the court why the prisoner is being held. If the court finds that the detention has no legal basis, it orders the prisoner to be freed.

In England the writ was already in use in the Middle Ages, and it was strengthened by Parliament in the seventeenth century. It is sometimes called the Great Writ. In the United States, federal courts also use habeas corpus to review whether people convicted in state courts were tried in a way that respected their constitutional rights, and these petitions make up a large part of the work of some federal judges.`

export const habeasCorpus: AnswerSet = {
  topic: 'habeas-corpus',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      note: 'copied nearly whole: single curly quotation marks and a double space after one sentence, curly marks around the quoted Constitution; "United States" as "US"; two sentences joined'
    },
    {
      level: 'light',
      text: light,
      note: 'sentences kept in order with synonyms; the last paragraph dropped; the quoted Constitution kept word for word'
    },
    {
      level: 'heavy',
      text: heavy,
      note: 'a moderately heavy rewrite: opens with a question of the writer’s own, the definition and the Latin swapped, the quoted Constitution paraphrased; keeps phrases such as "arbitrary imprisonment by the Crown", "cornerstone of the rule of law", "judges and jailers"'
    },
    {
      level: 'non',
      text: nonLecture,
      note: 'a lecture note from general knowledge: writ, imprisoned, brought to court, released, lawful, Magna Carta, Guantanamo'
    },
    {
      level: 'non',
      text: nonComparative,
      note: 'a comparative answer: challenge the arrest before a judge, deprived of liberty, decide without delay on the lawfulness of the detention (the Covenant’s wording, not the source’s sentence)'
    },
    {
      level: 'non',
      text: nonReference,
      note: 'another reference entry written without the source: writ, brought before a judge, lawful reason, held, freed, seventeenth century'
    }
  ]
}
