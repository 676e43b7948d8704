// Checks the fifth held-out batch's data, not the aligner (see batchShape.ts).
import { describeBatchShape } from '../batchShape'
import { HELD_OUT_FIFTH_ANSWER_SETS, HELD_OUT_FIFTH_CASES } from './index'

describeBatchShape({
  name: 'held out, fifth batch',
  answerSets: HELD_OUT_FIFTH_ANSWER_SETS,
  cases: HELD_OUT_FIFTH_CASES,
  minSets: 12,
  minCases: 0,
  sourceWords: [250, 450],
  answerWords: [120, 320]
})
