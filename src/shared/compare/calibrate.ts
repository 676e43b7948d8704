// The score a reader sees: how likely a pair is reuse, from what was measured about it and about the
// other pairs of the same two texts. A logistic model fitted on the tuning part of the labelled set
// (scripts/calibrate-compare.ts prints the coefficients); the held-out part was not used.
import type { CompareContext } from './context'
import type { Candidate } from './measure'

/** What the model looks at, each roughly 0..1 or a small count. */
export interface PairFeatures {
  /** Words equal in order (verbatim, close) or weighted content overlap (paraphrase): the raw score. */
  similarity: number
  /** 1 for verbatim and close pairs: words in order are stronger evidence than shared words. */
  inOrder: number
  /** Distinct shared content words that are not common words of English (log2 of 1 + count). */
  rare: number
  /** Length of A's side in words (log2). */
  length: number
  /** How much of the shorter text the other pairs of the two texts cover (0..1): reuse comes in
   *  stretches, while a lone stock phrase or a loose paraphrase of a topic sentence between two texts on
   *  one topic is alone (and a lone pair is judged by itself: its similarity, length and words). */
  support: number
  /** How much of the shorter text this pair is (0..1): a sentence copied from a one-sentence text is
   *  all of it, a stock phrase is a sliver of a report. */
  self: number
  /** Share of A's words inside quotation marks: a reporter who quotes says the words are someone's. */
  quoted: number
}

export function pairFeatures(ctx: CompareContext, chosen: readonly Candidate[]): PairFeatures[] {
  const shorter = Math.max(1, Math.min(ctx.a.tokens.count, ctx.b.tokens.count))
  const words = (c: Candidate): number => Math.min(c.a1 - c.a0, c.b1 - c.b0)
  const covered = chosen.reduce((n, c) => n + words(c), 0)
  return copiedRuns(ctx, chosen).map((run, i) => {
    const c = chosen[i]
    // A stretch copied over several sentences is judged whole: each of its sentences is a piece of one
    // longer copy, not a lone sentence that might be a stock phrase.
    const length = run.reduce((n, x) => n + (x.a1 - x.a0), 0)
    const own = run.reduce((n, x) => n + words(x), 0)
    return {
      similarity: c.score,
      inOrder: c.kind === 'paraphrase' ? 0 : 1,
      rare: Math.log2(1 + run.reduce((n, x) => n + x.sharedRareCount, 0)),
      length: Math.log2(Math.max(1, length)),
      support: Math.min(1, (covered - own) / shorter),
      self: Math.min(1, own / shorter),
      quoted: run.reduce((n, x) => n + quotedShare(ctx, x) * (x.a1 - x.a0), 0) / Math.max(1, length)
    }
  })
}

/** For each pair (chosen is sorted by A), the verbatim pairs it is one copied stretch with: verbatim
 *  pairs next to each other in both texts, nothing but marks between them, in one paragraph of each. */
function copiedRuns(ctx: CompareContext, chosen: readonly Candidate[]): Candidate[][] {
  const runs = chosen.map((c) => [c])
  const paragraphA = (k: number): number => ctx.a.seg.paragraphOf[ctx.a.seg.sentenceOf[k]]
  const paragraphB = (k: number): number => ctx.b.seg.paragraphOf[ctx.b.seg.sentenceOf[k]]
  for (let i = 1; i < chosen.length; i++) {
    const x = chosen[i - 1]
    const y = chosen[i]
    const joined =
      x.kind === 'verbatim' &&
      y.kind === 'verbatim' &&
      x.a1 === y.a0 &&
      x.b1 === y.b0 &&
      paragraphA(x.a1 - 1) === paragraphA(y.a0) &&
      paragraphB(x.b1 - 1) === paragraphB(y.b0)
    if (!joined) continue
    const run = runs[i - 1]
    run.push(y)
    runs[i] = run
  }
  return runs
}

function quotedShare(ctx: CompareContext, c: Candidate): number {
  let n = 0
  for (let k = c.a0; k < c.a1; k++) n += ctx.a.quoted[k]
  return n / Math.max(1, c.a1 - c.a0)
}

/** The model's inputs, in the order of its weights (inOrder chooses the model, it is not an input). */
export const FEATURE_NAMES: readonly (keyof PairFeatures)[] = ['similarity', 'rare', 'length', 'support', 'self', 'quoted']

/** Intercept and one weight per feature (FEATURE_NAMES' order), for pairs of words in order (verbatim,
 *  close) and for paraphrases apart: the same similarity means more for words in order. */
export interface Calibration {
  inOrder: { bias: number; weights: number[] }
  paraphrase: { bias: number; weights: number[] }
}

/** Fitted on the tuning part by scripts/calibrate-compare.ts: 103 pairs of words in order (93 reuse) and
 *  89 paraphrases (71 reuse) from 59 texts. Both lean on support: between texts on one topic, a lone
 *  five-word stock phrase ("lived in the early Cretaceous period") is as verbatim as a quote, and what
 *  tells them apart is that it comes alone. The cost: a lone verbatim passage of fifteen words in a
 *  text of 150 scores 0.44 (a weaker match), one that is most of a short text 1.0; and in long texts
 *  that quote sparsely (bench/compare.bench.ts) some true close and heavily edited quotes fall under
 *  0.5. The probes of scripts/calibrate-compare.ts print such cases. */
export const CALIBRATION: Calibration = {
  inOrder: { bias: -8.66, weights: [2.262, 1.063, 0.731, 7.527, 5.347, 2.148] },
  paraphrase: { bias: -10.888, weights: [2.458, 0.979, 1.221, 8.872, 3.73, 3.43] }
}

export function reuseProbability(f: PairFeatures, model: Calibration = CALIBRATION): number {
  const m = f.inOrder ? model.inOrder : model.paraphrase
  let z = m.bias
  FEATURE_NAMES.forEach((name, i) => (z += m.weights[i] * f[name]))
  return 1 / (1 + Math.exp(-z))
}
