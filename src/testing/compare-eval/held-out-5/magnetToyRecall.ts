// Held out, fifth batch. A news report of a toy maker’s recall of magnetic building sets, reports written
// from it, and pieces on the same recall written without it (a second outlet, the regulator, an explainer).
import type { AnswerSet } from '../answers/types'

const source = `Toy maker Brightwick has recalled about 240,000 magnetic building sets sold in the UK and Ireland after three children needed surgery when they swallowed small magnets that had come loose.

The recall covers the Brightwick MagBuild Explorer, Starter and Deluxe sets sold between March 2023 and January this year in toy shops, supermarkets and online. The company said the plastic casing on some pieces could crack after repeated use, releasing a magnet about the size of a pea.

When two or more magnets are swallowed they can attract each other through the walls of the intestine, pinching the tissue and causing holes, blockages and infections that can be fatal. All three children, aged between two and six, have recovered, the company said.

In a statement, Brightwick's chief executive, Laura Fenn, said: "The safety of children is more important to us than anything else. We are deeply sorry for the distress caused to these families, and we are asking every parent who has one of these sets to stop using it immediately."

Customers can return the sets to any shop that sells Brightwick toys for a full refund, with or without a receipt, or request a free collection through the company's website. Sets bought after 1 February have a redesigned casing and are not affected.

The Office for Product Safety and Standards said it was working with the company and urged parents to seek medical help straight away if they thought a child had swallowed a magnet, even if the child seemed well.

Brightwick, which is based in Leicester and employs 800 people, said it expected the recall to cost about £6 million. Its shares, listed on the AIM market, fell 9% on Tuesday.`

const cutOwn = 'Retailers have been told to remove remaining stock from shelves and to accept returns at the till.'

const cut = `Toy maker Brightwick has recalled about 240,000 magnetic building sets sold in the UK and Ireland after three children needed surgery when they swallowed small magnets that had come loose.

The recall covers the Brightwick MagBuild Explorer, Starter and Deluxe sets sold between March 2023 and January this year. The company said the plastic casing on some pieces could crack after repeated use, releasing a magnet about the size of a pea.

${cutOwn}

Customers can return the sets to any shop that sells Brightwick toys for a full refund, with or without a receipt. Sets bought after 1 February have a redesigned casing and are not affected.

Brightwick, which is based in Leicester and employs 800 people, said it expected the recall to cost about £6 million. Its shares fell 9% on Tuesday. Chief executive Laura Fenn said: "The safety of children is more important to us than anything else."`

const light = `Toy company Brightwick has recalled around 240,000 magnetic construction sets sold in the UK and Ireland after three children had to have operations when they swallowed small magnets that had worked loose.

The recall applies to the Brightwick MagBuild Explorer, Starter and Deluxe sets that were on sale between March 2023 and January this year in toy shops, supermarkets and on the internet. According to the firm, the plastic shell on some pieces may split after being used a lot, letting out a magnet roughly the size of a pea.

If a child swallows two or more magnets they can pull towards each other through the wall of the gut, trapping the tissue and causing holes, blockages and infections which can kill. All three children, who were between two and six years old, have made a recovery, the company said.

Brightwick's chief executive, Laura Fenn, said the safety of children mattered more to the company than anything else. She said it was very sorry for the upset caused to the families and asked all parents with one of the sets to stop using it at once.

Parents can take the sets back to any shop selling Brightwick toys for a full refund, whether or not they have a receipt, or ask for a free collection on the company's website. Sets bought after 1 February have a new casing and are not affected.`

const heavyBusiness = `Shares in Brightwick, the Leicester toy maker, fell 9% on Tuesday after it recalled some 240,000 magnetic building sets sold in the UK and Ireland, at an expected cost of about £6 million.

The recall follows three cases in which children aged two to six needed operations after swallowing magnets that had worked loose. With repeated use the plastic casing of some pieces can crack, releasing a magnet about the size of a pea. Two or more swallowed magnets can pull together through the walls of the intestine, causing holes, blockages and infections. All three children have recovered.

Any MagBuild Explorer, Starter or Deluxe set sold between March 2023 and January is affected, whether it came from a toy shop, a supermarket or online; sets bought from 1 February have a redesigned casing.

Chief executive Laura Fenn said nothing mattered more to the company than children's safety, and asked parents to stop using the sets immediately. They can be taken back to any Brightwick stockist for a full refund, receipt or not, or collected free through the website.

The Office for Product Safety and Standards told parents to seek medical help straight away if they think a child has swallowed a magnet. Brightwick employs 800 people.`

const heavyParents = `PARENTS PLEASE READ AND SHARE!! Brightwick are recalling their MagBuild magnet sets (Explorer, Starter and Deluxe) – if you bought one between March 2023 and January, stop letting your kids play with it NOW.

Basically the plastic on some of the pieces can crack and a little magnet falls out, about the size of a pea. Three kids between 2 and 6 have had to have operations because they swallowed them 😢 Thankfully they're all OK now. The reason magnets are so bad is that if your child swallows two they stick together through the intestines and can make holes or blockages, and it can actually kill them.

You can take it back to any shop that sells Brightwick, you don't need the receipt, and you get all your money back. Or you can book a free collection on their website. If yours was bought after 1 Feb it's the new version and it's fine.

The product safety office says if you even think your child swallowed a magnet go straight to A&E even if they seem fine. Around 240,000 sets are affected so loads of us will have one!!`

const nonMother = `The mother of a four-year-old boy who swallowed two magnets from a children's construction set has said she "had no idea how dangerous they were" as the manufacturer announced a recall.

Kelly Brennan, from Nottingham, said her son Alfie complained of stomach pains for two days in December before an X-ray at Queen's Medical Centre showed two magnets stuck together in his bowel. "The surgeon told us they had worn a hole through. If we had waited another day he might not be here," she said.

Paediatric surgeon Dr Samuel Ito, who has campaigned for tighter rules on magnetic toys, said hospitals in England were seeing more cases each year. "Parents think of magnets as harmless. One is usually fine, but two or more can cause serious internal injuries within hours," he said.

Brightwick confirmed on Tuesday that it was recalling its MagBuild range after three children needed operations. A spokesperson for the retailer Toyland said the sets had been removed from all 140 of its stores and from its website.

Ms Brennan said she hoped the recall would make other parents check their toy boxes. "I just want people to throw these out," she said.`

const nonExplainer = `Every year thousands of children under five are taken to hospital after swallowing small objects, most commonly coins. Usually the object passes through the body without harm. Two kinds of object, however, worry doctors far more than any other: button batteries and powerful magnets.

Button batteries, the small round cells used in remote controls and key fobs, can burn through the wall of the oesophagus within two hours, because the battery creates a current in the moist tissue. Small neodymium magnets, which are much stronger than old-fashioned fridge magnets, are dangerous when more than one is swallowed, or when a magnet is swallowed together with a metal object. The pieces can attract each other across loops of the intestine and cause serious damage.

Safety rules for toys in the UK and the EU require that magnets in toys for young children are either too large to swallow or securely enclosed. The problem often comes from wear and tear, cheap imported products bought online, and magnetic sets sold as desk toys for adults that end up in children's hands.

Doctors advise parents to keep such items out of reach and to go to hospital immediately if a child might have swallowed one.`

const nonRegulator = `Five children's products containing magnets have been recalled in the UK so far this year, the government's product safety regulator has said, as it launched a campaign to warn parents about the risks.

The Office for Product Safety and Standards (OPSS) said it had received 43 reports of children swallowing magnets since 2022, most involving products bought from online marketplaces. Its new campaign, Small Magnets, Big Danger, will run on social media and in nurseries over the summer.

Helen Carver, the regulator's director of enforcement, said: "Many of the most dangerous products are sold by overseas sellers who never see a UK safety check. We are working with the platforms to get these items removed, but parents need to know what to look out for."

The regulator said this week's recall of magnetic building sets by the Leicester firm Brightwick had been carried out quickly and voluntarily. It urged anyone who owns a recalled product to follow the manufacturer's instructions.

The OPSS can order products off the market and prosecute companies that sell unsafe goods. Last year it issued 112 product safety alerts, up from 79 the year before.`

export const magnetToyRecall: AnswerSet = {
  topic: 'magnet-toy-recall',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      own: [cutOwn],
      note: 'cut: a retail trade site’s copy – paragraphs 1, 2, 5 and 7 with clauses dropped, the chief executive’s first sentence moved to the end, one line of its own on retailers'
    },
    {
      level: 'light',
      text: light,
      note: 'light: a parenting site’s version, paragraphs 1–5 in order, synonyms ("surgery" → "operations", "crack" → "split", "intestine" → "gut"), the quote turned to reported speech'
    },
    {
      level: 'heavy',
      text: heavyBusiness,
      note: 'heavy: business desk rewrite leading on the share price and cost, paragraphs reordered and merged, many of the report’s clauses kept inside new sentences, the quote in reported speech'
    },
    {
      level: 'heavy',
      text: heavyParents,
      note: 'heavy: a parent’s post in a local group, capitals, emoji, second person, abbreviations'
    },
    {
      level: 'non',
      text: nonMother,
      note: 'second witness: another outlet’s interview with a mother of a child not in the source, a surgeon’s quotes, a retailer; shares Brightwick, MagBuild, recall, swallowed magnets'
    },
    {
      level: 'non',
      text: nonExplainer,
      note: 'an explainer on swallowed batteries and magnets from general knowledge'
    },
    {
      level: 'non',
      text: nonRegulator,
      note: 'second source: the regulator’s campaign with its own figures and quote, mentioning the recall in one paragraph'
    }
  ]
}
