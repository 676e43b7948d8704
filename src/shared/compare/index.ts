// Passage alignment of two texts: what one quotes verbatim, quotes with a few words changed, or
// paraphrases of the other; and a check of every quotation against its source. Pure, deterministic,
// no Node and no DOM: it runs in a Web Worker or in the CLI.
//
// How (each step in its own file):
//  1. tokenize, lexicon, stem: words as integer ids (lowercased form without accents, look-alike letters and ligatures folded, and a crude English stem) in
//     typed arrays; sentences: sentence, clause and quotation boundaries; weights: IDF per stem over the
//     sentences of both texts, 0 for function words.
//  2. seeds: word 3-grams shared by both texts, through a hash index of B's 3-grams, extended along
//     their diagonal into runs of equal words (never across a sentence end or quotation mark both
//     texts have there: a mark on one side only does not split the same words).
//  3. chains, extend: runs close together on nearby diagonals are chained, the small gaps between them
//     aligned exactly (banded alignment); edges pushed while words match, grown to clauses when that
//     brings more matching words. classify: verbatim, close, or (few words in order) paraphrase.
//  4. paraphrase: for each sentence of A, the B sentence windows sharing the most IDF-weighted content
//     words (inverted index), trimmed to the clauses where the shared words are.
//  5. select: the best-ranked candidates, each stretch of either text used once.
// Nothing compares the two texts whole: the work is near-linear in their length.
export { align } from './align'
export { DEFAULT_MIN_SCORE } from './classify'
export { quoteCheck } from './quoteCheck'
export { wordDiff } from './worddiff'
export { findQuotations, type Quotation } from './quotes'
export type { AlignedPair, AlignOptions, PairKind, QuoteCheckEntry, QuoteCheckOptions, Span, WordDiffOp } from './types'
export { mapOffset } from './map-offset'
export { loadSynonyms, parseSynonyms, type SynonymTable } from './synonyms'
