// How much a shared word says about two passages belonging together: an IDF over the sentences of
// both texts, scaled to 0..1, and 0 for function words.
import type { Lexicon } from './lexicon'
import type { Segmentation } from './sentences'
import type { TokenStream } from './tokenize'

/** Weight of the common words of English (commonWords.ts) when they are shared word for word, at
 *  most: about that of a word in a third of the sentences of a short article, so that two of them in
 *  a run of function words ("at the end of the day") stay below what a verbatim pair needs, while
 *  they still count towards a longer match. */
export const COMMON_WEIGHT = 0.35

/** Pseudo-sentences assumed not to hold the word. Without them a word shared by two one-sentence
 *  texts would be in every sentence and weigh nothing; 20 keeps such a word near 0.65 while a word
 *  in one sentence of a long text still approaches 1. */
const PRIOR_SENTENCES = 20

export function wordWeights(lexicon: Lexicon, sides: readonly { tokens: TokenStream; seg: Segmentation }[]): Float32Array {
  const size = lexicon.size
  const df = new Int32Array(size)
  const seenIn = new Int32Array(size).fill(-1)
  let sentences = 0
  for (const { tokens, seg } of sides) {
    for (let s = 0; s < seg.count; s++, sentences++) {
      for (let k = seg.sentStart[s]; k < seg.sentStart[s + 1]; k++) {
        const id = tokens.stem[k]
        if (seenIn[id] !== sentences) {
          seenIn[id] = sentences
          df[id]++
        }
      }
    }
  }
  const total = sentences + PRIOR_SENTENCES
  const norm = Math.log(total)
  const weight = new Float32Array(size)
  for (let id = 0; id < size; id++) {
    if (lexicon.stop[id] || df[id] === 0) continue
    weight[id] = Math.max(0, Math.log(total / (df[id] + 1)) / norm)
  }
  return weight
}
