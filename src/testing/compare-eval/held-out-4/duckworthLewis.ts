// Held out, fourth batch. An encyclopedia-style article on the Duckworth–Lewis–Stern method in cricket,
// and students' short answers written from it (or not).
import type { AnswerSet } from '../answers/types'

const source = `The Duckworth–Lewis–Stern method (DLS) is a mathematical formula used to set a fair target score for the team batting second in a limited-overs cricket match that has been shortened by rain or bad light. It was devised by two English statisticians, Frank Duckworth and Tony Lewis, and was first used in international cricket in 1997. The International Cricket Council adopted it as the standard method in 1999. After Duckworth and Lewis retired, the Australian statistician Steven Stern revised the formula, and his name was added in 2014.

Earlier methods took account only of the overs lost. The most notorious example came in the semi-final of the 1992 World Cup, when a short rain delay changed South Africa's target from 22 runs off 13 balls to 21 runs off one ball.

The DLS method is based on the idea that a team has two resources with which to score runs: the overs it has left and the wickets it has in hand. A side with many overs left but few wickets cannot bat as freely as one with all its wickets intact. Tables, now replaced by computer software, give the percentage of its resources a team has remaining at any point. When overs are lost, the target is adjusted in proportion to the resources each side had available.

The method is widely accepted as fairer than its predecessors, but few players or spectators understand how the targets are calculated, and some critics argue that it favours the side batting second in very short matches.`

const cut = `The Duckworth-Lewis-Stern method (DLS) is a mathematical formula used to set a fair target score for the team batting second in a limited-overs cricket match that has been shortened by rain or bad light. It was devised by two English statisticians, Frank Duckworth and Tony Lewis, and was first used in international cricket in 1997. The International Cricket Council adopted it as the standard method in 1999.

Earlier methods took account only of the overs lost. The most notorious example came in the semi-final of the 1992 World Cup, when a short rain delay changed South Africa's target from 22 runs off 13 balls to 21 runs off one ball.

The DLS method is based on the idea that a team has two resources with which to score runs: the overs it has left and the wickets it has in hand. A side with many overs left but few wickets cannot bat as freely as one with all its wickets intact. When overs are lost, the target is adjusted in proportion to the resources each side had available.

Steven Stern, an Australian statistician, revised the formula and his name was added in 2014. Few players or spectators understand how the targets are calculated.`

const light = `The Duckworth–Lewis–Stern method (DLS) is a mathematical formula for setting a fair target for the side batting second in a limited-overs cricket match which has been cut short by rain or poor light. It was worked out by two English statisticians, Frank Duckworth and Tony Lewis, and was used in international cricket for the first time in 1997. The International Cricket Council made it the standard method in 1999. When Duckworth and Lewis retired, the Australian statistician Steven Stern updated the formula, and in 2014 his name was added.

Previous methods only considered the number of overs lost. The most infamous case was the 1992 World Cup semi-final, when a brief rain delay altered South Africa's target from 22 runs from 13 balls to 21 runs from a single ball.

The DLS method rests on the idea that a team has two resources for scoring runs: the overs remaining and the wickets it still has. A team with plenty of overs left but not many wickets cannot bat as freely as a team with all its wickets intact. Tables, which have now been replaced by software, show what percentage of its resources a team has left at any stage.`

const heavy = `Rain has always been the enemy of one-day cricket. If the side batting second loses overs, what should it now need to win? Early rules looked only at how many overs had been lost, which produced absurd results, most famously at the 1992 World Cup, where South Africa's semi-final target went from 22 off 13 balls to 21 off a single delivery after a brief shower.

Frank Duckworth and Tony Lewis, two English statisticians, came up with a better answer. Their key insight was that a batting side has two resources, not one: overs and wickets. Losing overs matters much less to a team with few wickets left, which has to bat cautiously anyway, than to a team with all ten in hand. Using tables, and now computer software, the percentage of resources left at any moment can be looked up, and the target is scaled to match what each team had available.

Their method was first used in 1997 and made the International Cricket Council's standard in 1999; Steven Stern, an Australian, later refined it and has been credited alongside them since 2014. Critics say hardly anyone understands the calculations, and that it may favour the chasing side in very short games.`

const nonRainRules = `Cricket is one of the few sports that cannot be played in the rain. The ball becomes wet and slippery, the pitch can be damaged, and the players could be injured on a wet outfield. When it starts to rain, the umpires take the players off the field and the ground staff cover the pitch.

In Test matches, which last up to five days, time lost to rain is simply lost, and it often leads to a draw. Teams sometimes go into the last day needing a win and hoping the weather holds. Some of the most famous Test series have been decided by a few hours of rain.

In one-day and Twenty20 matches, the umpires will try to fit in a shorter game. A match needs at least five overs for each side in a Twenty20 game, or twenty overs each in a fifty-over game, to produce a result. If this is not possible, the match is abandoned as a no result and the points are shared.

Modern grounds have large covers and powerful drainage, so play can often start soon after the rain stops. Light is another problem: if the umpires think it is too dark to play safely, they can stop the game.`

const nonStatisticians = `Frank Duckworth and Tony Lewis were not the sort of people who usually become famous in sport. Duckworth was a statistician who had worked in the nuclear industry, and Lewis taught mathematics and statistics at a university.

Duckworth later said that he first became interested in the problem after hearing a radio commentator remark that someone should come up with something better than the rules used in the 1992 World Cup. He worked out the main idea and then presented it at a conference of statisticians, where he met Lewis, and the two developed it together.

Their names quickly became part of the language of cricket. Commentators talk about a team being ahead or behind on Duckworth-Lewis, and captains have been known to keep a printed sheet in the dressing room showing the score they need at each stage of a rain-affected match. In 2010 both men were appointed MBE for their services to cricket and mathematics.

Duckworth died in 2024. Cricket writers recalled that, although very few people understood his method, almost everybody agreed that it was fairer than anything before it.`

export const duckworthLewis: AnswerSet = {
  topic: 'duckworth-lewis-stern',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      note: 'copied with cuts; the en dashes of "Duckworth–Lewis–Stern" as hyphens; Stern’s sentence moved to the end and shortened; the tables sentence dropped'
    },
    { level: 'light', text: light, note: 'sentences kept in order with synonyms; the last paragraph and the adjusted target dropped' },
    {
      level: 'heavy',
      text: heavy,
      note: 'a heavy rewrite in a different order: the problem and the 1992 example first, the history last; the resources idea explained in new words'
    },
    {
      level: 'non',
      text: nonRainRules,
      note: 'rain in cricket from general knowledge: umpires, one-day and Twenty20, overs each side, bad light'
    },
    {
      level: 'non',
      text: nonStatisticians,
      note: 'a profile of the two statisticians: Frank Duckworth and Tony Lewis, the 1992 World Cup, fairer than anything before it'
    }
  ]
}
