// A foreign ministry's English transcript of a minister's remarks (B) and a news agency's story that
// renders them in its own translation, with the other minister's words and background that have no
// counterpart (A). Written after the thresholds were set, and kept apart in the figures as held out.
import type { EvalCase } from './types'

const transcript = `Remarks by the Minister of Foreign Affairs at the joint press conference

Thank you, colleague. I want to thank our Norwegian friends for their hospitality and for the very substantive talks we held today.

We discussed in detail the situation with energy supplies ahead of the winter. Our countries share the view that no state should be able to use energy as a weapon against its neighbours. We agreed to speed up the construction of the undersea interconnector, so that the first electricity can flow between our networks before the end of next year.

We also talked about fisheries. This is a sensitive question for both of our peoples, and it cannot be solved by one side alone. I proposed that our experts meet in January to prepare a new long-term agreement on the shared stocks in the northern waters.

Finally, I informed my colleague about the preparations for the regional summit that our country will host in the spring. We count on the active participation of Norway, because the security of the north is a common responsibility.

Thank you.`

const story = `Ministers agree to speed up power link

The two countries will accelerate work on an undersea power cable so that electricity can begin flowing between their grids before the end of next year, the visiting foreign minister said on Monday after talks in Oslo.

"Our countries share the view that no state should be able to use energy as a weapon against its neighbours," he told a joint news conference.

Norway's foreign minister, Eirik Dahl, said his government welcomed the plan. "This cable is good for consumers on both sides and good for the climate," Dahl said.

On fishing, a long-running source of friction, the minister called the issue sensitive for both peoples and said it "cannot be solved by one side alone." He proposed that experts from the two countries meet in January to draft a new long-term deal on shared fish stocks in northern waters.

Fishermen's groups on both sides have complained for years that quotas are set without them. Catches of cod in the region fell by a third last year.

The minister also said he counted on Norway to take an active part in a regional summit his country will host in the spring, calling the security of the north "a common responsibility."`

export const ministerRemarks: EvalCase = {
  name: 'minister-remarks (held out)',
  textA: story,
  textB: transcript,
  labels: [
    {
      a: 'Ministers agree to speed up power link',
      b: ['We agreed to speed up the construction of the undersea interconnector'],
      kind: 'paraphrase',
      optional: true,
      note: 'headline'
    },
    {
      a: 'The two countries will accelerate work on an undersea power cable so that electricity can begin flowing between their grids before the end of next year',
      b: [
        'We agreed to speed up the construction of the undersea interconnector, so that the first electricity can flow between our networks before the end of next year'
      ],
      kind: 'paraphrase'
    },
    { a: 'the visiting foreign minister said on Monday after talks in Oslo', b: [], kind: 'none', optional: true, note: 'attribution' },
    {
      a: 'Our countries share the view that no state should be able to use energy as a weapon against its neighbours',
      b: ['Our countries share the view that no state should be able to use energy as a weapon against its neighbours'],
      kind: 'verbatim'
    },
    { a: "Norway's foreign minister, Eirik Dahl, said his government welcomed the plan.", b: [], kind: 'none' },
    { a: 'This cable is good for consumers on both sides and good for the climate', b: [], kind: 'none' },
    {
      a: 'On fishing, a long-running source of friction, the minister called the issue sensitive for both peoples',
      b: ['This is a sensitive question for both of our peoples'],
      kind: 'paraphrase'
    },
    { a: 'cannot be solved by one side alone', b: ['it cannot be solved by one side alone'], kind: 'verbatim' },
    {
      a: 'He proposed that experts from the two countries meet in January to draft a new long-term deal on shared fish stocks in northern waters',
      b: ['I proposed that our experts meet in January to prepare a new long-term agreement on the shared stocks in the northern waters'],
      kind: 'paraphrase'
    },
    {
      a: "Fishermen's groups on both sides have complained for years that quotas are set without them. Catches of cod in the region fell by a third last year.",
      b: [],
      kind: 'none'
    },
    {
      a: 'The minister also said he counted on Norway to take an active part in a regional summit his country will host in the spring',
      b: [
        'We count on the active participation of Norway',
        'the preparations for the regional summit that our country will host in the spring'
      ],
      kind: 'paraphrase'
    },
    {
      a: 'a common responsibility',
      b: ['a common responsibility'],
      kind: 'verbatim',
      optional: true,
      note: 'three words: below what align pairs'
    }
  ]
}
