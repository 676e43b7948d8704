// Quotations in a text: "straight", “curly”, „low-high“, ‘single’, « guillemets », and the news style
// where a quotation runs over paragraphs: each paragraph opens with a quotation mark, only the last
// closes. Straight single quotes are not read: they cannot be told from apostrophes.
import type { Span } from './types'

export interface Quotation {
  /** The quoted words, one span per paragraph, without the quotation marks. */
  pieces: Span[]
}

type Family = 'straight' | 'curly' | 'single' | 'guillemet'

function family(c: number): Family | undefined {
  if (c === 34) return 'straight'
  if (c === 0x201c || c === 0x201e) return 'curly'
  if (c === 0x2018) return 'single'
  if (c === 0xab) return 'guillemet'
  return undefined
}

/** Every mark this file cares about is " or at least « (0xab): a cheap test skips all else. */
function isMarkCandidate(c: number): boolean {
  return c === 34 || c >= 0xab
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0
}

function isWordChar(c: number): boolean {
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(c))
}

/** Whether the mark at p opens a quotation, and of which family. A straight " or a ‘ opens only before a
 *  word and after a space, an opening bracket, a dash or another opening mark ("‘90s" aside). */
function opensAt(text: string, p: number): Family | undefined {
  const f = family(text.charCodeAt(p))
  if (f !== 'straight' && f !== 'single') return f
  const before = p > 0 ? text.charCodeAt(p - 1) : 32
  const after = p + 1 < text.length ? text.charCodeAt(p + 1) : 32
  const afterOpening =
    isSpace(before) || before === 40 || before === 91 || before === 0x2014 || before === 0x2013 || family(before) !== undefined
  return !isSpace(after) && afterOpening ? f : undefined
}

/** Whether the mark at p closes a quotation of family f. Sloppy typography mixes straight and curly
 *  double marks; a ’ closes only where no letter follows (in "don’t" it is an apostrophe). */
function closesAt(f: Family, text: string, p: number): boolean {
  const c = text.charCodeAt(p)
  if (f === 'guillemet') return c === 0xbb
  if (f === 'single') return c === 0x2019 && !(p + 1 < text.length && isWordChar(text.charCodeAt(p + 1)))
  return c === 34 || c === 0x201d || (f === 'curly' && c === 0x201c)
}

/** Whether a paragraph opening with c continues a quotation of family f. */
function continues(f: Family, c: number): boolean {
  const g = family(c)
  if (g === undefined) return false
  return g === f || ((f === 'straight' || f === 'curly') && (g === 'straight' || g === 'curly'))
}

/** Paragraphs: split by blank lines. */
function paragraphs(text: string): Span[] {
  const out: Span[] = []
  const blank = /\n[ \t\r]*\n\s*/g
  let start = 0
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    out.push({ start, end: m.index })
    start = m.index + m[0].length
  }
  out.push({ start, end: text.length })
  return out
}

function trimmed(text: string, from: number, to: number): Span | null {
  while (from < to && isSpace(text.charCodeAt(from))) from++
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--
  return /[\p{L}\p{N}]/u.test(text.slice(from, to)) ? { start: from, end: to } : null
}

export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = []
  const paras = paragraphs(text)
  let open: { family: Family; start: number; pieces: Span[] } | null = null
  for (let pi = 0; pi < paras.length; pi++) {
    const { start: ps, end: pe } = paras[pi]
    let p = ps
    if (open) {
      // A continued quotation: this paragraph opens with a mark of the same kind (checked below).
      open.start = ps + 1
      p = ps + 1
    }
    for (; p < pe; p++) {
      const c = text.charCodeAt(p)
      if (!isMarkCandidate(c)) continue
      if (!open) {
        const f = opensAt(text, p)
        if (f) open = { family: f, start: p + 1, pieces: [] }
      } else if (closesAt(open.family, text, p)) {
        const piece = trimmed(text, open.start, p)
        if (piece) open.pieces.push(piece)
        if (open.pieces.length > 0) out.push({ pieces: open.pieces })
        open = null
      }
    }
    if (open) {
      const piece = trimmed(text, open.start, pe)
      if (piece) open.pieces.push(piece)
      const next = paras[pi + 1]
      if (next === undefined || !continues(open.family, text.charCodeAt(next.start))) {
        if (open.pieces.length > 0) out.push({ pieces: open.pieces })
        open = null
      }
    }
  }
  return out
}
