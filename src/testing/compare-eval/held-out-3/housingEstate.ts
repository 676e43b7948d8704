// Held out, third batch. A planning committee approves 1,200 homes on farmland, and answers written from
// the report (or not).
import type { AnswerSet } from '../answers/types'

const source = `Plans for 1,200 new homes on farmland to the north of Ferncastle were approved by the borough council's planning committee on Monday night, despite more than 900 objections from residents.

The development, known as Ferncastle Meadows, will be built in four phases over twelve years by Oakridge Homes. Thirty per cent of the homes will be classed as affordable, and the developer will pay for a new primary school, a health centre and a bus route linking the estate to the town centre and the railway station.

Residents' groups said the roads around the site were already congested and that the town's doctors' surgeries and schools could not cope with more families. Many also objected to the loss of green fields and the risk of flooding, as part of the site lies next to the River Fern.

The committee's chair, Councillor Brian Ashworth, said the borough had to build 640 homes a year to meet the government's target. "Nobody likes to lose open countryside, but our children need somewhere to live," he said. "This scheme brings the school and the health centre with it, not years later."

The decision was made by seven votes to four. Work on the first phase, of 300 homes, is expected to begin next spring.`

const cut = `Plans for 1,200 new homes on farmland to the north of Ferncastle were approved by the borough council’s planning committee on Monday night, despite more than 900 objections from residents. The decision was made by seven votes to four.

The development, known as Ferncastle Meadows, will be built in four phases over twelve years by Oakridge Homes. Thirty per cent of the homes will be classed as affordable, and the developer will pay for:
(1) a new primary school;
(2) a health centre;
(3) a bus route linking the estate to the town centre and the railway station.

Residents’ groups said the roads around the site were already congested and that the town’s doctors’ surgeries and schools could not cope with more families. Many also objected to the loss of green fields and the risk of flooding, as part of the site lies next to the River Fern.

“Nobody likes to lose open countryside, but our children need somewhere to live,” said the committee’s chair, Councillor Brian Ashworth. Work on the first phase, of 300 homes, is expected to begin next spring.`

const light = `Proposals for 1,200 new houses on farmland north of Ferncastle were passed by the borough council's planning committee on Monday evening, in spite of over 900 objections from local people.

The scheme, called Ferncastle Meadows, will be constructed in four stages across twelve years by Oakridge Homes. Thirty per cent of the houses will count as affordable, and the developer will fund a new primary school, a health centre and a bus service connecting the estate with the town centre and the railway station.

Residents' groups said the roads near the site were congested already and that the town's GP surgeries and schools would be unable to cope with more families. Many also opposed the loss of green fields and the danger of flooding, since part of the site is beside the River Fern.

The chair of the committee, Councillor Brian Ashworth, said the borough needed to build 640 homes each year to hit the government's target. "Nobody enjoys losing open countryside, but our children need a place to live," he said. "This development brings the school and the health centre with it, not years afterwards."

The decision was taken by seven votes to four. Building work on the first stage, of 300 homes, is due to start next spring.`

const heavy = `Oakridge Homes has won permission to build Ferncastle Meadows, an estate of 1,200 houses on fields north of the town. The planning committee backed it seven to four on Monday evening, although over 900 residents had written in to object.

Opponents raised a familiar list of worries. Traffic around the site is bad already, they said; local GPs and schools are full; green fields would vanish; and because some of the land borders the River Fern, new homes might flood.

In return the developer has promised to pay for a bus service to the station and the town centre, a health centre and a new primary school, and three in ten of the houses are to be sold or let as affordable housing. Brian Ashworth, who chairs the committee, pointed out that those facilities would arrive with the houses rather than long after them. He accepted that losing countryside was unpopular, but said the next generation needed homes, and that government targets require the borough to add 640 a year.

Construction will be phased over twelve years, with the first 300 homes started next spring.`

const nonOtherTown = `Councillors in Hallbury have rejected plans for 450 homes on the edge of the village of Upper Stoke, after more than 600 people wrote to object.

The developer, Greystone Estates, had offered to build a new village hall and to improve the junction with the main road. Forty per cent of the homes would have been affordable.

But members of the planning committee said the village did not have the roads, the school places or the doctors to support so many new residents. Several also raised concerns about flooding, as the fields often lie under water in winter.

"We need more homes, but they have to be in the right place," said committee member Councillor Joan Pratt. "This is simply the wrong place."

The council is under pressure to meet the government's housing target and has not had an up-to-date local plan for three years. Greystone Estates said it was disappointed and would consider an appeal, which would be decided by a government planning inspector.`

const nonHousingCrisis = `Ask almost anyone under thirty-five in the south of England about housing, and you will hear the same story: rents that swallow half their pay, deposits that would take a decade to save, and a long wait for a council home.

Governments of every colour have promised to build more. The current target is 300,000 new homes a year in England, a figure that has not been reached since the 1970s. Councils are told how many homes they must plan for, and those that fall behind can lose control over where development goes.

Building on green fields is the most controversial answer. Residents often object that new estates bring more traffic, put pressure on schools and doctors' surgeries and increase the risk of flooding. Developers reply that they pay for new roads, schools and health centres as part of their planning agreements.

Housing charities say the argument often misses the point: what matters is not only how many homes are built, but whether the people who need them can afford them.`

export const housingEstate: AnswerSet = {
  topic: 'housing-estate',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      note: 'a sentence cut into a list numbered "(1)"; every apostrophe and quotation mark curly; the vote moved up'
    },
    { level: 'light', text: light },
    { level: 'heavy', text: heavy },
    {
      level: 'non',
      text: nonOtherTown,
      note: 'another scheme, rejected: homes, objections, planning committee, affordable, flooding, the government’s housing target'
    },
    {
      level: 'non',
      text: nonHousingCrisis,
      note: 'an essay on housing targets: green fields, traffic, schools and doctors’ surgeries, flooding, health centres'
    }
  ]
}
