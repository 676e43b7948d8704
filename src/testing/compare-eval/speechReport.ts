// A mayor's speech (B) and the local paper's report of it (A).
import type { EvalCase } from './types'

const speech = `Good evening, and thank you all for coming out on a cold night.

Three winters ago, the river came over the embankment at Mill Street and flooded four hundred homes in less than six hours. Many of you in this room spent that night moving your families to the school gym. I was there too, and I promised then that we would never be caught unprepared again.

Tonight I can tell you how we will keep that promise. The council has approved a forty-two million dollar flood defence plan, the largest public works project in the history of this city. We will raise the embankment along two miles of the river, rebuild the pumping station at Harbor Road, and restore the wetlands north of the railway bridge so that they can hold water when the river rises.

Construction will begin in April and the first phase will be finished before next winter. Most of the money comes from the state resilience fund, and not one dollar of it will come from new property taxes.

I know that some residents along the river are worried about losing their gardens and their view of the water. We have listened to you. The new wall will be lower than the first drawings showed, and we will plant trees along the whole length of the path.

We cannot stop the rain, but we can decide how ready we are when it comes. This plan is about making sure that no family in this city has to spend another night like the one we spent three winters ago.

Thank you, and good night.`

const report = `City approves $42 million flood defence plan

Mayor Helen Ortiz on Tuesday unveiled a $42 million plan to protect riverside neighbourhoods from flooding, three years after the river burst its banks at Mill Street.

"The council has approved a forty-two million dollar flood defence plan, the largest public works project in the history of this city," Ortiz told residents at a packed meeting in the community hall.

The plan will raise the embankment along two miles of the river and rebuild the pumping station on Harbor Road. Wetlands north of the railway bridge will be restored so they can soak up water when the river rises, the mayor said.

Ortiz said construction would start in April, with the first phase completed before next winter. She stressed that "not one cent of it will come from new property taxes," adding that most of the funding comes from the state resilience fund.

The 2021 flood damaged about 400 homes and forced hundreds of families into emergency shelters. Insurance claims from that night are still being settled, according to the state insurance commissioner.

Councillor Mark Devlin, who voted against the plan, said the cost was too high for a city of this size. "We are spending money we do not have on a wall that will not be finished for years," he said.

Ortiz acknowledged concerns from residents along the river. "We have listened to you. The new wall will be lower than the first drawings showed," she said.

"We cannot stop the rain, but we can decide how ready we are when it comes," she said.`

export const speechReport: EvalCase = {
  name: 'speech-report',
  textA: report,
  textB: speech,
  labels: [
    {
      a: 'City approves $42 million flood defence plan',
      b: ['The council has approved a forty-two million dollar flood defence plan'],
      kind: 'paraphrase',
      optional: true,
      note: 'headline'
    },
    {
      a: 'Mayor Helen Ortiz on Tuesday unveiled a $42 million plan to protect riverside neighbourhoods from flooding',
      b: ['The council has approved a forty-two million dollar flood defence plan'],
      kind: 'paraphrase',
      optional: true
    },
    {
      a: 'three years after the river burst its banks at Mill Street',
      b: ['Three winters ago, the river came over the embankment at Mill Street'],
      kind: 'paraphrase',
      optional: true
    },
    {
      a: 'The council has approved a forty-two million dollar flood defence plan, the largest public works project in the history of this city',
      b: [
        'The council has approved a forty-two million dollar flood defence plan, the largest public works project in the history of this city'
      ],
      kind: 'verbatim'
    },
    { a: 'Ortiz told residents at a packed meeting in the community hall.', b: [], kind: 'none' },
    {
      a: 'The plan will raise the embankment along two miles of the river and rebuild the pumping station on Harbor Road',
      b: ['We will raise the embankment along two miles of the river, rebuild the pumping station at Harbor Road'],
      kind: 'close'
    },
    {
      a: 'Wetlands north of the railway bridge will be restored so they can soak up water when the river rises',
      b: ['restore the wetlands north of the railway bridge so that they can hold water when the river rises'],
      kind: 'paraphrase'
    },
    {
      a: 'Ortiz said construction would start in April, with the first phase completed before next winter',
      b: ['Construction will begin in April and the first phase will be finished before next winter'],
      kind: 'paraphrase'
    },
    {
      a: 'not one cent of it will come from new property taxes',
      b: ['not one dollar of it will come from new property taxes'],
      kind: 'close'
    },
    {
      a: 'most of the funding comes from the state resilience fund',
      b: ['Most of the money comes from the state resilience fund'],
      kind: 'close'
    },
    {
      a: 'The 2021 flood damaged about 400 homes and forced hundreds of families into emergency shelters.',
      b: [
        'flooded four hundred homes in less than six hours. Many of you in this room spent that night moving your families to the school gym'
      ],
      kind: 'paraphrase',
      optional: true
    },
    { a: 'Insurance claims from that night are still being settled, according to the state insurance commissioner.', b: [], kind: 'none' },
    { a: 'Councillor Mark Devlin, who voted against the plan, said the cost was too high for a city of this size.', b: [], kind: 'none' },
    { a: 'We are spending money we do not have on a wall that will not be finished for years', b: [], kind: 'none' },
    {
      a: 'Ortiz acknowledged concerns from residents along the river.',
      b: ['I know that some residents along the river are worried about losing their gardens and their view of the water.'],
      kind: 'paraphrase'
    },
    { a: 'We have listened to you.', b: ['We have listened to you.'], kind: 'verbatim' },
    {
      a: 'The new wall will be lower than the first drawings showed',
      b: ['The new wall will be lower than the first drawings showed'],
      kind: 'verbatim'
    },
    {
      a: 'We cannot stop the rain, but we can decide how ready we are when it comes',
      b: ['We cannot stop the rain, but we can decide how ready we are when it comes'],
      kind: 'verbatim'
    }
  ]
}
