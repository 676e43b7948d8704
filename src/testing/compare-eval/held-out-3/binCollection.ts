// Held out, third batch. A district council's vote to empty black bins fortnightly, and answers written
// from it (or not).
import type { AnswerSet } from '../answers/types'

const source = `Households in Thornbury District will have their general rubbish collected every two weeks instead of every week from 6 October, after councillors voted on Tuesday to change the way waste is collected.

Food waste will be collected every week in a new small caddy, which the council will deliver to every home in September. Recycling will continue to be collected every two weeks, on the opposite week to general rubbish.

The council says the change will save about 1.1 million pounds a year and will help it reach its target of recycling 60 per cent of household waste by 2030. At present the district recycles 44 per cent, one of the lowest rates in the county. An audit last year found that almost a third of what residents put in their black bins was food.

Councillor Rachel Okafor, cabinet member for the environment, said: "Most of what goes in the black bin should not be there. If we take the food out, a fortnightly collection is enough for the great majority of families."

Households with six or more people, or with children in nappies, will be able to apply for a larger bin free of charge. The vote was passed by 29 votes to 17. Opposition councillors said residents had not been consulted properly and warned that the change could lead to more fly-tipping.`

const cut = `From 6 October, households in Thornbury District will have their general rubbish collected every two weeks instead of every week. What the changes mean:

1. Food waste will be collected every week in a new small caddy, which the council will deliver to every home in September.
2. Recycling will continue to be collected every two weeks, on the opposite week to general rubbish.
3. Households with six or more people, or with children in nappies, will be able to apply for a larger bin free of charge.

The council says the change will save about £1.1 million a year and will help it reach its target of recycling 60% of household waste by 2030. At present the district recycles 44%, one of the lowest rates in the county.

Councillor Rachel Okafor, cabinet member for the environment, said: "Most of what goes in the black bin should not be there. If we take the food out, a fortnightly collection is enough for the great majority of families." The vote was passed by 29 votes to 17.`

const light = `Homes in Thornbury District will have their general waste picked up every fortnight rather than weekly from 6 October, after councillors decided on Tuesday to alter the way rubbish is collected.

Food scraps will be taken away weekly in a new small caddy, which the council will hand out to every household in September. Recycling will still be collected fortnightly, on the alternate week to general waste.

The council says the move will save roughly 1.1 million pounds each year and help it meet its goal of recycling 60 per cent of household waste by 2030. Currently the district recycles 44 per cent, among the lowest rates in the county. An audit last year showed that nearly a third of what people put in their black bins was food.

Councillor Rachel Okafor, cabinet member for the environment, said: "Most of the things in the black bin should not be in it. If we remove the food, a collection every two weeks is enough for the vast majority of families."

Households of six or more people, or with babies in nappies, can apply for a bigger bin at no cost. The decision was passed by 29 votes to 17. Opposition councillors said residents had not been properly consulted and warned that the change might cause more fly-tipping.`

const heavy = `Black bins in Thornbury District will be emptied only once a fortnight from 6 October. The decision, carried by 29 votes to 17 at Tuesday's council meeting, was resisted by the opposition, whose members complained that people had had little say and predicted a rise in rubbish dumped illegally.

The logic, according to the ruling group, lies in what the bins contain: when the council audited them last year, food made up nearly one third of the contents. Scraps will instead go into a small caddy, delivered to each home in September and emptied weekly, while recycling keeps its fortnightly round, alternating with the black bin. Rachel Okafor, who holds the environment brief, argues that once food is removed, most families will not fill a black bin in two weeks.

The district currently manages to recycle only 44 per cent of household waste, putting it near the bottom of the county table, and it has set itself 60 per cent as the goal for 2030. Officials also expect to save around 1.1 million pounds annually. Large households of six or more and families with children still in nappies may ask for a bigger bin, for which there will be no charge.`

const nonThreeWeekly = `Residents of Eastleigh Vale will have their black bins emptied every three weeks from next spring, the borough council announced on Monday, making it one of the first councils in the region to move to a three-weekly collection.

Recycling and garden waste will still be collected every two weeks, and a weekly food waste service, introduced two years ago, will continue. The council says that since food waste has been collected separately, the amount of rubbish in black bins has fallen by a quarter.

"We know that change can be unsettling, but the evidence from other councils is that people adapt quickly," said the council's leader, Councillor David Marsh. He said the change would save around 800,000 pounds a year.

Some residents have raised concerns about smells in hot weather and about larger families. The council said households that produce more waste for medical reasons or because of nappies will be able to request extra capacity. Critics said they feared an increase in fly-tipping, which the council said it would monitor closely.`

const nonCaddyGuide = `If your council has just given you a food waste caddy, you may be wondering what can go in it. The answer is almost any food: peelings, tea bags, coffee grounds, meat and fish bones, bread, and leftovers from your plate. What you should not add are packaging, liquids such as milk or oil, and garden waste.

Food waste collected separately is usually taken to an anaerobic digestion plant, where it is broken down to produce biogas and fertiliser. When it goes in the general rubbish instead, it ends up in landfill or is burned, which is far less useful.

Many people worry about smells. Lining the caddy with a compostable bag or newspaper, emptying it every day or two into the larger outdoor bin, and keeping the lid closed will prevent most problems. In summer, a sprinkle of bicarbonate of soda helps.

Councils across the country are being required to collect food waste every week by 2026, so weekly food collections are likely to become the norm wherever you live.`

const nonMeeting = `There were raised voices in the council chamber on Tuesday evening as Thornbury's councillors argued for nearly three hours over the future of the black bin.

In the end, the ruling group got its way. From October, black bins will be emptied fortnightly, with a new weekly collection for food scraps. Twenty-nine councillors voted in favour and seventeen against.

Opposition leader Councillor Mike Dunne told the meeting that residents had been "kept in the dark" and that the consultation had run for only four weeks over the summer holidays. "People will be living with maggots in their bins in August," he said, to applause from the public gallery.

Councillor Rachel Okafor replied that councils which had made the same change had seen recycling rise within a year. She said families who needed more space would be helped.

About forty residents attended the meeting, several holding placards. One, a mother of five from Lower Thornbury, said she already filled her bin every week. "I don't know where the rest is supposed to go," she said.`

export const binCollection: AnswerSet = {
  topic: 'bin-collection',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      note: 'three sentences turned into a list numbered "1. "; "pounds" as £ and "per cent" as %; a heading line of the writer’s own',
      own: ['What the changes mean:']
    },
    { level: 'light', text: light },
    { level: 'heavy', text: heavy },
    {
      level: 'non',
      text: nonThreeWeekly,
      note: 'another council cutting collections: black bins, every two weeks, food waste, nappies, fly-tipping, a year'
    },
    {
      level: 'non',
      text: nonCaddyGuide,
      note: 'a guide to the food caddy: food waste, general rubbish, every week'
    },
    {
      level: 'non',
      text: nonMeeting,
      note: 'the same vote, reported from the council meeting and not from this report: the same figures and names, none of its sentences'
    }
  ]
}
