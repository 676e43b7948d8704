// Held out, fifth batch: answer sets after the Clough and Stevenson short-answer corpus, written to be
// like real answers where the earlier batches were too clean: cut answers that select and stitch, drop
// clauses and add sentences of their own; heavy rewrites that keep the subject's terms, names and some
// short phrases; independent answers (from general knowledge, or a second report of the same event) that
// share the topic's vocabulary and stock phrases. Written blind, without running the aligner or reading
// its source, to be scored once at the end and reported apart.
import type { AnswerSet } from '../answers/types'
import type { EvalCase } from '../types'
import { ammoniaDerailment } from './ammoniaDerailment'
import { bakeryClosures } from './bakeryClosures'
import { blackHoles } from './blackHoles'
import { controllersStrike } from './controllersStrike'
import { crisprEditing } from './crisprEditing'
import { databaseNormalisation } from './databaseNormalisation'
import { domainNameSystem } from './domainNameSystem'
import { footbridgeCollapse } from './footbridgeCollapse'
import { holidayLetsRuling } from './holidayLetsRuling'
import { magnetToyRecall } from './magnetToyRecall'
import { marburyMadison } from './marburyMadison'
import { minimumWage } from './minimumWage'
import { museumRestitution } from './museumRestitution'
import { naturalSelection } from './naturalSelection'
import { riderStatement } from './riderStatement'
import { sewageFine } from './sewageFine'
import { tourDeFrance } from './tourDeFrance'
import { weimarHyperinflation } from './weimarHyperinflation'

export const HELD_OUT_FIFTH_ANSWER_SETS: AnswerSet[] = [
  naturalSelection,
  riderStatement,
  marburyMadison,
  footbridgeCollapse,
  databaseNormalisation,
  magnetToyRecall,
  weimarHyperinflation,
  holidayLetsRuling,
  tourDeFrance,
  ammoniaDerailment,
  blackHoles,
  controllersStrike,
  domainNameSystem,
  bakeryClosures,
  crisprEditing,
  museumRestitution,
  minimumWage,
  sewageFine
]

/** No span-labelled cases in this batch: its answer sets are the point. */
export const HELD_OUT_FIFTH_CASES: EvalCase[] = []
