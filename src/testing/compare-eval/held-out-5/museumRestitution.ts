// Held out, fifth batch. A museum director’s statement on returning looted royal objects, reports written
// from it, and pieces on the same return written without it (the receiving minister, background, a critic).
import type { AnswerSet } from '../answers/types'

const source = `Statement by Dr Elspeth Rowan, Director of the Hallam Museum

The trustees of the Hallam Museum have today agreed to return 23 carved ivory and wooden objects from the kingdom of Oyo-Kora to the National Commission for Museums of the Republic of Kessa. The objects will be handed over at a ceremony in the capital, Port Ilari, in October.

The objects were taken by British soldiers during a punitive expedition in 1894 and were given to the museum by an officer's family in 1921. For most of the last century they were displayed as examples of "tribal art", with little information about the people who made them or how they came to Hallam. That was wrong, and I am sorry for it.

Our decision follows two years of research carried out jointly with historians in Kessa, which confirmed beyond reasonable doubt that every one of the 23 objects was removed by force. Among them are a carved throne stool, a set of ceremonial staffs and four ivory masks that were used in the coronation of kings. The research will be published online in full, in English and in Ilari, next month.

I want to thank the National Commission and in particular its director, Professor Ayo Balogun, for their patience and generosity. They have invited our curators to work with them on a new gallery in Port Ilari, and we have agreed to lend them conservators and to share the cost of transport.

Some people will ask whether this means the museum will now empty its stores. It does not. We hold more than 400,000 objects, and the great majority were acquired legally and openly. But where we find that an object was taken by violence, we believe it should go home. We will review the rest of our African collection over the next three years and publish what we find.`

const cutOwn = 'The Hallam is the third British museum to return objects to Kessa since 2022.'

const cut = `The Hallam Museum is to return 23 carved ivory and wooden objects from the kingdom of Oyo-Kora to the Republic of Kessa, its director announced on Tuesday.

The objects were taken by British soldiers during a punitive expedition in 1894 and were given to the museum by an officer's family in 1921. Among them are a carved throne stool, a set of ceremonial staffs and four ivory masks that were used in the coronation of kings.

In a statement, Dr Elspeth Rowan said that for most of the last century the objects were displayed as examples of "tribal art", with little information about the people who made them. "That was wrong, and I am sorry for it," she said.

The decision follows two years of research carried out jointly with historians in Kessa, which confirmed beyond reasonable doubt that every one of the 23 objects was removed by force.

The objects will be handed over at a ceremony in the capital, Port Ilari, in October.

${cutOwn}`

const light = `The trustees of the Hallam Museum have decided to give back 23 carved objects of ivory and wood from the kingdom of Oyo-Kora to the National Commission for Museums of the Republic of Kessa, the museum's director, Dr Elspeth Rowan, said on Tuesday. The items will be returned at a ceremony in Port Ilari, the capital, in October.

British soldiers seized the objects during a punitive expedition in 1894, and the family of an officer donated them to the museum in 1921. For much of the past hundred years they were shown as examples of "tribal art", with hardly any information on the people who made them or on how they reached Hallam. Dr Rowan said this had been wrong and apologised.

The decision comes after two years of research done together with historians in Kessa, which established beyond reasonable doubt that all 23 objects had been taken by force. They include a carved throne stool, a group of ceremonial staffs and four ivory masks used when kings were crowned. The full research will be put online next month in both English and Ilari.

Dr Rowan thanked the National Commission and its director, Professor Ayo Balogun, for their patience and generosity. The commission has invited Hallam's curators to help it with a new gallery in Port Ilari, and the museum will lend conservators and pay part of the transport costs.`

const heavyArts = `Twenty-three carved ivory and wooden objects seized by British soldiers in a punitive expedition in 1894 are to go back from the Hallam Museum to the Republic of Kessa, after two years of joint research showed beyond reasonable doubt that all of them were taken by force.

The objects, from the kingdom of Oyo-Kora, include a carved throne stool, ceremonial staffs and four ivory masks used when kings were crowned. An officer's family gave them to the museum in 1921, and for most of the last century they were shown as "tribal art", with almost nothing said about who made them. The director, Dr Elspeth Rowan, called that wrong and apologised.

They will be handed to Kessa's National Commission for Museums at a ceremony in Port Ilari in October. Dr Rowan thanked its director, Professor Ayo Balogun; Hallam will lend conservators, pay part of the transport and help Kessan curators with a new gallery. The research goes online, in English and Ilari, next month.

The museum is not about to empty its stores, she said – most of its 400,000 objects were acquired legally and openly – but objects taken by violence should go home, and the rest of the African collection will be reviewed over three years.`

const heavyStudent = `The Hallam Museum decided to give back 23 objects to Kessa. These objects come from the old kingdom Oyo-Kora and they were stolen by British soldiers in 1894, in a punitive expedition. In 1921 the family of one officer gave them to the museum. There is a throne stool, ceremonial staffs and four masks in ivory for the coronation of the kings.

The museum and historians from Kessa made a research during two years and they are sure that all the objects were taken with violence. The director Elspeth Rowan said it was wrong to show them as "tribal art" without explaining where they come from, and she apologised.

The objects go back in October, there will be a ceremony in Port Ilari. The two institutions will also collaborate: the museum sends conservators, pays part of the transport, and helps for a new gallery.

For me it is interesting that the director says clearly that this does not mean the museum will give back everything. They have 400,000 objects and most of them are legal, but they will check the African collection in the next three years. It is a case-by-case approach, not a general restitution.`

const nonMinister = `Kessa's culture minister has welcomed the return of 23 royal objects from Britain as "a day our grandparents prayed for", and called on other European museums to follow.

Speaking in Port Ilari on Wednesday, Minister Folake Adeyemi-Stone said the objects, which include the coronation masks of the Oyo-Kora kings, would be displayed in a new wing of the National Museum due to open next year. "These are not works of art to us. They are the memory of a kingdom. Our children will now see them with their own eyes," she said.

The current king of Oyo-Kora, Oba Adewale III, whose role today is ceremonial, is expected to attend the handover in October. Palace officials said traditional rites would be performed before the masks are put on display.

The minister said Kessa had identified more than 2,000 objects from the 1894 expedition in 46 museums and private collections around the world, and that talks were under way with museums in Germany and the United States.

Some Kessans have questioned whether the country's museums have the money to care for returned objects. The minister said the government had set aside funds for climate-controlled storage and training for conservators.`

const nonBackground = `The question of whether Western museums should return objects taken during the colonial period has become one of the most debated issues in the museum world. The best-known case is that of the Benin Bronzes, thousands of brass plaques and sculptures taken by British forces from the Kingdom of Benin, in present-day Nigeria, in 1897 and dispersed to museums and private collectors across Europe and North America.

In 2017 the French president Emmanuel Macron said that African heritage could no longer be held mainly in European museums, and a report he commissioned recommended the return of objects taken without consent. Germany has since transferred ownership of hundreds of Benin Bronzes to Nigeria, and several universities and smaller museums in Britain have returned items.

Some large national museums argue that they are prevented by law from giving away their collections, and that a world museum allows visitors to see the cultures of many countries side by side. Supporters of restitution reply that the objects were taken by violence, that many have religious or royal meaning for the communities they came from, and that loans are not a substitute for ownership. Increasingly, museums are carrying out provenance research to establish exactly how each object was acquired.`

const nonCritic = `Every few months another museum announces, with great moral seriousness, that it is sending objects home. I do not doubt the sincerity of those involved, and where an object was plainly stolen from its owners I have no objection to its return. But the fashion for restitution raises questions that are rarely asked.

Who is the rightful owner of an object made in a kingdom that no longer exists, for a ruler whose descendants may disagree with the modern state that claims it? Will the object be safer, and seen by more people, in its new home or its old one? And why is the debate almost always about Africa, when the museums of Europe are also full of things taken by European armies from each other?

Museums exist to preserve things and to show them to the public. A visitor in a provincial British town who stands in front of a carved mask from West Africa learns something about the world that he could not learn otherwise. That is worth something too. The right answer will often be return; sometimes it will be a long loan, shared research or joint exhibitions. What worries me is a rule applied to everything, decided by the mood of the moment rather than case by case.`

export const museumRestitution: AnswerSet = {
  topic: 'museum-restitution',
  source,
  sourceSpeaker: 'Elspeth Rowan',
  answers: [
    {
      level: 'cut',
      text: cut,
      own: [cutOwn],
      note: 'cut: a news report pasting the statement – paragraphs 1–3 copied into the third person with sentences moved, the apology quoted, the thanks and the review dropped, one own line'
    },
    {
      level: 'light',
      text: light,
      note: 'light: the statement in reported speech, paragraphs 1–4 in order, synonyms ("taken" → "seized", "given" → "donated", "confirmed" → "established")'
    },
    {
      level: 'heavy',
      text: heavyArts,
      note: 'heavy: an arts correspondent’s rewrite leading on the objects and the research, paragraphs merged and reordered, the statement’s phrases kept inside new third-person sentences'
    },
    {
      level: 'heavy',
      text: heavyStudent,
      own: ['It is a case-by-case approach, not a general restitution.'],
      note: 'heavy: a French-speaking museum studies student’s summary with an own comment at the end'
    },
    {
      level: 'non',
      text: nonMinister,
      note: 'second source: the receiving country’s minister in Port Ilari, with her own quotes and figures; shares the names, the masks, the 1894 expedition'
    },
    {
      level: 'non',
      text: nonBackground,
      note: 'background on restitution from general knowledge: the Benin Bronzes, punitive expeditions, provenance research'
    },
    {
      level: 'non',
      text: nonCritic,
      note: 'a critic’s opinion piece on restitution in general, written without the statement'
    }
  ]
}
