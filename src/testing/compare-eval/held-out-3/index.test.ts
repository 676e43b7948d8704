// Checks the third held-out batch's data, not the aligner (see batchShape.ts).
import { describeBatchShape } from '../batchShape'
import { HELD_OUT_THIRD_ANSWER_SETS, HELD_OUT_THIRD_CASES } from './index'

describeBatchShape({
  name: 'held out, third batch',
  answerSets: HELD_OUT_THIRD_ANSWER_SETS,
  cases: HELD_OUT_THIRD_CASES,
  minSets: 10,
  minCases: 6,
  sourceWords: [150, 350],
  answerWords: [150, 350]
})
