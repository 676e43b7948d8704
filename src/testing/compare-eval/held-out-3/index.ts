// Held out, third batch: answer sets and span-labelled cases written blind (without running the aligner
// or reading its source), to be scored once at the end and reported apart.
import type { AnswerSet } from '../answers/types'
import type { EvalCase } from '../types'
import { binCollection } from './binCollection'
import { bumblebeeCount } from './bumblebeeCount'
import { dataBreach } from './dataBreach'
import { enginePlant } from './enginePlant'
import { exoplanetWater } from './exoplanetWater'
import { housingEstate } from './housingEstate'
import { measlesClinics } from './measlesClinics'
import { ruralBroadband } from './ruralBroadband'
import { shipwreckBell } from './shipwreckBell'
import { tennisFarewell } from './tennisFarewell'
import { youthHeading } from './youthHeading'

export const HELD_OUT_THIRD_ANSWER_SETS: AnswerSet[] = [
  exoplanetWater,
  binCollection,
  youthHeading,
  enginePlant,
  shipwreckBell,
  measlesClinics,
  dataBreach,
  bumblebeeCount,
  tennisFarewell,
  housingEstate,
  ruralBroadband
]

export const HELD_OUT_THIRD_CASES: EvalCase[] = []
