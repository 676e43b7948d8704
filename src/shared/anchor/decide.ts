import type { OrphanReason } from './types'
import type { Scored } from './score'
import { isPerfect } from './score'

/**
 * Two places whose costs are closer than this many edits are too close to call: a single small edit
 * to the text could have swapped them, so choosing either risks the wrong place, which is worse for
 * the reader than an orphan they can re-attach by hand.
 */
const MARGIN = 3

/**
 * At most this share of the stored quote and context may disagree with the chosen place. Unrelated
 * prose disagrees in about half its characters and repetitive text in about a third, so a quarter
 * keeps chance look-alikes out while letting a sentence keep its place through a rewritten clause.
 */
const MAX_ERROR_SHARE = 0.25

/**
 * When the quote itself differs, its context must vouch for the place: at most this share of the
 * prefix and suffix together may disagree, unless one side is pinned (below). An edited quote in an
 * edited context is a guess.
 */
const MAX_FUZZY_CONTEXT_SHARE = 0.25

/**
 * A side of the context of at least this many characters that the text shows exactly pins the place:
 * sixteen characters of prose do not recur by chance next to a copy of the quote. One pinned side
 * lets the other have been rewritten; both pinned let the quote between them differ in up to
 * MAX_BRACKETED_QUOTE_SHARE of its characters (a quarter otherwise), as a sentence does when a
 * clause is inserted into it.
 */
export const PINNING_LENGTH = 16
const MAX_QUOTE_SHARE = 0.25
const MAX_BRACKETED_QUOTE_SHARE = 0.5

/** The greatest number of quote errors decide() can accept for a quote of this length. */
export function maxQuoteErrors(quoteLength: number): number {
  return Math.floor(quoteLength * MAX_BRACKETED_QUOTE_SHARE)
}

/** The shape of what was stored: quote and context lengths. */
export interface Stored {
  quote: number
  prefix: number
  suffix: number
}

/** An explanation of the text that is not a candidate place, with a floor under its cost. */
export interface Alternative {
  cost: number
  /** What to tell the reader if it wins. */
  reason: OrphanReason
}

export type Decision = { accept: Scored } | { reject: OrphanReason }

/**
 * Picks the place for a quote among scored candidates, or refuses to. `twin(a, b)` tells whether two
 * places show the same quote with the same context, so nothing stored could tell them apart and the
 * nearer one is as good as any. `otherwise` is a floor under the cost of any explanation that is not a
 * candidate (a place not searched, or the passage having been deleted): the choice must beat those too.
 */
export function decide(
  candidates: readonly Scored[],
  stored: Stored,
  twin: (a: Scored, b: Scored) => boolean,
  otherwise: readonly Alternative[] = []
): Decision {
  if (candidates.length === 0) return { reject: 'not-found' }
  // A place with the exact quote and context is never a wrong place by anything stored: take the
  // nearest such place without weighing it against anything else.
  let perfect: Scored | undefined
  for (const c of candidates) if (isPerfect(c) && (!perfect || c.distance < perfect.distance)) perfect = c
  if (perfect) return { accept: perfect }

  const sorted = [...candidates].sort((a, b) => a.cost - b.cost || a.start - b.start)
  const best = sorted[0]
  const size = stored.quote + stored.prefix + stored.suffix
  const contextErrors = best.prefixErrors + best.suffixErrors
  const prefixPinned = stored.prefix >= PINNING_LENGTH && best.prefixErrors === 0
  const suffixPinned = stored.suffix >= PINNING_LENGTH && best.suffixErrors === 0
  const bracketed = prefixPinned && suffixPinned
  const quoteShare = best.quoteErrors / stored.quote
  if (quoteShare > (bracketed ? MAX_BRACKETED_QUOTE_SHARE : MAX_QUOTE_SHARE)) return { reject: 'low-confidence' }
  // With one side pinned, the other side's errors say only that it was rewritten, not where we are.
  if (!prefixPinned && !suffixPinned) {
    if (best.quoteErrors + contextErrors > MAX_ERROR_SHARE * size) return { reject: 'low-confidence' }
    if (best.quoteErrors > 0 && contextErrors > MAX_FUZZY_CONTEXT_SHARE * (stored.prefix + stored.suffix)) {
      return { reject: 'low-confidence' }
    }
  }
  // A candidate sharing an edge with the best is the same place with its other edge elsewhere (two
  // searches can bound one place differently), not a rival place.
  const rival = sorted.find((c) => c.start !== best.start && c.end !== best.end && !twin(c, best))
  if (rival && rival.cost < best.cost + MARGIN) return { reject: 'ambiguous' }
  for (const alt of otherwise) if (alt.cost < best.cost + MARGIN) return { reject: alt.reason }
  return { accept: best }
}

/** The highest cost a rival may have and still block `best`: anything costing more is irrelevant. */
export function relevantCost(best: number): number {
  return best + MARGIN
}
