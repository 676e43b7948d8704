// The written evaluation cases (the bundled seed pair is in seedPair.ts: its texts live in resources/).
import { centralBank } from './centralBank'
import { courtRuling } from './courtRuling'
import { interviewProfile } from './interviewProfile'
import { ministerRemarks } from './ministerRemarks'
import { pressRelease } from './pressRelease'
import { speechReport } from './speechReport'
import { studyCoverage } from './studyCoverage'
import type { EvalCase } from './types'
import { unrelated } from './unrelated'

/** Written before the thresholds were tuned (and then looked at while tuning). */
export const WRITTEN_CASES: readonly EvalCase[] = [speechReport, pressRelease, courtRuling, studyCoverage, interviewProfile, unrelated]

/** Written after the thresholds were set, and not tuned on: the honest check. */
export const HELD_OUT_CASES: readonly EvalCase[] = [centralBank, ministerRemarks]
