// Held out, third batch: answer sets and span-labelled cases written blind (without running the aligner
// or reading its source), to be scored once at the end and reported apart.
import type { AnswerSet } from '../answers/types'
import type { EvalCase } from '../types'
import { binCollection } from './binCollection'
import { breweryTakeover } from './breweryTakeover'
import { bumblebeeCount } from './bumblebeeCount'
import { dataBreach } from './dataBreach'
import { derbyReports } from './derbyReports'
import { enginePlant } from './enginePlant'
import { exoplanetWater } from './exoplanetWater'
import { galleryPreview } from './galleryPreview'
import { housingEstate } from './housingEstate'
import { measlesClinics } from './measlesClinics'
import { parkConsultation } from './parkConsultation'
import { quakeBulletin } from './quakeBulletin'
import { ruralBroadband } from './ruralBroadband'
import { sensorFunding } from './sensorFunding'
import { shipwreckBell } from './shipwreckBell'
import { tennisFarewell } from './tennisFarewell'
import { universityCuts } from './universityCuts'
import { vitaminTrial } from './vitaminTrial'
import { wartimeLetters } from './wartimeLetters'
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
  ruralBroadband,
  breweryTakeover,
  wartimeLetters
]

export const HELD_OUT_THIRD_CASES: EvalCase[] = [
  universityCuts,
  galleryPreview,
  parkConsultation,
  quakeBulletin,
  derbyReports,
  vitaminTrial,
  sensorFunding
]
