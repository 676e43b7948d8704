// Answer sets to tune on (thresholds and the score's calibration were chosen looking at these).
import { artefactsReturned } from './artefactsReturned'
import { bikeScheme } from './bikeScheme'
import { fossilFind } from './fossilFind'
import { frogSpecies } from './frogSpecies'
import { hosepipeBan } from './hosepipeBan'
import { schoolAsbestos } from './schoolAsbestos'
import { QUOTING_ANSWERS } from './tuningQuotes'
import { MORE_SAME_TOPIC } from './tuningSameTopic'
import type { AnswerSet } from './types'
import { WITNESS_ANSWER_SETS } from './tuningWitnesses'

export const TUNING_ANSWER_SETS: readonly AnswerSet[] = [
  hosepipeBan,
  fossilFind,
  bikeScheme,
  artefactsReturned,
  frogSpecies,
  schoolAsbestos
]
  .map((set) => ({ ...set, answers: [...set.answers, ...(MORE_SAME_TOPIC[set.topic] ?? []), ...(QUOTING_ANSWERS[set.topic] ?? [])] }))
  // Two witnesses of one event: written after the third held-out batch showed such reports paired.
  .concat(WITNESS_ANSWER_SETS)
