// Held out, fourth batch. An encyclopedia-style article on the offside rule in association football, and
// students' short answers written from it (or not).
import type { AnswerSet } from '../answers/types'

const source = `The offside rule is one of the Laws of the Game in association football. It is set out in Law 11 and is intended to stop attackers from waiting near the opponents' goal for the ball.

A player is in an offside position if any part of the head, body or feet is in the opponents' half and nearer to the opponents' goal line than both the ball and the second-last opponent. The second-last opponent is usually the last outfield defender, since the goalkeeper is normally the last. The arms and hands are not taken into account. Being in an offside position is not an offence in itself.

A player is penalised only if, at the moment the ball is played by a team-mate, he or she is in an offside position and becomes involved in active play, for example by playing the ball, interfering with an opponent or gaining an advantage. There is no offside offence if the player receives the ball directly from a goal kick, a throw-in or a corner kick. The punishment is an indirect free kick to the defending team.

Early versions of the rule required three defenders between the attacker and the goal. The number was reduced to two in 1925, which led to a sharp rise in goals. Since 2018 video assistant referees, known as VAR, have been used to check close offside decisions in many competitions, but very tight calls have caused controversy.`

const cut = `The offside rule is one of the Laws of the Game in association football. It is set out in Law 11 and is intended to stop attackers from waiting near the opponents’ goal for the ball.

A player is in an offside position if any part of the head, body or feet is in the opponents’ half and nearer to the opponents’ goal line than both the ball and the second-last opponent. The arms and hands are not taken into account. Being in an offside position is not an offence in itself.

A player is penalised only if, at the moment the ball is played by a team-mate, he or she is in an offside position and becomes involved in active play, for example by playing the ball, interfering with an opponent or gaining an advantage. There is no offside offence if the player receives the ball directly from a goal kick, a throw-in or a corner kick. The punishment is an indirect free kick.

Early versions of the rule required three defenders between the attacker and the goal. The number was reduced to two in 1925. Since 2018 video assistant referees (VAR) have been used to check close offside decisions.`

const light = `The offside rule is among the Laws of the Game in association football. It appears in Law 11 and is meant to prevent attackers from hanging around near the opposition goal waiting for the ball.

A player is in an offside position if any part of the head, body or feet is in the opposing half and closer to the opponents' goal line than both the ball and the second-last opponent. The second-last opponent is normally the last outfield defender, because the goalkeeper is usually the last. The arms and hands do not count. Simply being in an offside position is not an offence.

A player is only penalised if, when the ball is played by a team-mate, he or she is in an offside position and gets involved in active play, for instance by playing the ball, interfering with an opponent or gaining an advantage. A player cannot be offside when receiving the ball straight from a goal kick, a throw-in or a corner. The penalty is an indirect free kick for the defending side.

The first versions of the rule needed three defenders between the attacker and the goal. This was cut to two in 1925, which caused a big increase in goals.`

const heavy = `Without an offside law, a football team could leave a forward standing next to the other side's goal all game. Law 11 of the Laws of the Game prevents this.

The test is made at the instant a team-mate plays the ball. If, at that moment, an attacker in the opposing half has head, body or feet closer to the goal line than both the ball and the second-last opponent, he or she is in an offside position; arms and hands are ignored. Because the goalkeeper is usually the deepest defender, the second-last opponent is normally the last outfield player. Standing in that position is allowed, though. It becomes an offence only when the player takes part in active play by touching the ball, interfering with an opponent or gaining an advantage from being there, and the defenders then get an indirect free kick. Goal kicks, throw-ins and corners are exceptions: a player cannot be offside directly from one.

The law has changed over time. Originally three defenders had to be between the attacker and the goal, and when this was reduced to two in 1925 the number of goals shot up. Video assistant referees have checked close calls since 2018, although very tight decisions remain controversial.`

const heavyLoose = `Imagine a striker who simply waited beside the opposing goalkeeper for a long pass. Football's offside law, Law 11, exists to stop this kind of goal-hanging.

The law looks at where an attacker is at the exact moment a team-mate passes or plays the ball. If, in the other team's half, any part of the attacker that can legally play the ball is nearer the goal line than the ball and than the second-last defender, the attacker is offside. Hands and arms do not count, since outfield players may not use them anyway. The second-last defender is normally the last outfield player, with the keeper behind him.

Even so, standing offside is not against the rules. The referee only stops play if the player then joins in, for example by touching the ball or getting in a defender's way, and the other team restarts with an indirect free kick. You also cannot be offside straight from a throw-in, a corner or a goal kick.

The rule used to be stricter: until 1925 an attacker needed three opponents in front of him, not two, and the change led to many more goals. Since 2018 VAR has been used to review tight decisions, which has caused its own arguments.`

const nonFanExplainer = `If you have ever watched a football match with someone who does not follow the game, you have probably been asked to explain offside. Here is the simple version.

When your team-mate passes the ball forward to you, there must be at least two players from the other team, usually the goalkeeper and one defender, level with you or between you and their goal. If there are not, and you are in their half, the linesman will raise the flag.

Defenders use this rule to their advantage. In the offside trap, the whole back line steps forward together just before the pass is made, leaving the attackers stranded. It takes good organisation, and if one defender is too slow, the striker is through on goal. Attackers try to beat the trap by timing their runs and staying level with the last defender until the last moment.

Level counts as onside, which is why replays are often so hard to judge. A striker's shoulder or knee a few centimetres ahead can be the difference between a goal and a free kick.`

const nonVarColumn = `Another weekend, another goal ruled out by a toe. Video technology was supposed to end arguments about offside. Instead it has started new ones.

The problem is not that VAR gets decisions wrong. With lines drawn on a frozen frame, it usually gets them right, to the nearest pixel. The problem is that football was never meant to be judged to the nearest pixel. The old offside law was written for a linesman running along the touchline, and it assumed that the benefit of the doubt would go to the attacker.

Supporters in the stadium are the biggest losers. They celebrate a goal, then wait two or three minutes while someone in a room far away draws lines across the screen, and then the celebration is cancelled. Several clubs have asked for a margin of tolerance, so that only clear offsides are given.

There is talk of semi-automated systems that track players' limbs with cameras and a sensor in the ball. They may be quicker, but they will not end the debate about what offside is for.`

export const offsideRule: AnswerSet = {
  topic: 'offside-rule',
  source,
  answers: [
    {
      level: 'cut',
      text: cut,
      note: 'copied with cuts (the second-last opponent explained, the rise in goals and the controversy dropped); curly apostrophes in "opponents’"; "known as VAR" as "(VAR)"'
    },
    { level: 'light', text: light, note: 'sentences kept in order with synonyms; VAR dropped' },
    {
      level: 'heavy',
      text: heavy,
      note: 'a heavy rewrite that keeps a good deal: the definition restructured around the moment of the pass, exceptions moved after the punishment; keeps "second-last opponent", "active play", "interfering with an opponent or gaining an advantage"'
    },
    {
      level: 'heavy',
      text: heavyLoose,
      note: 'a second, looser heavy rewrite: a scenario of the writer’s own to open, the definition explained with reasons, hardly a phrase kept beyond terms ("second-last", "indirect free kick", "Law 11")'
    },
    {
      level: 'non',
      text: nonFanExplainer,
      note: 'a fan’s explainer from general knowledge: team-mate, two players, goalkeeper, defender, their half, offside trap, last defender'
    },
    {
      level: 'non',
      text: nonVarColumn,
      note: 'a column on VAR and offside: goal ruled out, offside law, linesman, close calls'
    }
  ]
}
