// Sentences, clauses and paragraphs over a token stream, read from the characters between words.
import type { Lexicon } from './lexicon'
import type { TokenStream } from './tokenize'

export interface Segmentation {
  /** Number of sentences. */
  count: number
  /** Token index where sentence s starts; sentStart[count] = token count. */
  sentStart: Int32Array
  /** Sentence of each token. */
  sentenceOf: Int32Array
  /** Paragraph of each sentence (paragraphs are split by a blank line). */
  paragraphOf: Int32Array
  /** 1 where a clause starts: at a sentence start, or after , ; : brackets, dashes, quotation marks
   *  or an ellipsis. Paraphrase spans snap to these. */
  clauseStart: Uint8Array
  /** 1 where a sentence starts or a quotation mark stands before the token. Passages matched word by
   *  word never run across it: a reporter's quotation marks say where the quoted words begin and end. */
  boundary: Uint8Array
  /** 1 where a sentence starts. Runs of the same words stop only where both texts start a sentence:
   *  quotation marks and brackets never break them (the same words are verbatim whatever marks stand
   *  between them). */
  sentenceEdge: Uint8Array
  /** 1 where a quotation mark stands before the token (whether or not a sentence starts there). */
  quoteEdge: Uint8Array
}

function isLowerStart(c: number): boolean {
  if (c >= 97 && c <= 122) return true
  if (c < 0xc0) return false
  const s = String.fromCharCode(c)
  return s !== s.toUpperCase() && s === s.toLowerCase()
}

function isUpperLetter(c: number): boolean {
  return c >= 65 && c <= 90
}

// What a character between two words says: a bit set per UTF-16 code, looked up once per character.
const STOP = 1 // . ! ? …
const SPACE = 2
const QUOTE = 4 // " “ ” „ « » ‘ (not ’: it is also an apostrophe)
const CLAUSE = 8 // , ; : ( ) [ ] – — … and the quotation marks
const NEWLINE = 16
const HYPHEN = 32 // a clause mark when spaced: "modern technologies - we have"
const MARKS = new Uint8Array(0x2030)
MARKS[45] = HYPHEN
for (const c of [46, 33, 63, 0x2026]) MARKS[c] |= STOP
for (const c of [32, 9, 13, 0xa0]) MARKS[c] |= SPACE
MARKS[10] |= SPACE | NEWLINE
for (const c of [34, 0x201c, 0x201d, 0x201e, 0xab, 0xbb, 0x2018]) MARKS[c] |= QUOTE | CLAUSE
for (const c of [44, 59, 58, 40, 41, 91, 93, 0x2013, 0x2014, 0x2026]) MARKS[c] |= CLAUSE

export function segment(text: string, tokens: TokenStream, lexicon: Lexicon): Segmentation {
  const n = tokens.count
  const sentStart = new Int32Array(n + 2)
  const sentenceOf = new Int32Array(n)
  const paragraphOf = new Int32Array(n + 1)
  const clauseStart = new Uint8Array(n)
  const boundary = new Uint8Array(n)
  const sentenceEdge = new Uint8Array(n)
  const quoteEdge = new Uint8Array(n)
  let sentences = 0
  let paragraph = 0
  for (let k = 0; k < n; k++) {
    let newSentence = k === 0
    let newClause = k === 0
    let quoted = false
    if (k > 0) {
      const from = tokens.end[k - 1]
      const to = tokens.start[k]
      let newlines = 0
      let terminal = false // . ! ? … followed by a space somewhere in the gap
      let pendingStop = false
      for (let p = from; p < to; p++) {
        const c = text.charCodeAt(p)
        const mark = c < MARKS.length ? MARKS[c] : 0
        if (mark === 0) continue
        if (mark & NEWLINE) newlines++
        if (mark & STOP) {
          pendingStop = true
          // A full stop right after "Mr" or an initial ("J. Smith", "U.S.") ends no sentence.
          if (c === 46 && p === from) {
            const prev = tokens.form[k - 1]
            const len = tokens.end[k - 1] - tokens.start[k - 1]
            if (lexicon.abbreviations.has(prev) || (len === 1 && isUpperLetter(text.charCodeAt(from - 1)))) pendingStop = false
          }
          if (pendingStop) newClause = true
        } else if (mark & SPACE) {
          if (pendingStop) terminal = true
        }
        if (mark & QUOTE) quoted = true
        if (mark & CLAUSE || (mark & HYPHEN && p > from && p + 1 < to && text.charCodeAt(p - 1) === 32)) newClause = true
      }
      if (newlines > 0) newSentence = true
      else if (terminal && !isLowerStart(text.charCodeAt(to))) newSentence = true
      if (newlines >= 2) paragraph++
    }
    if (newSentence) {
      sentStart[sentences] = k
      paragraphOf[sentences] = paragraph
      sentences++
      newClause = true
    }
    sentenceOf[k] = sentences - 1
    clauseStart[k] = newClause ? 1 : 0
    boundary[k] = newSentence || quoted ? 1 : 0
    sentenceEdge[k] = newSentence ? 1 : 0
    quoteEdge[k] = quoted ? 1 : 0
  }
  sentStart[sentences] = n
  return {
    count: sentences,
    sentStart: sentStart.subarray(0, sentences + 1),
    sentenceOf,
    paragraphOf: paragraphOf.subarray(0, sentences),
    clauseStart,
    boundary,
    sentenceEdge,
    quoteEdge
  }
}
