// Checks the fourth held-out batch's data, not the aligner (see batchShape.ts).
import { describeBatchShape } from '../batchShape'
import { HELD_OUT_FOURTH_ANSWER_SETS, HELD_OUT_FOURTH_CASES } from './index'

describeBatchShape({
  name: 'held out, fourth batch',
  answerSets: HELD_OUT_FOURTH_ANSWER_SETS,
  cases: HELD_OUT_FOURTH_CASES,
  minSets: 12,
  minCases: 4,
  sourceWords: [150, 300],
  answerWords: [150, 250]
})
