// The public types of passage alignment. Offsets are UTF-16 code units into the input text.
import type { SynonymTable } from './synonyms'

/** verbatim: (nearly) every word equal and in order; close: most words equal, a few changed;
 *  paraphrase: the same content words, reworded, reordered or translated differently. */
export type PairKind = 'verbatim' | 'close' | 'paraphrase'

/** A range of the input text, [start, end). Always starts and ends on a word (or on the number of the
 *  list item whose first word it starts at: "2) Fold in the flour"). */
export interface Span {
  start: number
  end: number
}

export interface AlignedPair {
  a: Span
  b: Span
  kind: PairKind
  /** 0..1: how likely the pair is reuse, calibrated on the labelled set (calibrate.ts) from how alike
   *  the passages are (words equal in order for verbatim and close, IDF-weighted shared content words
   *  for paraphrase), how many distinctive words they share, their length and, for a paraphrase, how
   *  many other strong pairs the two texts have. Pairs under DEFAULT_MIN_SCORE are weaker matches. */
  score: number
}

export interface AlignOptions {
  /** Look for reworded passages too (sentence-window overlap). Default true; false runs only the
   *  verbatim and close pass, which is the fast one. */
  paraphrase?: boolean
  /** Least score of a pair returned; default DEFAULT_MIN_SCORE (classify.ts), which hides only weak
   *  paraphrases. 0 returns every pair found ("Show weaker matches", `diptych align --min-score 0`). */
  minScore?: number
  /** Synonym groups (loadSynonyms()): words of one group count as the same word for paraphrase and
   *  seeding, never for the kind (verbatim and close compare words as written). */
  synonyms?: SynonymTable
}

export interface QuoteCheckOptions {
  /** Also accept a reworded counterpart (sentence-window overlap). Default true. */
  paraphrase?: boolean
  /** Whose statement the source is ("Alexander Lukashenko"): quotes the report attributes to someone
   *  else get otherSpeaker true, to be listed apart rather than as missing. */
  sourceSpeaker?: string
}

/** One run of words in a word-level diff from text a to text b. `text` is taken from the text the words
 *  are in (a for equal and delete, b for insert), from the first word's start to the last word's end. */
export interface WordDiffOp {
  op: 'equal' | 'insert' | 'delete'
  text: string
}

export interface QuoteCheckEntry {
  /** The quoted words, in the quoting text, without the quotation marks. A quotation that runs over
   *  several paragraphs or sentences may give several entries (see `quotation`). */
  quote: Span
  /** Its counterpart in the source text, or null when the source has none. */
  counterpart: Span | null
  kind: PairKind | null
  /** 0..1, as AlignedPair.score; 0 when there is no counterpart. */
  score: number
  /** Word-level diff from the counterpart (a) to the quote (b): `delete` = source words the quote
   *  leaves out or changes, `insert` = words the quote has that the source does not. Empty without
   *  a counterpart. */
  diff: WordDiffOp[]
  /** Index of the quotation (in order of appearance) this entry belongs to. */
  quotation: number
  /** Who the report says speaks it ("X said", "according to X", "she added" for the last one named);
   *  null when it does not say. */
  speaker: string | null
  /** True when options.sourceSpeaker is given and the report names someone else as the speaker. */
  otherSpeaker: boolean
}
