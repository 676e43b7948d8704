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
  /** Other pairs of the same texts that are strong on their own (verbatim or close, or a paraphrase
   *  sharing at least four rare words), up to four: reuse comes in clusters; a lone loose paraphrase
   *  between two texts on one topic is most often a shared stock sentence. */
  support: number
}

export function pairFeatures(ctx: CompareContext, chosen: readonly Candidate[]): PairFeatures[] {
  void ctx
  const strong = chosen.map((c) => c.kind !== 'paraphrase' || c.sharedRareCount >= 4)
  const strongCount = strong.filter(Boolean).length
  return chosen.map((c, i) => ({
    similarity: c.score,
    inOrder: c.kind === 'paraphrase' ? 0 : 1,
    rare: Math.log2(1 + c.sharedRareCount),
    length: Math.log2(Math.max(1, c.a1 - c.a0)),
    support: Math.min(4, strongCount - (strong[i] ? 1 : 0))
  }))
}

/** The model's inputs, in the order of its weights (inOrder chooses the model, it is not an input). */
export const FEATURE_NAMES: readonly (keyof PairFeatures)[] = ['similarity', 'rare', 'length', 'support']

/** Intercept and one weight per feature (FEATURE_NAMES' order), for pairs of words in order (verbatim,
 *  close) and for paraphrases apart: the first are nearly always reuse, and one model for both would
 *  judge a lone verbatim quote by how loose paraphrases behave. */
export interface Calibration {
  inOrder: { bias: number; weights: number[] }
  paraphrase: { bias: number; weights: number[] }
}

/** Fitted on the tuning part by scripts/calibrate-compare.ts: 89 pairs of words in order (88 reuse), 81
 *  paraphrases (70 reuse), from 41 texts. Pairs of words in order do not look at support: a verbatim copy
 *  is reuse whether or not the texts share anything else. */
export const CALIBRATION: Calibration = {
  inOrder: { bias: -13.997, weights: [13.126, 0.776, 1.349, 0] },
  paraphrase: { bias: -15.543, weights: [5.705, 1.461, 1.687, 1.597] }
}

export function reuseProbability(f: PairFeatures, model: Calibration = CALIBRATION): number {
  const m = f.inOrder ? model.inOrder : model.paraphrase
  let z = m.bias
  FEATURE_NAMES.forEach((name, i) => (z += m.weights[i] * f[name]))
  return 1 / (1 + Math.exp(-z))
}
