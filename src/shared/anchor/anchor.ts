import { BitPattern, reverse, scanMatchEnds } from './bit-vector'
import { ContextScorer, contextMatches, eventCost } from './context'
import type { Alternative, Decision, Stored } from './decide'
import { PINNING_LENGTH, decide, maxQuoteErrors, relevantCost } from './decide'
import type { Candidate, QuotePatterns, Range } from './find-approx'
import { approximateCandidates, bracketCandidates, mergeRanges, pieceRanges } from './find-approx'
import { occurrences } from './find-exact'
import type { PieceFinder } from './gram-index'
import type { Scored } from './score'
import { confidence, distanceToHints, positionCost, score } from './score'
import type { AnchorOptions, AnchorResult, Selectors } from './types'

/**
 * Characters searched on each side of where the passage is expected before the whole text is. Edits
 * elsewhere shift a passage by their net length; 4 K characters covers dozens of ordinary edits before
 * it, and the bit-vector scan of 8 K characters takes a fraction of a millisecond. (16 K settled more
 * edited passages without a whole-text search, but cost more in scanning than it saved: measured with
 * bench/anchor.bench.ts.)
 */
const WINDOW_RADIUS = 4096

/**
 * Near the expected place, a quarter of the quote may differ: a word replaced or a clause inserted in
 * a sentence-long highlight. More would be near chance for a short quote: two unrelated 20-character
 * stretches of prose are about 12 edits apart. A quote edited more than that is still found when its
 * context brackets it (bracketCandidates). Quotes under 4 characters get no errors: one edit in
 * "the" leaves nothing to recognise it by.
 */
export function nearErrors(quoteLength: number): number {
  return Math.floor(quoteLength / 4)
}

/**
 * Far from it, the quote must carry the evidence by itself, so fewer: about an eighth, at most 32.
 * Then the pieces of pieceRanges are 8 characters or longer, rare enough in prose to find few places.
 */
export function farErrors(quoteLength: number): number {
  return Math.min(32, Math.floor(quoteLength / 8) - 2)
}

/**
 * Exact occurrences scored in one whole-text pass, nearest first. A quote like "the" occurs tens of
 * thousands of times in a long text; past this many, the nearest unscored one bounds the rest.
 */
const MAX_EXACT_SCORED = 2000

/**
 * Finds the passage described by `selectors` in `text`. Cheapest evidence first: the quote and its
 * context where they were (or where `options.expectedStart` says); then exact copies near there; then
 * approximate ones near there, found by the quote or between its intact prefix and suffix; then the
 * whole text. Returns an orphan rather than a doubtful place.
 */
export function anchor(text: string, selectors: Selectors, options: AnchorOptions = {}): AnchorResult {
  return anchorSharing(text, selectors, options)
}

/** anchor(), with the piece searches of the whole text going through `pieces`, shared by a batch. */
export function anchorSharing(text: string, selectors: Selectors, options: AnchorOptions, pieces?: PieceFinder): AnchorResult {
  const { exact, prefix, suffix } = selectors.quote
  if (exact.length === 0) return { status: 'orphan', reason: 'empty-quote' }
  // Most passages of an article opened again are where they were, or shifted as a block: check the
  // hinted places with plain string comparisons before building anything.
  const intact = (at: number | undefined): at is number =>
    Number.isInteger(at) && at! >= 0 && text.startsWith(exact, at) && contextMatches(text, at!, at! + exact.length, prefix, suffix)
  const { start, end } = selectors.position
  if (intact(start)) return { status: end === start + exact.length ? 'exact' : 'moved', start, end: start + exact.length, score: 1 }
  const expected = options.expectedStart
  if (intact(expected)) return { status: 'moved', start: expected, end: expected + exact.length, score: 1 }
  return new QuoteSearch(text, selectors, options, pieces).run()
}

class QuoteSearch {
  private readonly exact: string
  private readonly context: ContextScorer
  private readonly hints: number[]
  private readonly stored: Stored
  private readonly window: Range[]
  private readonly pool = new Map<string, Scored>()
  /** Starts of the exact copies in the text searched so far, sorted: a near-miss at one's place is that copy. */
  private exactStarts: number[] = []
  private patterns?: QuotePatterns

  constructor(
    private readonly text: string,
    private readonly selectors: Selectors,
    options: AnchorOptions,
    private readonly pieces?: PieceFinder
  ) {
    const { exact, prefix, suffix } = selectors.quote
    this.exact = exact
    this.context = new ContextScorer(prefix, suffix)
    this.stored = { quote: exact.length, prefix: prefix.length, suffix: suffix.length }
    const clamp = (n: number) => Math.max(0, Math.min(text.length, Math.round(n)))
    const hints = [clamp(Number.isFinite(selectors.position.start) ? selectors.position.start : 0)]
    if (options.expectedStart !== undefined && Number.isFinite(options.expectedStart)) {
      const expected = clamp(options.expectedStart)
      if (expected !== hints[0]) hints.unshift(expected)
    }
    this.hints = hints
    this.window = mergeRanges(hints.map((h) => [Math.max(0, h - WINDOW_RADIUS), Math.min(text.length, h + exact.length + WINDOW_RADIUS)]))
  }

  run(): AnchorResult {
    const { text, exact, context } = this

    // Near the expected place: exact copies, then approximate ones.
    const near = this.window.flatMap(([from, to]) => occurrences(text, exact, from, to))
    this.exactStarts = near
    for (const at of near) this.add({ start: at, end: at + exact.length, quoteErrors: 0 })
    // An exact copy with its exact context ends the search: nothing can beat it (see decide()).
    const intact = near.filter((at) => context.matchesExactly(text, at, at + exact.length))
    if (intact.length > 0) {
      const nearest = intact.reduce((a, b) => (distanceToHints(a, this.hints) <= distanceToHints(b, this.hints) ? a : b))
      return this.result(this.add({ start: nearest, end: nearest + exact.length, quoteErrors: 0 }), 1)
    }
    const alternatives: Alternative[] = []
    const nearK = nearErrors(exact.length)
    if (nearK > 0) alternatives.push(...this.addApproximate(this.window, nearK))
    const { prefix, suffix } = this.selectors.quote
    if (prefix.length >= PINNING_LENGTH && suffix.length >= PINNING_LENGTH) {
      this.patterns ??= { forward: new BitPattern(exact), backward: new BitPattern(reverse(exact)) }
      const bracketed = bracketCandidates(text, this.patterns, prefix, suffix, this.window, maxQuoteErrors(exact.length))
      for (const c of bracketed) this.add(c)
    }
    const unexplored: Alternative = { cost: positionCost(WINDOW_RADIUS), reason: 'ambiguous' }
    const early = this.decideWith([...alternatives, unexplored])
    if ('accept' in early) return this.result(early.accept, confidence(early.accept, this.size()))

    // The whole text: every exact copy, then approximate copies with fewer errors.
    const rest = alternatives
    const all = this.pieces ? this.pieces.find(exact) : occurrences(text, exact)
    this.exactStarts = all
    const unseen = all.filter((at) => !this.pool.has(`${at}:${at + exact.length}`))
    const perfect = unseen.filter((at) => context.matchesExactly(text, at, at + exact.length))
    for (const at of perfect) this.add({ start: at, end: at + exact.length, quoteErrors: 0 })
    if (perfect.length === 0) rest.push(...this.addNearestExact(unseen))
    // A place outside the window costs at least the window's position cost plus its quote errors, and
    // only matters if it comes within the margin of the best place so far: no need to allow more errors.
    let best = Infinity
    for (const c of this.pool.values()) best = Math.min(best, c.cost)
    const farK = Math.min(farErrors(exact.length), Math.ceil(relevantCost(best) - positionCost(WINDOW_RADIUS)) - 1)
    if (farK > 0) rest.push(...this.addApproximate(pieceRanges(text, exact, farK, this.pieces), farK))
    const last = this.decideWith(rest)
    if ('accept' in last) return this.result(last.accept, confidence(last.accept, this.size()))
    return { status: 'orphan', reason: last.reject }
  }

  private add(c: Candidate): Scored {
    const key = `${c.start}:${c.end}`
    let scored = this.pool.get(key)
    if (!scored) {
      scored = score(this.text, c, this.context, this.hints)
      this.pool.set(key, scored)
    }
    return scored
  }

  private addApproximate(ranges: Range[], maxErrors: number): Alternative[] {
    this.patterns ??= { forward: new BitPattern(this.exact), backward: new BitPattern(reverse(this.exact)) }
    // A near-miss at an exact copy's place is that copy with its edges moved: scoring both would make
    // one place look like two rival places.
    const exactEnds = this.exactStarts.map((at) => at + this.exact.length)
    const found = approximateCandidates(this.text, this.patterns, this.context, ranges, maxErrors, exactEnds, this.hints)
    for (const c of found.candidates) this.add(c)
    return found.skippedCost === Infinity ? [] : [{ cost: found.skippedCost, reason: 'ambiguous' }]
  }

  /** Scores exact copies nearest first, as long as one could still matter; bounds the rest. */
  private addNearestExact(starts: number[]): Alternative[] {
    const sorted = starts.map((at) => ({ at, d: distanceToHints(at, this.hints) })).sort((a, b) => a.d - b.d)
    let best = Infinity
    for (const c of this.pool.values()) best = Math.min(best, c.cost)
    for (let i = 0; i < sorted.length; i++) {
      const floor = positionCost(sorted[i].d)
      if (floor >= relevantCost(best)) return []
      if (i === MAX_EXACT_SCORED) return [{ cost: floor, reason: 'ambiguous' }]
      best = Math.min(best, this.add({ start: sorted[i].at, end: sorted[i].at + this.exact.length, quoteErrors: 0 }).cost)
    }
    return []
  }

  private decideWith(alternatives: readonly Alternative[]): Decision {
    const twin = (a: Scored, b: Scored) => this.windowText(a) === this.windowText(b)
    const first = decide([...this.pool.values()], this.stored, twin, alternatives)
    if (!('accept' in first)) return first
    const gone = this.goneCost(relevantCost(first.accept.cost))
    if (gone === Infinity) return first
    return decide([...this.pool.values()], this.stored, twin, [...alternatives, { cost: gone, reason: 'low-confidence' }])
  }

  /**
   * Cost of the reading "the passage was deleted here": deleting the quote, plus the edits between the
   * stored prefix + suffix and the text near the expected place. Without it, a quote that recurs in
   * or near its own context (" the " in "… the cat and the dog …") would be found next door after its
   * deletion. Infinity when it cannot come under `limit`.
   */
  private goneCost(limit: number): number {
    const room = Math.ceil(limit) - eventCost(this.exact.length)
    if (room < 0) return Infinity
    const { prefix, suffix } = this.selectors.quote
    if (prefix.length + suffix.length === 0) return eventCost(this.exact.length)
    const joined = new BitPattern(prefix + suffix)
    const { atTextStart, atTextEnd } = this.context
    let fewest = Infinity
    for (const [from, to] of this.window) {
      const found = scanMatchEnds(joined, this.text, from, to, room)
      for (let i = 0; i < found.ends.length; i++) {
        const e = found.ends[i]
        // As for a candidate, context that sat at an edge of the text costs one edit for not reaching it.
        const edges = (atTextStart && e > joined.length ? 1 : 0) + (atTextEnd && e < this.text.length ? 1 : 0)
        fewest = Math.min(fewest, found.errors[i] + edges)
      }
    }
    // Context found only at about the level of chance (a quarter of it wrong or worse) is no sign of
    // a deletion: unrelated prose aligns with it that well anywhere.
    if (fewest > (prefix.length + suffix.length) / 4) return Infinity
    return eventCost(this.exact.length) + fewest
  }

  private windowText(c: Scored): string {
    return this.text.slice(Math.max(0, c.start - this.stored.prefix), c.end + this.stored.suffix)
  }

  private size(): number {
    return this.stored.quote + this.stored.prefix + this.stored.suffix
  }

  private result(c: Candidate, score: number): AnchorResult {
    const { start, end } = this.selectors.position
    const status = c.quoteErrors > 0 ? 'fuzzy' : c.start === start && c.end === end ? 'exact' : 'moved'
    return { status, start: c.start, end: c.end, score }
  }
}
