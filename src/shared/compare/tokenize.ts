// Words of a text as parallel typed arrays: where each word is, its lowercase form and its stem.
// One pass over the UTF-16 codes, no string or object per word (see Lexicon).
import { FNV_OFFSET, FNV_PRIME, fnv, Lexicon, MAX_WORD } from './lexicon'

export interface TokenStream {
  count: number
  /** Id of the lowercase form, apostrophes and a possessive 's removed ("Azerbaijan's" → "azerbaijan"). */
  form: Int32Array
  /** Id of the stem of that form; the id matching works on. */
  stem: Int32Array
  /** UTF-16 offsets of the word in the text, [start, end). */
  start: Int32Array
  end: Int32Array
}

// Per UTF-16 code: its lowercase form, and its class (other, word, apostrophe). Lowercasing covers the
// Latin, Greek and Cyrillic blocks (LOWER, the codes below U+0530) and fullwidth ASCII (FULLWIDTH); other
// codes stay as they are. Tables, not calls, in the loop below: it runs once per character of both
// texts. (LOWER once had all 65,536 codes: filling it took 2 to 10 ms at every start of the command line.)
const LOWER = new Uint16Array(0x530)
const FULLWIDTH_FIRST = 0xff10
const FULLWIDTH = new Uint16Array(0xff5a - FULLWIDTH_FIRST + 1)
const CLASS = new Uint8Array(0x10000)
const OTHER = 0
const WORD = 1
const APOSTROPHE = 2
for (let c = 0; c < LOWER.length; c++) LOWER[c] = c
for (let i = 0; i < FULLWIDTH.length; i++) FULLWIDTH[i] = FULLWIDTH_FIRST + i
// isWordCode's ranges as fills (this runs at every start of the command line: no call per code).
CLASS.fill(WORD, 0xc0)
for (let c = 0; c < 0xc0; c++) if (isWordCode(c)) CLASS[c] = WORD
for (const [from, to] of [
  [0xd7, 0xd7],
  [0xf7, 0xf7],
  [0x2000, 0x2bff],
  [0x3000, 0x303f],
  [0xd800, 0xdfff],
  [0xfe00, 0xfe6f],
  [0xff00, 0xff0f]
])
  CLASS.fill(OTHER, from, to + 1)
for (const c of [39, 0x2019, 0x2bc]) CLASS[c] = APOSTROPHE
for (let c = 0; c < 0x530; c++) {
  const lower = String.fromCharCode(c).toLowerCase()
  if (lower.length === 1) LOWER[c] = lower.charCodeAt(0)
}
// The same word must get the same id however it was typed: accents and combining marks are dropped
// ("é" precomposed or as "e" + U+0301), fullwidth letters and digits are their ASCII selves.
const MARK = 3
for (let c = 0xc0; c < 0x250; c++) {
  const base = String.fromCharCode(c).normalize('NFD').charCodeAt(0)
  if (base < 0x80) LOWER[c] = LOWER[base]
}
for (let c = 0x300; c < 0x370; c++) CLASS[c] = MARK
// Invisible inside a word, so skipped like a mark: a soft hyphen (a web page's hyphenation points,
// "col\u00adlection"), the zero-width joiners and the word joiner.
export const INVISIBLE = [0xad, 0x200c, 0x200d, 0x2060, 0xfeff]
for (const c of INVISIBLE) CLASS[c] = MARK
for (let c = 0xff10; c <= 0xff19; c++) FULLWIDTH[c - FULLWIDTH_FIRST] = c - 0xff10 + 48
for (let c = 0xff21; c <= 0xff3a; c++) FULLWIDTH[c - FULLWIDTH_FIRST] = c - 0xff21 + 97
for (let c = 0xff41; c <= 0xff5a; c++) FULLWIDTH[c - FULLWIDTH_FIRST] = c - 0xff41 + 97
/** Ligatures, written out (a PDF's "ﬁnance" is "finance"). */
const LIGATURES: Record<number, string> = {
  0xfb00: 'ff',
  0xfb01: 'fi',
  0xfb02: 'fl',
  0xfb03: 'ffi',
  0xfb04: 'ffl',
  0xfb05: 'st',
  0xfb06: 'st'
}
/** Cyrillic and Greek letters that look like Latin ones, as the Latin letter: used only in a word that
 *  also has Latin letters (a "Bаrcelona" with a Cyrillic "а" pasted in), never in Russian or Greek. */
const LOOK_ALIKE = new Uint16Array(0x530)
for (const [from, to] of [
  ['аеорсухіјѕԁ', 'aeopcyxijsd'],
  ['οικνρτυχ', 'oikvptux']
]) {
  for (let i = 0; i < from.length; i++) LOOK_ALIKE[from.charCodeAt(i)] = to.charCodeAt(i)
}

/** Letters and digits. Outside ASCII: anything from Latin-1 letters up, except punctuation and
 *  symbol blocks and surrogates, which is right for the scripts Diptych expects and cheap. */
export function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba
  if (c === 0xd7 || c === 0xf7) return false
  if (c >= 0x2000 && c <= 0x2bff) return false // punctuation, symbols, arrows, dingbats
  if (c >= 0x3000 && c <= 0x303f) return false // CJK punctuation
  if (c >= 0xd800 && c <= 0xdfff) return false
  if (c >= 0xfe00 && c <= 0xfe6f) return false
  if (c >= 0xff00 && c <= 0xff0f) return false
  return true
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0

/** Whether the word at [from, to) is the numbering of a list item: "1." "2)" "(3)" "b)" "(iv)" opening a
 *  line. Numbering is layout, not words: a sentence copied as a list ("advises members to:\n1) cover
 *  plants,\n2) move pots") has the same words as the sentence. */
function isListMarker(text: string, from: number, to: number): boolean {
  let s = from - 1
  const open = s >= 0 && text.charCodeAt(s) === 40
  if (open) s--
  while (s >= 0 && isSpace(text.charCodeAt(s))) s--
  if (s >= 0 && text.charCodeAt(s) !== 10 && text.charCodeAt(s) !== 13) return false
  let digits = true
  let letters = true
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k) | 32
    digits &&= isDigit(text.charCodeAt(k))
    letters &&= to - from === 1 ? c >= 97 && c <= 122 : c === 105 || c === 118 || c === 120 // a) or ii)
  }
  if (digits ? to - from > 2 : !letters) return false
  const close = text.charCodeAt(to)
  if (close !== 41 && !(digits && !open && close === 46)) return false // ")" always, "." after a number
  const after = to + 1 < text.length ? text.charCodeAt(to + 1) : 32
  return isSpace(after) || after === 10 || after === 13 || (digits && !open && CLASS[after] === WORD && !isDigit(after))
}

/** Where the list numbering just before the word at `at` starts ("(3) lift" → at "("), or `at` when
 *  there is none: a passage that starts a list item shows its number, though matching skips it. */
export function listMarkerStart(text: string, at: number): number {
  let p = at
  while (p > 0 && isSpace(text.charCodeAt(p - 1))) p--
  const close = p - 1
  if (close < 1 || (text.charCodeAt(close) !== 41 && text.charCodeAt(close) !== 46)) return at
  let from = close
  while (from > 0 && close - from < 4 && CLASS[text.charCodeAt(from - 1)] === WORD) from--
  if (from === close || !isListMarker(text, from, close)) return at
  return from > 0 && text.charCodeAt(from - 1) === 40 ? from - 1 : from
}

export function tokenize(text: string, lexicon: Lexicon): TokenStream {
  const n = text.length
  // A word takes at least one code and is followed by at least one other: at most (n + 1) / 2 words.
  const capacity = (n >> 1) + 1
  const form = new Int32Array(capacity)
  const stemIds = new Int32Array(capacity)
  const start = new Int32Array(capacity)
  const end = new Int32Array(capacity)
  const buf = new Uint16Array(MAX_WORD + 2)
  let count = 0
  let p = 0
  while (p < n) {
    if (CLASS[text.charCodeAt(p)] !== WORD) {
      p++
      continue
    }
    const from = p
    let len = 0
    let apostrophes = 0
    let latin = false
    let lookAlike = false
    let rehash = false
    let hash = FNV_OFFSET
    while (p < n) {
      const c = text.charCodeAt(p)
      const cls = CLASS[c]
      if (cls === WORD) {
        const ligature = c >= 0xfb00 && c <= 0xfb06 ? LIGATURES[c] : undefined
        if (ligature !== undefined) {
          for (let k = 0; k < ligature.length && len < MAX_WORD; k++) buf[len++] = ligature.charCodeAt(k)
          latin = true
          rehash = true
        } else if (len < MAX_WORD) {
          const lower =
            c < LOWER.length
              ? LOWER[c]
              : c >= FULLWIDTH_FIRST && c - FULLWIDTH_FIRST < FULLWIDTH.length
                ? FULLWIDTH[c - FULLWIDTH_FIRST]
                : c
          buf[len++] = lower
          hash = Math.imul(hash ^ lower, FNV_PRIME)
          if (lower < 0x80) latin = true
          else if (lower < 0x530 && LOOK_ALIKE[lower] !== 0) lookAlike = true
        }
        p++
        continue
      }
      if (cls === MARK && len > 0) {
        p++
        continue
      }
      const next = p + 1 < n ? text.charCodeAt(p + 1) : 0
      // don't, Azerbaijan's: an apostrophe between letters stays inside the word.
      if (cls === APOSTROPHE && CLASS[next] === WORD && !isDigit(next)) {
        if (len < MAX_WORD) buf[len++] = 39
        apostrophes++
        p++
        continue
      }
      // 1,000 and 3.5 are one number.
      if ((c === 44 || c === 46) && isDigit(text.charCodeAt(p - 1)) && isDigit(next)) {
        p++
        continue
      }
      break
    }
    if (len <= 4 && isListMarker(text, from, p)) continue
    if (latin && lookAlike) {
      for (let r = 0; r < len; r++) if (buf[r] < 0x530 && LOOK_ALIKE[buf[r]] !== 0) buf[r] = LOOK_ALIKE[buf[r]]
      rehash = true
    }
    if (apostrophes > 0) {
      // Drop a possessive 's, then any other apostrophe: "countries'" is cut before it anyway.
      if (len >= 3 && buf[len - 2] === 39 && buf[len - 1] === 115) len -= 2
      let w = 0
      for (let r = 0; r < len; r++) if (buf[r] !== 39) buf[w++] = buf[r]
      len = w
      if (len === 0) continue
      rehash = true
    }
    if (rehash) hash = fnv(buf, len)
    const id = lexicon.word(buf, len, hash)
    form[count] = id
    stemIds[count] = lexicon.stemOf[id]
    start[count] = from
    end[count] = p
    count++
  }
  return {
    count,
    form: form.subarray(0, count),
    stem: stemIds.subarray(0, count),
    start: start.subarray(0, count),
    end: end.subarray(0, count)
  }
}

/** The i-th word as written in the text. */
export function wordText(text: string, tokens: TokenStream, i: number): string {
  return text.slice(tokens.start[i], tokens.end[i])
}
