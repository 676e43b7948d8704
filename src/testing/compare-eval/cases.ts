// The written evaluation cases (the bundled seed pair is in seedPair.ts: its texts live in resources/).
import { centralBank } from './centralBank'
import { courtRuling } from './courtRuling'
import { earningsRewrite } from './earningsRewrite'
import { factoryRevision } from './factoryRevision'
import { heatwaveReports } from './heatwaveReports'
import { interviewProfile } from './interviewProfile'
import { marathonReports } from './marathonReports'
import { mayorQuotes } from './mayorQuotes'
import { ministerRemarks } from './ministerRemarks'
import { policeStatement } from './policeStatement'
import { pressRelease } from './pressRelease'
import { recipeCopy } from './recipeCopy'
import { speechReport } from './speechReport'
import { studyCoverage } from './studyCoverage'
import type { EvalCase } from './types'
import { unrelated } from './unrelated'
import { wireCopy } from './wireCopy'

/** Written before the thresholds were tuned (and then looked at while tuning). */
export const WRITTEN_CASES: readonly EvalCase[] = [
  speechReport,
  pressRelease,
  courtRuling,
  studyCoverage,
  interviewProfile,
  unrelated,
  // Issue 14: same-topic independent texts, copies with other marks, light revisions, other speakers.
  heatwaveReports,
  recipeCopy,
  factoryRevision,
  mayorQuotes
]

/** Written after the thresholds were set, and not tuned on: the honest check. */
export const HELD_OUT_CASES: readonly EvalCase[] = [
  centralBank,
  ministerRemarks,
  marathonReports,
  earningsRewrite,
  wireCopy,
  policeStatement
]
