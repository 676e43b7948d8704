// Held out, third batch. A residents' newsletter copying a council's numbered list of proposals: the
// numbers become letters in brackets, each item is copied whole (one loses a word), and the committee's
// comments follow some items on the same line.
import type { EvalCase } from '../types'

const notice = `Kingsmere Town Council: consultation on the future of Victoria Park

The council is asking residents for their views on six proposals for Victoria Park, which were drawn up after a survey of park users last autumn. The proposals are:

1. Replace the children's play area, which is more than 25 years old, with new equipment suitable for children up to the age of 14.
2. Open the public toilets every day from 8am to 6pm, instead of only at weekends.
3. Create a wildflower meadow on the area of grass next to the railway line.
4. Install four new benches and two drinking water fountains along the main path.
5. Allow a café to open in the old bowling green pavilion, run by a local business under a ten-year lease.
6. Close the car park on Elm Road to cars on Sundays so that it can be used for a monthly market.

The total cost of proposals 1 to 4 is estimated at 385,000 pounds. The café would be paid for by the business that runs it. The consultation closes on 31 March, and responses can be made online, by post or at the town hall.`

const newsletter = `Victoria Park: have your say

Kingsmere Town Council wants our views on six proposals for Victoria Park. The committee has read them all, and here they are, with our comments.

(a) Replace the children's play area, which is more than 25 years old, with new equipment suitable for children up to the age of 14. We support this: the swings have been broken since the summer.
(b) Open the public toilets every day from 8am to 6pm, instead of only at weekends. Long overdue.
(c) Create a wildflower meadow on the area of grass next to the railway line.
(d) Install four new benches and two drinking fountains along the main path.
(e) Allow a café to open in the old bowling green pavilion, run by a local business under a ten-year lease. Some members worry about noise and litter in the evenings.
(f) Close the car park on Elm Road to cars on Sundays so that it can be used for a monthly market. We are against this one: where will visitors to the church park?

The council estimates the cost of the first four at 385,000 pounds. The consultation closes on 31 March, and you can respond online, by post or at the town hall. Please do: at the last consultation, fewer than 200 people replied.`

const item = (a: string, b: string, note?: string) => ({ a, b: [b], kind: 'verbatim' as const, note })

export const parkConsultation: EvalCase = {
  name: 'park-consultation (held out, third batch)',
  textA: newsletter,
  textB: notice,
  labels: [
    item(
      "(a) Replace the children's play area, which is more than 25 years old, with new equipment suitable for children up to the age of 14.",
      "1. Replace the children's play area, which is more than 25 years old, with new equipment suitable for children up to the age of 14.",
      'the list marker changed: "1. " became "(a) "'
    ),
    item(
      '(b) Open the public toilets every day from 8am to 6pm, instead of only at weekends',
      '2. Open the public toilets every day from 8am to 6pm, instead of only at weekends'
    ),
    item(
      'Create a wildflower meadow on the area of grass next to the railway line',
      'Create a wildflower meadow on the area of grass next to the railway line'
    ),
    {
      a: 'Install four new benches and two drinking fountains along the main path',
      b: ['Install four new benches and two drinking water fountains along the main path'],
      kind: 'close',
      note: 'one word dropped'
    },
    item(
      'Allow a café to open in the old bowling green pavilion, run by a local business under a ten-year lease',
      'Allow a café to open in the old bowling green pavilion, run by a local business under a ten-year lease'
    ),
    item(
      '(f) Close the car park on Elm Road to cars on Sundays so that it can be used for a monthly market.',
      '6. Close the car park on Elm Road to cars on Sundays so that it can be used for a monthly market.'
    ),
    {
      a: 'Kingsmere Town Council wants our views on six proposals for Victoria Park',
      b: ['The council is asking residents for their views on six proposals for Victoria Park'],
      kind: 'paraphrase'
    },
    {
      a: 'The council estimates the cost of the first four at 385,000 pounds',
      b: ['The total cost of proposals 1 to 4 is estimated at 385,000 pounds'],
      kind: 'paraphrase'
    },
    {
      a: 'The consultation closes on 31 March, and you can respond online, by post or at the town hall',
      b: ['The consultation closes on 31 March, and responses can be made online, by post or at the town hall'],
      kind: 'close'
    },
    { a: 'We support this: the swings have been broken since the summer', b: [], kind: 'none', note: 'the committee’s comment' },
    { a: 'Long overdue.', b: [], kind: 'none', note: 'the committee’s comment' },
    { a: 'Some members worry about noise and litter in the evenings', b: [], kind: 'none', note: 'the committee’s comment' },
    { a: 'We are against this one: where will visitors to the church park?', b: [], kind: 'none', note: 'the committee’s comment' },
    {
      a: 'Please do: at the last consultation, fewer than 200 people replied',
      b: [],
      kind: 'none',
      note: 'the newsletter’s own'
    }
  ]
}
