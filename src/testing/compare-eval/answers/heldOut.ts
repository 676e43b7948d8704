// Answer sets held out from tuning: written before any threshold of this round was chosen, frozen in
// their own commit, and only ever scored (bench/compare-eval.ts prints them apart).
import { archiveDigitised } from './archiveDigitised'
import { bridgeClosure } from './bridgeClosure'
import { coralStudy } from './coralStudy'
import { libraryFines } from './libraryFines'
import { nightFlights } from './nightFlights'
import { productRecall } from './productRecall'
import { railStrike } from './railStrike'
import { strokeService } from './strokeService'
import type { AnswerSet } from './types'
import { wildfireEvacuation } from './wildfireEvacuation'

export const HELD_OUT_ANSWER_SETS: readonly AnswerSet[] = [
  bridgeClosure,
  strokeService,
  railStrike,
  coralStudy,
  archiveDigitised,
  wildfireEvacuation,
  productRecall
]

/** A second batch, written after tuning had ended and run once, for the final figures. */
export const HELD_OUT_SECOND_BATCH: readonly AnswerSet[] = [nightFlights, libraryFines]
