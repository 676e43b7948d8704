// Paraphrase candidates: for a passage of A, the sentence windows of B that share the most IDF-weighted
// content words with it, found through an inverted index (stem → B sentences), widened to neighbouring
// sentences while that helps, then trimmed on both sides to the clauses where the shared words are.
import type { CompareContext } from './context'
import { emptyCandidate, measureBag, measureOrder, type Candidate } from './measure'
import { trimToShared } from './spans'

/** Windows of up to three sentences of B: a long sentence of a report often condenses two or three. */
const MAX_WINDOW = 3
/** B sentences kept per passage of A before widening: the best few are enough, and bound the work. */
const TOP_SENTENCES = 3
/** A B sentence is looked at only if it shares at least this much weight with the passage (about two
 *  distinctive words): less can never reach the acceptance threshold. */
const MIN_SEED_WEIGHT = 1.2
/** Stems in more B sentences than this are left out of the search (not out of the measurement):
 *  they are weak evidence and walking their postings would dominate the cost on long texts. */
const MAX_POSTINGS_SHARE = 0.02
const MIN_MAX_POSTINGS = 50

export interface SentenceIndex {
  /** postings[offsets[id] .. offsets[id + 1]) are the B sentences holding stem id. */
  offsets: Int32Array
  postings: Int32Array
  maxPostings: number
  /** Scratch per B sentence. */
  acc: Float64Array
  hits: Int32Array
  touched: Int32Array
}

export function buildSentenceIndex(ctx: CompareContext): SentenceIndex {
  const { tokens, seg } = ctx.b
  const size = ctx.lexicon.size
  const offsets = new Int32Array(size + 1)
  const seen = new Int32Array(size).fill(-1)
  for (let s = 0; s < seg.count; s++) {
    for (let k = seg.sentStart[s]; k < seg.sentStart[s + 1]; k++) {
      const id = tokens.stem[k]
      if (ctx.weight[id] > 0 && seen[id] !== s) {
        seen[id] = s
        offsets[id + 1]++
      }
    }
  }
  for (let id = 0; id < size; id++) offsets[id + 1] += offsets[id]
  const postings = new Int32Array(offsets[size])
  const fill = offsets.slice(0, size)
  seen.fill(-1)
  for (let s = 0; s < seg.count; s++) {
    for (let k = seg.sentStart[s]; k < seg.sentStart[s + 1]; k++) {
      const id = tokens.stem[k]
      if (ctx.weight[id] > 0 && seen[id] !== s) {
        seen[id] = s
        postings[fill[id]++] = s
      }
    }
  }
  return {
    offsets,
    postings,
    maxPostings: Math.max(MIN_MAX_POSTINGS, Math.floor(seg.count * MAX_POSTINGS_SHARE)),
    acc: new Float64Array(seg.count),
    hits: new Int32Array(seg.count),
    touched: new Int32Array(seg.count)
  }
}

/** rank of a pair: shared weight times weighted Dice, i.e. 2·S²/(Wa + Wb). It grows with more shared
 *  content and falls with unshared bulk, so widening a window pays only when it brings shared words. */
export function bagRank(c: Candidate): number {
  const total = c.weightA + c.weightB
  return total > 0 ? (2 * c.shared * c.shared) / total : 0
}

/** Best B sentences for A tokens [a0, a1), most shared weight first. */
function seedSentences(ctx: CompareContext, index: SentenceIndex, a0: number, a1: number): number[] {
  const { offsets, postings, maxPostings, acc, hits, touched } = index
  const ids = ctx.a.tokens.stem
  const stamp = ++ctx.stamp
  let touchedCount = 0
  for (let k = a0; k < a1; k++) {
    const id = ids[k]
    const w = ctx.weight[id]
    if (w === 0 || ctx.markA[id] === stamp) continue
    ctx.markA[id] = stamp
    const from = offsets[id]
    const to = offsets[id + 1]
    if (to - from > maxPostings) continue
    for (let p = from; p < to; p++) {
      const s = postings[p]
      if (hits[s] === 0) touched[touchedCount++] = s
      hits[s]++
      acc[s] += w
    }
  }
  const best: number[] = []
  for (let t = 0; t < touchedCount; t++) {
    const s = touched[t]
    if (hits[s] >= 2 && acc[s] >= MIN_SEED_WEIGHT) best.push(s)
  }
  best.sort((x, y) => acc[y] - acc[x] || x - y)
  best.length = Math.min(best.length, TOP_SENTENCES)
  for (let t = 0; t < touchedCount; t++) {
    acc[touched[t]] = 0
    hits[touched[t]] = 0
  }
  return best
}

/** Candidate pairs for A tokens [a0, a1) against sentence windows of B, trimmed and measured. When
 *  `trimA` is false the A side is kept whole (a quote is compared as quoted). */
export function paraphraseCandidates(ctx: CompareContext, index: SentenceIndex, a0: number, a1: number, trimA = true): Candidate[] {
  const seg = ctx.b.seg
  const out: Candidate[] = []
  for (const s of seedSentences(ctx, index, a0, a1)) {
    let first = s
    let last = s
    let best = emptyCandidate(a0, a1, seg.sentStart[s], seg.sentStart[s + 1])
    measureBag(ctx, best)
    let bestRank = bagRank(best)
    // Widen one sentence at a time, to whichever side helps more, within the paragraph.
    while (last - first + 1 < MAX_WINDOW) {
      let grown: Candidate | null = null
      for (const [f, l] of [
        [first - 1, last],
        [first, last + 1]
      ]) {
        if (f < 0 || l >= seg.count || seg.paragraphOf[f] !== seg.paragraphOf[l]) continue
        const c = emptyCandidate(a0, a1, seg.sentStart[f], seg.sentStart[l + 1])
        measureBag(ctx, c)
        if (bagRank(c) > bestRank && (grown === null || bagRank(c) > bagRank(grown))) grown = c
      }
      if (grown === null) break
      best = grown
      bestRank = bagRank(grown)
      first = seg.sentenceOf[grown.b0]
      last = seg.sentenceOf[grown.b1 - 1]
    }
    const c = trimBoth(ctx, best, trimA)
    if (!out.some((o) => o.a0 === c.a0 && o.a1 === c.a1 && o.b0 === c.b0 && o.b1 === c.b1)) out.push(c)
  }
  return out
}

/** Trims B to the clauses holding words shared with A, then A against what is left of B, then B again
 *  against what is left of A: each side is trimmed against the other's final extent, so a word shared
 *  only with a part that was trimmed away does not hold the other side open. */
function trimBoth(ctx: CompareContext, window: Candidate, trimA: boolean): Candidate {
  const c = emptyCandidate(window.a0, window.a1, window.b0, window.b1)
  let marks = measureBag(ctx, c)
  ;[c.b0, c.b1] = trimToShared(ctx, ctx.b, c.b0, c.b1, ctx.markA, marks.stampA)
  if (trimA) {
    marks = measureBag(ctx, c)
    ;[c.a0, c.a1] = trimToShared(ctx, ctx.a, c.a0, c.a1, ctx.markB, marks.stampB)
    marks = measureBag(ctx, c)
    ;[c.b0, c.b1] = trimToShared(ctx, ctx.b, c.b0, c.b1, ctx.markA, marks.stampA)
  }
  measureBag(ctx, c)
  measureOrder(ctx, c)
  return c
}
