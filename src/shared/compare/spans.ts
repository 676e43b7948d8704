// Token ranges snapped to clause and sentence boundaries, trimmed to where shared words are, and turned
// into character spans.
import type { CompareContext, Side } from './context'
import { listMarkerStart } from './tokenize'
import type { Span } from './types'

/** Start of the clause holding token k, not before `limit`. */
export function clauseStartAt(side: Side, k: number, limit = 0): number {
  const starts = side.seg.clauseStart
  while (k > limit && !starts[k]) k--
  return k
}

/** End (exclusive) of the clause holding token k - 1, not after `limit`. */
export function clauseEndAt(side: Side, k: number, limit = side.tokens.count): number {
  const starts = side.seg.clauseStart
  while (k < limit && !starts[k]) k++
  return k
}

/** First token of the stretch (between sentence ends and quotation marks) that holds token k. */
export function stretchStartOf(side: Side, k: number): number {
  const boundary = side.seg.boundary
  while (k > 0 && !boundary[k]) k--
  return k
}

/** End (exclusive) of the stretch that holds token k. */
export function stretchEndOf(side: Side, k: number): number {
  const boundary = side.seg.boundary
  const n = side.tokens.count
  k++
  while (k < n && !boundary[k]) k++
  return k
}

/** Cost of an unshared content word, relative to the gain of a shared one, when trimming. A quarter:
 *  a translation puts several unshared words between shared ones and must not be cut apart, but a lone
 *  shared word a sentence away from the rest must not stretch the span. */
const UNSHARED_COST = 0.25

/**
 * The densest part of [from, to) of one side: the token range with the highest sum of +weight for
 * each shared content word and -UNSHARED_COST·weight for each other content word (maximum subarray),
 * then widened to whole clauses within [from, to). `mark`/`stamp` tell this side's words that are also
 * in the other span: ids with `otherMark[id] === otherStamp`.
 */
export function trimToShared(
  ctx: CompareContext,
  side: Side,
  from: number,
  to: number,
  otherMark: Int32Array,
  otherStamp: number
): [number, number] {
  const ids = side.tokens.stem
  const weight = ctx.weight
  let best = 0
  let bestFrom = from
  let bestTo = from
  let sum = 0
  let runFrom = from
  for (let k = from; k < to; k++) {
    const w = weight[ids[k]]
    if (w === 0) continue
    if (sum <= 0) {
      sum = 0
      runFrom = k
    }
    sum += otherMark[ids[k]] === otherStamp ? w : -UNSHARED_COST * w
    if (sum > best) {
      best = sum
      bestFrom = runFrom
      bestTo = k + 1
    }
  }
  if (bestTo === bestFrom) return [from, to]
  return [clauseStartAt(side, bestFrom, from), clauseEndAt(side, bestTo, to)]
}

export function charSpan(side: Side, t0: number, t1: number): Span {
  return { start: listMarkerStart(side.text, side.tokens.start[t0]), end: side.tokens.end[t1 - 1] }
}
