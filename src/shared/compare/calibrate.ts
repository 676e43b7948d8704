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
  const covered = chosen.reduce((n, c) => n + Math.min(c.a1 - c.a0, c.b1 - c.b0), 0)
  return chosen.map((c) => ({
    similarity: c.score,
    inOrder: c.kind === 'paraphrase' ? 0 : 1,
    rare: Math.log2(1 + c.sharedRareCount),
    length: Math.log2(Math.max(1, c.a1 - c.a0)),
    support: Math.min(1, (covered - Math.min(c.a1 - c.a0, c.b1 - c.b0)) / shorter),
    self: Math.min(1, Math.min(c.a1 - c.a0, c.b1 - c.b0) / shorter),
    quoted: quotedShare(ctx, c)
  }))
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
