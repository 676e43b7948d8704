// Held out, third batch. Two reports of the same football match, written independently by two papers:
// the same score, scorers, minutes and sending-off, and the stock phrases of a match report, but
// neither took a sentence from the other. Every label is "none".
import type { EvalCase } from '../types'

const homePaper = `Ashby Rovers 2 Kelham Town 1

Ashby Rovers won the Vale derby for the first time in three years on Saturday, coming from behind to beat Kelham Town 2-1 in front of a sell-out crowd of 11,400 at Meadow Lane.

Kelham took the lead after 18 minutes when Jordan Price headed in a corner from the right. Rovers struggled to create chances before half-time, and their manager, Steve Collins, made two changes at the break.

The changes worked. Substitute Dan Okoro equalised in the 58th minute with a low shot from the edge of the area, and the winner came eight minutes from time, when Kelham goalkeeper Sam Hurst dropped a cross and captain Liam Doyle scored from close range.

"The lads showed real character," Collins said. "At half-time I told them the derby is never over until the final whistle."

Kelham finished with ten men after defender Ryan Walsh was sent off for a second yellow card in stoppage time. The win lifts Rovers to fifth in the table, two points off the play-off places.`

const awayPaper = `Rovers 2-1 Town: Hurst error settles Vale derby

A costly mistake by goalkeeper Sam Hurst handed Ashby Rovers victory in Saturday's Vale derby at Meadow Lane, leaving Kelham Town manager Gary Bell furious.

Kelham had been the better side for most of the first hour. Jordan Price put them ahead in the 18th minute, rising above his marker to head home Tom Reid's corner, and they might have doubled their lead before the break.

But Rovers changed the game with their substitutions. Dan Okoro, on at half-time, levelled the scores just before the hour, and with 82 minutes gone Hurst spilled a harmless-looking cross at the feet of Liam Doyle, who could not miss.

"We gave them the game," said Bell. "We were in control and then we switched off."

Ryan Walsh's late red card, for a second booking, added to Kelham's frustration. The defeat leaves Town in 14th place and without a win in five league matches.`

const independent = (a: string, note: string) => ({ a, b: [], kind: 'none' as const, note })

export const derbyReports: EvalCase = {
  name: 'derby-reports, independent (held out, third batch)',
  textA: homePaper,
  textB: awayPaper,
  labels: [
    independent('Ashby Rovers 2 Kelham Town 1', 'the score line, which the other paper gives in its own form'),
    independent(
      'Ashby Rovers won the Vale derby for the first time in three years on Saturday, coming from behind to beat Kelham Town 2-1 in front of a sell-out crowd of 11,400 at Meadow Lane',
      'the same result, day and ground, told independently'
    ),
    independent('Kelham took the lead after 18 minutes when Jordan Price headed in a corner from the right', 'the same goal'),
    independent('Substitute Dan Okoro equalised in the 58th minute with a low shot from the edge of the area', 'the same goal'),
    independent(
      'the winner came eight minutes from time, when Kelham goalkeeper Sam Hurst dropped a cross and captain Liam Doyle scored from close range',
      'the same goal'
    ),
    independent('The lads showed real character', 'a different manager speaking'),
    independent('At half-time I told them the derby is never over until the final whistle', 'a different manager speaking'),
    independent(
      'Kelham finished with ten men after defender Ryan Walsh was sent off for a second yellow card in stoppage time',
      'the same sending-off'
    ),
    independent('The win lifts Rovers to fifth in the table, two points off the play-off places', 'a league position, as the other gives')
  ]
}
