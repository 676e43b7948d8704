// Held out, fourth batch: answer sets after the Clough and Stevenson short-answer corpus (a
// Wikipedia-like source on a subject and students' answers that cut, lightly revise, heavily revise or
// ignore it) and span-labelled cases with quotes attributed to speakers. Written blind, without running
// the aligner or reading its source, to be scored once at the end and reported apart.
import type { AnswerSet } from '../answers/types'
import type { EvalCase } from '../types'
import { apolloEssay } from './apolloEssay'
import { comparativeAdvantage } from './comparativeAdvantage'
import { duckworthLewis } from './duckworthLewis'
import { garbageCollection } from './garbageCollection'
import { habeasCorpus } from './habeasCorpus'
import { managerLeaves } from './managerLeaves'
import { hanseaticLeague } from './hanseaticLeague'
import { herdImmunity } from './herdImmunity'
import { offsideRule } from './offsideRule'
import { photosynthesis } from './photosynthesis'
import { plateTectonics } from './plateTectonics'
import { printingPress } from './printingPress'
import { sentencingRemarks } from './sentencingRemarks'
import { publicKeyCryptography } from './publicKeyCryptography'
import { type2Diabetes } from './type2Diabetes'
import { waitingList } from './waitingList'

export const HELD_OUT_FOURTH_ANSWER_SETS: AnswerSet[] = [
  photosynthesis,
  hanseaticLeague,
  habeasCorpus,
  comparativeAdvantage,
  publicKeyCryptography,
  type2Diabetes,
  offsideRule,
  plateTectonics,
  printingPress,
  herdImmunity,
  garbageCollection,
  duckworthLewis
]

export const HELD_OUT_FOURTH_CASES: EvalCase[] = [managerLeaves, waitingList, apolloEssay, sentencingRemarks]
