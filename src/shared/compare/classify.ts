// Which kind a candidate pair is, how sure, and whether it is a pair at all.
import { bagDice, wordDice, type Candidate } from './measure'

/** Verbatim: at most about one word in thirty-five differs (a slip, a dropped article). */
export const VERBATIM_DICE = 0.97
/** Close: at least four words in five equal and in order; a few changed, added or dropped. */
export const CLOSE_DICE = 0.8

/** Least score of a pair shown by default. The score is the calibrated chance that a pair is reuse
 *  (calibrate.ts), so this shows the pairs more likely reuse than not. Chosen on the tuning part of the
 *  labelled set (src/testing/compare-eval; scripts/calibrate-compare.ts prints the table): there, pairs
 *  shown are reuse 99% of the time, none of 24 independent same-topic texts gets a pair, and every
 *  light and heavy rewrite, every lone quote and the seed pair's five pairs are shown. Weaker pairs are not dropped: align(a, b, { minScore: 0 })
 *  returns them ("Show weaker matches", `diptych align --min-score 0`). */
export const DEFAULT_MIN_SCORE = 0.5

export interface Thresholds {
  /** Fewest words equal in order for a verbatim or close pair, and fewest words on each side of a
   *  paraphrase. Five: "in the middle of the", "trade and economic cooperation" or a name with a
   *  title is shorter than most quotes worth showing, and chance repeats of five words with content
   *  words in them are rare. */
  minWords: number
  /** Least weight of shared content words for a verbatim or close pair (about two distinctive words;
   *  common words count for little, see Candidate.sharedRare), so that a run of function words with
   *  one noun ("in the region of the") or an idiom ("at the end of the day") is no pair. */
  minSharedExact: number
  /** Paraphrase: fewest distinct shared content words (three: two shared nouns are a topic, not a
   *  passage); least evidence, shared weight × weighted Dice = 2·S²/(Wa + Wb), about three distinctive
   *  words out of six on each side, or four out of ten; and least weighted Dice, so that a long window
   *  cannot collect evidence from its bulk alone. */
  minSharedCount: number
  /** ...of which at least this many are not common words of English: "the end of the day in the
   *  region" shares three content words and says nothing. */
  minSharedRare: number
  minEvidence: number
  minBagDice: number
}

export const ALIGN_THRESHOLDS: Thresholds = {
  minWords: 5,
  minSharedExact: 1.5,
  minSharedCount: 3,
  minSharedRare: 1,
  minEvidence: 1.0,
  minBagDice: 0.2
}

/** A chain of seeds whose runs weigh less than this (Chain.content) is not worth extending: no pair
 *  can be made of it, since the least any pair needs (QUOTATION_THRESHOLDS) is 0.5. Below half of that
 *  it is mostly function words or words found everywhere, e.g. one sentence repeated all through. */
export const MIN_CHAIN_CONTENT = 0.25

/** For a passage that is a whole quotation of A (between its quotation marks): the reporter says these
 *  are the source's words, so a short one ("It was not one moment") is checked, not filtered out. Three
 *  words with one content word: shorter quotes are scare quotes, which find their match by chance. */
export const QUOTATION_THRESHOLDS: Thresholds = { ...ALIGN_THRESHOLDS, minWords: 3, minSharedExact: 0.5 }

/** For a passage that is a whole sentence of A and the same words, as written, in B: a copied
 *  sentence is verbatim however common its words ("No one was hurt", "Now we can tell their story").
 *  Four words with any content word; shorter sentences ("He said no") are too easily shared by chance
 *  to say where they come from. Whether such a pair is shown is the score's business (calibrate.ts):
 *  alone between two texts on one topic it stays a weaker match. */
export const SENTENCE_THRESHOLDS: Thresholds = { ...ALIGN_THRESHOLDS, minWords: 4, minSharedExact: 0.1 }

/**
 * Sets kind, score and rank; false when the candidate is no pair. The kind says what the words are,
 * wherever the candidate comes from: the same words in order are verbatim and a few changed are close,
 * even when found by sentence windows (across a quotation mark or a sentence end one text has and the
 * other not). `exact` false (a window candidate): too few words in order is not "no pair", it is tried
 * as a paraphrase.
 */
export function classify(c: Candidate, t: Thresholds = ALIGN_THRESHOLDS, exact = true): boolean {
  const words = wordDice(c)
  const bag = bagDice(c)
  const inOrder = words >= CLOSE_DICE && c.lcs >= t.minWords && c.sharedRare >= t.minSharedExact
  if (inOrder) {
    c.kind = words >= VERBATIM_DICE ? 'verbatim' : 'close'
    c.score = words
  } else if (exact && words >= CLOSE_DICE) {
    // Words in order are the evidence here; if they are too few or too common, it is no pair at all.
    return false
  } else if (
    c.a1 - c.a0 >= t.minWords &&
    c.b1 - c.b0 >= t.minWords &&
    c.sharedCount >= t.minSharedCount &&
    c.sharedRareCount >= t.minSharedRare &&
    c.shared * bag >= t.minEvidence &&
    bag >= t.minBagDice
  ) {
    c.kind = 'paraphrase'
    c.score = bag
  } else return false
  // More shared content first, discounted by how loose the pair is: a whole reworded sentence beats a
  // verbatim fragment of it, a tight quote beats the longer sentence around it.
  c.rank = c.shared * Math.max(words, bag)
  return true
}
