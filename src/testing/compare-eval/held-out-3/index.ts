// Held out, third batch: answer sets and span-labelled cases written blind (without running the aligner
// or reading its source), to be scored once at the end and reported apart.
import type { AnswerSet } from '../answers/types'
import type { EvalCase } from '../types'
import { binCollection } from './binCollection'
import { enginePlant } from './enginePlant'
import { exoplanetWater } from './exoplanetWater'
import { shipwreckBell } from './shipwreckBell'
import { youthHeading } from './youthHeading'

export const HELD_OUT_THIRD_ANSWER_SETS: AnswerSet[] = [exoplanetWater, binCollection, youthHeading, enginePlant, shipwreckBell]

export const HELD_OUT_THIRD_CASES: EvalCase[] = []
