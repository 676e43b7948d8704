// Held out, fourth batch. A health minister's statement on hospital waiting lists, and a news report of
// it that quotes her and, with "said" and "according to", a nurses' leader and a doctor whose words are
// not in the statement. One of her sentences is quoted with a non-breaking space and curly marks.
import type { EvalCase } from '../types'

const statement = `Statement by Ruth Calloway, Minister for Health

Figures published today show that 412,000 people in the region are waiting for planned hospital treatment, 9,000 fewer than in March. This is the fourth month in a row that the waiting list has fallen.

I want to thank the doctors, nurses and staff who have worked evenings and weekends to make this possible. Their dedication is the reason patients are being seen sooner.

But I am not satisfied. Too many people are still waiting more than a year, and behind every number is a person in pain or worry. Our target is that by March 2027 nobody will wait longer than 52 weeks.

To get there, we will open two new surgical hubs, in Alderford and Kingsmere, which will carry out 30,000 operations a year, mostly hip and knee replacements and cataract surgery. We will also spend 40 million pounds on extra diagnostic scanners.

We will not get there by asking staff to work even harder. We will get there by giving them the space and the equipment they need.`

const report = `Hospital waiting list falls again

The number of people waiting for planned hospital treatment in the region has fallen to 412,000, 9,000 fewer than in March, according to figures published on Thursday. This is the fourth month in a row that the list has fallen.

Health minister Ruth Calloway thanked "the doctors, nurses and staff who have worked evenings and weekends to make this possible", but said she was not satisfied.

"Too many people are still waiting more than a year, and behind every number is a person in pain or worry," she said. The government's target, according to Ms Calloway, is that by March 2027 nobody will wait longer than 52 weeks.

Two new surgical hubs, in Alderford and Kingsmere, will carry out 30,000 operations a year, mostly hip and knee replacements and cataract surgery, and 40 million pounds will be spent on diagnostic scanners.

The Royal College of Nursing said staff were exhausted. "Nurses have been propping up this service for years on goodwill alone," said its regional director, Amira Haddad. "They need a pay rise, not another thank-you."

According to Dr Owen Pryce, who chairs the regional doctors' committee, the new hubs will help, "but only if they are staffed by new people, not by taking surgeons away from existing hospitals".

Ms Calloway insisted: “We will not get there by asking staff to work even\u00a0harder.”`

export const waitingList: EvalCase = {
  name: 'waiting-list (held out, fourth batch)',
  textA: report,
  textB: statement,
  labels: [
    {
      a: 'The number of people waiting for planned hospital treatment in the region has fallen to 412,000, 9,000 fewer than in March, according to figures published on Thursday',
      b: [
        'Figures published today show that 412,000 people in the region are waiting for planned hospital treatment, 9,000 fewer than in March'
      ],
      kind: 'paraphrase'
    },
    {
      a: 'This is the fourth month in a row that the list has fallen',
      b: ['This is the fourth month in a row that the waiting list has fallen'],
      kind: 'close',
      note: '"waiting" dropped'
    },
    {
      a: 'the doctors, nurses and staff who have worked evenings and weekends to make this possible',
      b: ['the doctors, nurses and staff who have worked evenings and weekends to make this possible'],
      kind: 'verbatim',
      note: 'quoted inside a sentence of the reporter’s'
    },
    {
      a: 'but said she was not satisfied',
      b: ['But I am not satisfied'],
      kind: 'paraphrase',
      note: 'reported speech'
    },
    {
      a: 'Too many people are still waiting more than a year, and behind every number is a person in pain or worry',
      b: ['Too many people are still waiting more than a year, and behind every number is a person in pain or worry'],
      kind: 'verbatim'
    },
    {
      a: 'that by March 2027 nobody will wait longer than 52 weeks',
      b: ['that by March 2027 nobody will wait longer than 52 weeks'],
      kind: 'verbatim',
      note: 'her words, attributed to her with "according to Ms Calloway", not in quotation marks'
    },
    {
      a: 'Two new surgical hubs, in Alderford and Kingsmere, will carry out 30,000 operations a year, mostly hip and knee replacements and cataract surgery',
      b: [
        'we will open two new surgical hubs, in Alderford and Kingsmere, which will carry out 30,000 operations a year, mostly hip and knee replacements and cataract surgery'
      ],
      kind: 'close',
      note: '"we will open" and "which" dropped'
    },
    {
      a: 'and 40 million pounds will be spent on diagnostic scanners',
      b: ['We will also spend 40 million pounds on extra diagnostic scanners'],
      kind: 'paraphrase',
      note: 'active to passive'
    },
    { a: 'The Royal College of Nursing said staff were exhausted', b: [], kind: 'none', note: 'the reporter’s own' },
    {
      a: 'Nurses have been propping up this service for years on goodwill alone',
      b: [],
      kind: 'none',
      note: 'said by Amira Haddad of the Royal College of Nursing, not in the statement'
    },
    {
      a: 'They need a pay rise, not another thank-you',
      b: [],
      kind: 'none',
      note: 'said by Amira Haddad, not in the statement; it answers the minister’s thanks'
    },
    {
      a: 'but only if they are staffed by new people, not by taking surgeons away from existing hospitals',
      b: [],
      kind: 'none',
      note: 'attributed to Dr Owen Pryce ("According to"), not in the statement'
    },
    {
      a: 'We will not get there by asking staff to work even\u00a0harder',
      b: ['We will not get there by asking staff to work even harder'],
      kind: 'verbatim',
      note: 'a non-breaking space between "even" and "harder", curly quotation marks'
    }
  ]
}
