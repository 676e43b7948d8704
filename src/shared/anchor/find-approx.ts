import { BitPattern, anchoredDistances, scanMatchEnds } from './bit-vector'
import type { ContextScorer } from './context'
import { occurrences } from './find-exact'
import { GRAM, type PieceFinder } from './gram-index'
import { distanceToHints, positionCost } from './score'

/** A place in the text that may hold the quote. */
export interface Candidate {
  start: number
  end: number
  /** Edits between the quote and text[start, end). */
  quoteErrors: number
}

/** The quote compiled for reading forward (to find match ends) and backward (to find their starts). */
export interface QuotePatterns {
  forward: BitPattern
  backward: BitPattern
}

/** Places found by one approximate search, and a floor under the cost of any it left out. */
export interface ApproximateFind {
  candidates: Candidate[]
  /**
   * Least quote errors plus position cost of a place not returned because the search stopped at
   * MAX_PLACES: its context is unknown, so this is all that can be said of it.
   */
  skippedCost: number
}

/**
 * Distinct places kept from one search. Beyond a handful of near-equal places the quote is ambiguous
 * anyway, and each place kept costs a context alignment per end and start considered.
 */
const MAX_PLACES = 16

/** Range is [from, to) of the text. */
export type Range = [number, number]

/**
 * Places within `maxErrors` edits of the quote in the given ranges, each with the ends and start that
 * best agree with the stored context: edits at a quote's edge leave several equally good boundaries,
 * and the context tells which one the reader's selection had.
 */
export function approximateCandidates(
  text: string,
  quote: QuotePatterns,
  context: ContextScorer,
  ranges: readonly Range[],
  maxErrors: number,
  /** Ends of the exact copies of the quote, sorted. */
  exactEnds: readonly number[],
  /** Where the passage is expected to start. */
  hints: readonly number[] = []
): ApproximateFind {
  const byEnd = new Map<number, number>()
  const ends: number[] = []
  for (const [from, to] of ranges) {
    const found = scanMatchEnds(quote.forward, text, from, to, maxErrors)
    for (let i = 0; i < found.ends.length; i++) {
      const e = found.ends[i]
      const known = byEnd.get(e)
      if (known === undefined) ends.push(e)
      if (known === undefined || found.errors[i] < known) byEnd.set(e, found.errors[i])
    }
  }
  // Cheapest ends first, by what is known before aligning any context: quote errors and position. An
  // end within half a quote of one already taken is the same place seen again. Exact copies are found
  // and scored apart, so their places are taken from the start.
  const length = quote.forward.length
  const known = new Map<number, number>()
  const position = (e: number) => (hints.length === 0 ? 0 : positionCost(distanceToHints(e - length, hints)))
  for (const e of ends) known.set(e, byEnd.get(e)! + position(e))
  ends.sort((a, b) => known.get(a)! - known.get(b)! || a - b)
  const samePlace = (a: number, b: number) => Math.abs(a - b) * 2 < length
  const atExactPlace = (e: number) => hasWithin(exactEnds, e, (length - 1) >> 1)
  const taken: number[] = []
  let skippedCost = Infinity
  for (const e of ends) {
    if (taken.some((t) => samePlace(t, e)) || atExactPlace(e)) continue
    if (taken.length === MAX_PLACES) {
      skippedCost = known.get(e)!
      break
    }
    taken.push(e)
  }
  const candidates: Candidate[] = []
  const seen = new Set<string>()
  for (const e of taken) {
    const c = refine(text, quote, context, byEnd, e, maxErrors)
    const key = `${c.start}:${c.end}`
    // Refining may have moved the end onto an exact copy's place.
    if (c.end > c.start && !seen.has(key) && !atExactPlace(c.end)) {
      seen.add(key)
      candidates.push(c)
    }
  }
  return { candidates, skippedCost }
}

/**
 * Places where the stored prefix and suffix both occur exactly, in that order, with between them a
 * stretch within `maxErrors` edits of the quote. Found from the context, not the quote, so they cover
 * passages edited too much for the quote search, when the text around them was left alone.
 */
export function bracketCandidates(
  text: string,
  quote: QuotePatterns,
  prefix: string,
  suffix: string,
  ranges: readonly Range[],
  maxErrors: number
): Candidate[] {
  const length = quote.forward.length
  const candidates: Candidate[] = []
  for (const [from, to] of ranges) {
    const starts = occurrences(text, prefix, from - prefix.length, to).map((at) => at + prefix.length)
    const ends = occurrences(text, suffix, from, to + suffix.length)
    for (const start of starts) {
      for (const end of ends) {
        const span = end - start
        if (span < length - maxErrors || span > length + maxErrors) continue
        const errors = anchoredDistances(quote.forward, text, start, 1, span)[span]
        if (errors <= maxErrors) candidates.push({ start, end, quoteErrors: errors })
        if (candidates.length === MAX_PLACES) return candidates
      }
    }
  }
  return candidates
}

/** Whether the sorted list holds a value within `radius` of x. */
function hasWithin(sorted: readonly number[], x: number, radius: number): boolean {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid] < x - radius) lo = mid + 1
    else hi = mid
  }
  return lo < sorted.length && sorted[lo] <= x + radius
}

function refine(
  text: string,
  quote: QuotePatterns,
  context: ContextScorer,
  byEnd: Map<number, number>,
  end0: number,
  maxErrors: number
): Candidate {
  // End: where the stored suffix follows exactly, if anywhere: 32 characters of context do not match
  // by chance, and counting errors by character would otherwise favour cutting off a passage's tail
  // over spanning a sentence inserted into it. Failing that, the fewest quote plus suffix errors; an
  // end with more quote errors than end0's quote and suffix errors together cannot win, so it is not
  // aligned.
  let end = end0
  let endCost = byEnd.get(end0)! + context.suffixErrors(text, end0)
  let pinned = false
  for (let e = end0 - maxErrors; e <= end0 + maxErrors; e++) {
    const errors = byEnd.get(e)
    if (errors === undefined) continue
    if (context.suffix.length > 0 && context.matchesSuffix(text, e)) {
      if (!pinned || errors < endCost) [end, endCost, pinned] = [e, errors, true]
      continue
    }
    if (pinned || e === end0 || errors >= endCost) continue
    const cost = errors + context.suffixErrors(text, e)
    if (cost < endCost || (cost === endCost && Math.abs(e - end0) < Math.abs(end - end0))) {
      end = e
      endCost = cost
    }
  }
  // Start: read the reversed quote backward from the end; the same preference for an exact prefix, then
  // the fewest errors, and the shortest of the best spans wins a tie, so that text inserted at the
  // edge of a passage is left outside it, as the reader did not select it.
  const longest = Math.min(end, quote.forward.length + maxErrors)
  const distances = anchoredDistances(quote.backward, text, end, -1, longest)
  let fewest = 1
  for (let j = 2; j <= longest; j++) if (distances[j] < distances[fewest]) fewest = j
  let span = fewest
  let spanCost = distances[fewest] + context.prefixErrors(text, end - fewest)
  // A span with more quote errors than the fewest-errors span's total cannot win: not aligned.
  const bound = spanCost
  pinned = false
  for (let j = 1; j <= longest; j++) {
    if (distances[j] > maxErrors) continue
    if (context.prefix.length > 0 && context.matchesPrefix(text, end - j)) {
      if (!pinned || distances[j] < spanCost) [span, spanCost, pinned] = [j, distances[j], true]
      continue
    }
    if (pinned || j === fewest || distances[j] > bound) continue
    const cost = distances[j] + context.prefixErrors(text, end - j)
    if (cost < spanCost || (cost === spanCost && j < span)) {
      span = j
      spanCost = cost
    }
  }
  const spanErrors = distances[span]
  return { start: end - span, end, quoteErrors: spanErrors }
}

/**
 * Ranges of the text that can hold the quote with at most `maxErrors` edits. Cut into maxErrors + 2
 * pieces, a copy with that many edits keeps at least two pieces intact (each edit spoils at most one),
 * and both occur where they belong to within 2·maxErrors. Intact pieces are found at native speed
 * (indexOf, or a GramIndex); only the text around two agreeing pieces needs the bit-vector scan. With
 * one piece to spare rather than none, a common piece like " of the " no longer sends the scan to
 * every place it occurs.
 */
export function pieceRanges(text: string, quote: string, maxErrors: number, finder?: PieceFinder): Range[] {
  const pieces = maxErrors + 2
  // Each hit as (where the quote would start) · 64 + piece: sorted, hits of one place are adjacent.
  const hits: number[] = []
  for (let i = 0; i < pieces; i++) {
    const from = Math.floor((i * quote.length) / pieces)
    const piece = quote.slice(from, Math.floor(((i + 1) * quote.length) / pieces))
    const part = finder ? finder.rarest(piece) : -1
    const needle = part < 0 ? piece : piece.slice(part, part + GRAM)
    const offset = from + Math.max(0, part)
    for (const at of finder ? finder.find(needle) : occurrences(text, needle)) hits.push((at - offset) * 64 + i)
  }
  const sorted = Float64Array.from(hits).sort()
  const ranges: Range[] = []
  for (let j = 0; j < sorted.length; j++) {
    const start = Math.floor(sorted[j] / 64)
    const piece = sorted[j] - start * 64
    for (let i = j + 1; i < sorted.length; i++) {
      const other = Math.floor(sorted[i] / 64)
      if (other - start > 2 * maxErrors) break
      if (sorted[i] - other * 64 !== piece) {
        ranges.push([Math.max(0, start - maxErrors), Math.min(text.length, other + quote.length + maxErrors)])
        break
      }
    }
  }
  return mergeRanges(ranges)
}

/** Sorted, with overlapping or touching ranges joined. */
export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  const merged: Range[] = []
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1]
    if (last && from <= last[1]) last[1] = Math.max(last[1], to)
    else merged.push([from, to])
  }
  return merged
}
