// Everything both passes need about the two texts, computed once: tokens, sentences, word weights,
// and scratch arrays reused by every measurement (so no allocation per candidate pair).
import { Lexicon } from './lexicon'
import type { SynonymTable } from './synonyms'
import { findQuotations } from './quotes'
import { segment, type Segmentation } from './sentences'
import { tokenize, type TokenStream } from './tokenize'
import { wordWeights } from './weights'

export interface Side {
  text: string
  tokens: TokenStream
  seg: Segmentation
  /** 1 for the words inside quotation marks. */
  quoted: Uint8Array
}

export interface CompareContext {
  lexicon: Lexicon
  a: Side
  b: Side
  /** Weight of each stem id, 0..1; 0 for function words. */
  weight: Float32Array
  /** Scratch: per-id marks for bag-of-words measurements, and a counter to tell calls apart. */
  markA: Int32Array
  markB: Int32Array
  stamp: number
  /** Scratch row for dynamic programming (LCS). */
  row: Int32Array
}

export function createContext(textA: string, textB: string, synonyms?: SynonymTable): CompareContext {
  // About one distinct form per 40 characters of prose (a 100,000-word text has some 15,000-30,000).
  const lexicon = new Lexicon((textA.length + textB.length) / 40, synonyms)
  const tokensA = tokenize(textA, lexicon)
  const tokensB = tokenize(textB, lexicon)
  const a = { text: textA, tokens: tokensA, seg: segment(textA, tokensA, lexicon), quoted: quotedWords(textA, tokensA) }
  const b = { text: textB, tokens: tokensB, seg: segment(textB, tokensB, lexicon), quoted: quotedWords(textB, tokensB) }
  const weight = wordWeights(lexicon, [a, b])
  return {
    lexicon,
    a,
    b,
    weight,
    markA: new Int32Array(lexicon.size),
    markB: new Int32Array(lexicon.size),
    stamp: 0,
    row: new Int32Array(256)
  }
}

function quotedWords(text: string, tokens: TokenStream): Uint8Array {
  const quoted = new Uint8Array(tokens.count)
  let k = 0
  for (const q of findQuotations(text)) {
    for (const piece of q.pieces) {
      while (k < tokens.count && tokens.start[k] < piece.start) k++
      while (k < tokens.count && tokens.end[k] <= piece.end) quoted[k++] = 1
    }
  }
  return quoted
}

/** A fresh stamp for markA/markB. */
export function nextStamp(ctx: CompareContext): number {
  return ++ctx.stamp
}

/** A scratch row of at least `length` entries. */
export function scratchRow(ctx: CompareContext, length: number): Int32Array {
  if (ctx.row.length < length) ctx.row = new Int32Array(Math.max(length, ctx.row.length * 2))
  return ctx.row
}
