// Held out, fourth batch. A football club's statement on parting with its manager, and a local paper's
// report of it: the chair's words are the statement's, but the report also quotes the manager and a
// supporters' trust, whose words are not in it. The statement's numbered points are copied as "1.The".
import type { EvalCase } from '../types'

const statement = `Statement from the board of Fenwick Athletic Football Club

The board has today parted company with first-team manager Colin Reade by mutual consent. Colin joined the club in June 2023 and led us to promotion in his first season, something that none of us will forget.

This season has been very difficult. We have won three of our last twenty league matches and sit second from bottom of the table. After a long meeting with Colin on Sunday, we agreed that a change is needed to give the club the best chance of staying in the division.

The board would like to make three points clear to supporters:
1. The search for a new manager begins today, and we hope to make an appointment within two weeks.
2. Assistant manager Dean Holloway will take charge of the team for Saturday's match against Corby Town.
3. There will be no change to the club's budget for players in the January transfer window.

"Colin is a good man and a fine coach, and he will always be welcome at Mill Road," said the club's chair, Margaret Oduya. "But football is a results business, and the results have not been good enough."

The club will make no further comment until a new manager is appointed.`

const report = `Fenwick Athletic sack Reade after slump

Fenwick Athletic have parted company with manager Colin Reade, 18 months after he led the club to promotion.

The club, second from bottom of the table, have won three of their last twenty league matches. In a statement on Monday the board said it had agreed with Reade on Sunday that "a change is needed to give the club the best chance of staying in the division".

The statement set out three points for supporters:
1.The search for a new manager begins today, and we hope to make an appointment within two weeks.
2.Assistant manager Dean Holloway will take charge of the team for Saturday’s match against Corby Town.
3.There will be no change to the club’s budget for players in the January transfer window.

Chair Margaret Oduya said: “Colin is a good man and a fine coach, and he will always be welcome at Mill Road. But football is a results business, and the results have not been good enough.”

Reade, 47, thanked the players and staff. "I gave this club everything I had, and I'm proud of what we achieved together," he said. "I wish Dean and the lads all the best."

Not everyone agreed with the decision. According to Paul Grant of the Fenwick Supporters' Trust, "the board has sacked the manager to protect itself. The real problem is the lack of investment."

Reade is the fourth manager in the division to lose his job this season.`

export const managerLeaves: EvalCase = {
  name: 'manager-leaves (held out, fourth batch)',
  textA: report,
  textB: statement,
  labels: [
    {
      a: 'Fenwick Athletic have parted company with manager Colin Reade, 18 months after he led the club to promotion',
      b: [
        'The board has today parted company with first-team manager Colin Reade by mutual consent',
        'Colin joined the club in June 2023 and led us to promotion in his first season'
      ],
      kind: 'paraphrase'
    },
    {
      a: 'The club, second from bottom of the table, have won three of their last twenty league matches',
      b: ['We have won three of our last twenty league matches and sit second from bottom of the table'],
      kind: 'paraphrase',
      note: 'the two halves swapped, first person to third'
    },
    {
      a: 'the board said it had agreed with Reade on Sunday that',
      b: ['After a long meeting with Colin on Sunday, we agreed that'],
      kind: 'paraphrase',
      optional: true,
      note: 'the lead-in to a quoted clause'
    },
    {
      a: 'a change is needed to give the club the best chance of staying in the division',
      b: ['a change is needed to give the club the best chance of staying in the division'],
      kind: 'verbatim',
      note: 'quoted inside a sentence of the reporter’s'
    },
    {
      a: '1.The search for a new manager begins today, and we hope to make an appointment within two weeks',
      b: ['1. The search for a new manager begins today, and we hope to make an appointment within two weeks'],
      kind: 'verbatim',
      note: 'no space after the list number'
    },
    {
      a: '2.Assistant manager Dean Holloway will take charge of the team for Saturday’s match against Corby Town',
      b: ["2. Assistant manager Dean Holloway will take charge of the team for Saturday's match against Corby Town"],
      kind: 'verbatim',
      note: 'no space after the list number; a curly apostrophe'
    },
    {
      a: '3.There will be no change to the club’s budget for players in the January transfer window',
      b: ["3. There will be no change to the club's budget for players in the January transfer window"],
      kind: 'verbatim',
      note: 'no space after the list number; a curly apostrophe'
    },
    {
      a: 'Chair Margaret Oduya said:',
      b: ["said the club's chair, Margaret Oduya"],
      kind: 'paraphrase',
      optional: true,
      note: 'the attribution, moved before the quote'
    },
    {
      a: 'Colin is a good man and a fine coach, and he will always be welcome at Mill Road',
      b: ['Colin is a good man and a fine coach, and he will always be welcome at Mill Road'],
      kind: 'verbatim',
      note: 'curly quotation marks; the source breaks the quote with its attribution, the report does not'
    },
    {
      a: 'But football is a results business, and the results have not been good enough',
      b: ['But football is a results business, and the results have not been good enough'],
      kind: 'verbatim'
    },
    { a: 'Reade, 47, thanked the players and staff', b: [], kind: 'none', note: 'the reporter’s own' },
    {
      a: "I gave this club everything I had, and I'm proud of what we achieved together",
      b: [],
      kind: 'none',
      note: 'said by Colin Reade, who is named in the statement but does not speak in it'
    },
    { a: 'I wish Dean and the lads all the best', b: [], kind: 'none', note: 'said by Colin Reade, not in the statement' },
    {
      a: 'the board has sacked the manager to protect itself. The real problem is the lack of investment',
      b: [],
      kind: 'none',
      note: 'attributed to Paul Grant of the supporters’ trust ("According to"), not in the statement; it shares "the board" and "the manager" with it'
    },
    { a: 'Reade is the fourth manager in the division to lose his job this season', b: [], kind: 'none', note: 'the reporter’s own' }
  ]
}
