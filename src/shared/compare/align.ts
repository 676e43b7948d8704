// align(): the passages of text A that quote, closely quote or paraphrase passages of text B.
import { pairFeatures, reuseProbability, type PairFeatures } from './calibrate'
import { chainRuns } from './chains'
import {
  ALIGN_THRESHOLDS,
  classify,
  DEFAULT_MIN_SCORE,
  MIN_CHAIN_CONTENT,
  QUOTATION_THRESHOLDS,
  SENTENCE_THRESHOLDS,
  type Thresholds
} from './classify'
import { createContext, type CompareContext } from './context'
import { isCopiedStretch, splitAtCopiedStretches } from './copied'
import { localCandidate } from './extend'
import type { Candidate } from './measure'
import { buildSentenceIndex, paraphraseCandidates } from './paraphrase'
import { buildGramIndex, findRuns } from './seeds'
import { selectPairs } from './select'
import { isAttribution } from './speaker'
import { charSpan, stretchEndOf, stretchStartOf } from './spans'
import type { AlignedPair, AlignOptions } from './types'

/** Pairs sorted by their start in A. Deterministic: the same texts always give the same pairs. Weak
 *  pairs (score under options.minScore) are left out after selection, so that asking for them only
 *  adds pairs and never moves the others. */
export function align(textA: string, textB: string, options: AlignOptions = {}): AlignedPair[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE
  return alignWithFeatures(textA, textB, options)
    .map((x) => x.pair)
    .filter((p) => p.score >= minScore)
}

/** Every pair selected, whatever its score, with what its score was computed from (for calibration). */
export function alignWithFeatures(
  textA: string,
  textB: string,
  options: AlignOptions = {}
): { pair: AlignedPair; features: PairFeatures }[] {
  const ctx = createContext(textA, textB, options.synonyms)
  const chosen = alignCandidates(ctx, options)
  const features = pairFeatures(ctx, chosen)
  return chosen.map((c, i) => ({ pair: toPair(ctx, c, reuseProbability(features[i])), features: features[i] }))
}

export function toPair(ctx: CompareContext, c: Candidate, score = c.score): AlignedPair {
  return { a: charSpan(ctx.a, c.a0, c.a1), b: charSpan(ctx.b, c.b0, c.b1), kind: c.kind, score: round(score) }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}

/** Every accepted candidate of both passes, before selection. */
export function collectCandidates(ctx: CompareContext, options: AlignOptions = {}): Candidate[] {
  const nA = ctx.a.tokens.count
  const nB = ctx.b.tokens.count
  const pool: Candidate[] = []
  // Pass 1, seeds: verbatim and close passages (and heavily edited quotes that kept a few 3-grams).
  const runs = findRuns(ctx, buildGramIndex(ctx), 0, nA, new Int32Array(nA + nB + 1))
  const exact = new Uint8Array(nA)
  // The words of a close pair left over beside the copied stretches it was cut around ("thanked"
  // against "thank" before a copied quote): still matched in order, so no looser pair claims them.
  const keptA = new Uint8Array(nA)
  const keptB = new Uint8Array(nB)
  for (const chain of chainRuns(ctx, runs)) {
    if (chain.content < MIN_CHAIN_CONTENT) continue
    const c = localCandidate(ctx, chain)
    const isPair = classify(c, thresholdsOf(ctx, c))
    const pieces = isPair && c.kind === 'verbatim' ? null : splitAtCopiedStretches(ctx, c, (p) => thresholdsOf(ctx, p))
    for (const p of pieces ?? (isPair ? [c] : [])) {
      pool.push(p)
      if (p.kind !== 'paraphrase') exact.fill(1, p.a0, p.a1)
    }
    // The words of a close pair cut around a copied stretch stay matched: the sentence windows do not
    // make a paraphrase of what is left of it.
    if (pieces && isPair && c.kind !== 'paraphrase') {
      exact.fill(1, c.a0, c.a1)
      keptA.fill(1, c.a0, c.a1)
      keptB.fill(1, c.b0, c.b1)
      for (const p of pieces) {
        keptA.fill(0, p.a0, p.a1)
        keptB.fill(0, p.b0, p.b1)
      }
    }
  }
  if (options.paraphrase === false) return pool
  // Pass 2, sentence windows: reworded passages. Each sentence not wholly matched verbatim or closely
  // is searched whole, and so is each stretch of five words or more of it left unmatched: a sentence
  // that quotes one part closely and rewords the rest gets both.
  const index = buildSentenceIndex(ctx)
  const seg = ctx.a.seg
  const search = (a0: number, a1: number): void => {
    for (const c of paraphraseCandidates(ctx, index, a0, a1))
      if (!keptA.subarray(c.a0, c.a1).includes(1) && !keptB.subarray(c.b0, c.b1).includes(1) && classify(c, ALIGN_THRESHOLDS, false))
        pool.push(c)
  }
  for (let s = 0; s < seg.count; s++) {
    const start = seg.sentStart[s]
    const end = seg.sentStart[s + 1]
    let matched = 0
    for (let k = start; k < end; k++) matched += exact[k]
    if (matched === end - start) continue
    search(start, end)
    if (matched === 0) continue
    for (let a0 = start; a0 < end;) {
      if (exact[a0]) {
        a0++
        continue
      }
      let a1 = a0 + 1
      while (a1 < end && !exact[a1]) a1++
      if (a1 - a0 >= ALIGN_THRESHOLDS.minWords && !isQuoteAttribution(ctx, a0, a1)) search(a0, a1)
      a0 = a1
    }
  }
  return pool
}

/** Whether A[a0, a1) is unquoted words that only say who speaks the quote next to them: left over
 *  beside a quote matched word for word, they are the reporter's framing, not a reworded passage. */
function isQuoteAttribution(ctx: CompareContext, a0: number, a1: number): boolean {
  const A = ctx.a
  for (let k = a0; k < a1; k++) if (A.quoted[k]) return false
  const nextToQuote = (a0 > 0 && A.quoted[a0 - 1] === 1) || (a1 < A.tokens.count && A.quoted[a1] === 1)
  return nextToQuote && isAttribution(A.text.slice(A.tokens.start[a0], A.tokens.end[a1 - 1]))
}

/** Whether A's side of c is (nearly: four fifths of) the words of one quotation. */
export function isWholeQuotation(ctx: CompareContext, c: Candidate): boolean {
  for (let k = c.a0; k < c.a1; k++) if (!ctx.a.quoted[k]) return false
  const stretch = stretchEndOf(ctx.a, c.a1 - 1) - stretchStartOf(ctx.a, c.a0)
  return c.a1 - c.a0 >= 0.8 * stretch
}

/** A copied sentence's thresholds are the loosest (it has at least their fewest words), then a whole
 *  quotation's. */
function thresholdsOf(ctx: CompareContext, c: Candidate): Thresholds {
  if (isCopiedStretch(ctx, c)) return SENTENCE_THRESHOLDS
  return isWholeQuotation(ctx, c) ? QUOTATION_THRESHOLDS : ALIGN_THRESHOLDS
}

export function alignCandidates(ctx: CompareContext, options: AlignOptions = {}): Candidate[] {
  return selectPairs(ctx, collectCandidates(ctx, options))
}
