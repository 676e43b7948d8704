// Edit distance by Myers' bit-vector algorithm ("A fast bit-vector algorithm for approximate string
// matching based on dynamic programming", J. ACM 46(3), 1999), in its block form for patterns longer
// than a machine word. Each text character advances a whole column of the dynamic-programming matrix
// with a dozen word operations instead of one cell at a time.
//
// Offsets and characters are UTF-16 code units, like every offset in the app.

/** JavaScript's bitwise operators work on 32-bit integers, so one block holds 32 pattern rows. */
const WORD = 32

/** A pattern compiled once into per-character bit masks, then reused for every scan of it. */
export class BitPattern {
  readonly length: number
  readonly blocks: number
  /** For each code unit in the pattern, one mask per block: bit i is set where row 32·b+i holds it. */
  readonly masks: Map<number, Int32Array>
  /** Rows in each block: 32, except in the last one. */
  readonly rows: Int32Array
  /** The bit of each block's last row, where the block hands its horizontal delta to the next. */
  readonly lastBits: Int32Array

  constructor(readonly pattern: string) {
    this.length = pattern.length
    this.blocks = Math.max(1, Math.ceil(pattern.length / WORD))
    this.masks = new Map()
    this.rows = new Int32Array(this.blocks)
    this.lastBits = new Int32Array(this.blocks)
    for (let b = 0; b < this.blocks; b++) {
      const rows = Math.min(WORD, pattern.length - b * WORD)
      this.rows[b] = rows
      this.lastBits[b] = rows > 0 ? 1 << (rows - 1) : 0
    }
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i)
      let mask = this.masks.get(code)
      if (!mask) {
        mask = new Int32Array(this.blocks)
        this.masks.set(code, mask)
      }
      mask[i >>> 5] |= 1 << (i & 31)
    }
  }
}

/** The vertical deltas of one column of the matrix, one pair of words per block. */
interface Column {
  /** Bit set where the value grows by one from the row above. */
  pv: Int32Array
  /** Bit set where the value shrinks by one from the row above. */
  mv: Int32Array
}

/**
 * Advances block `b` of `col` by one text character whose masks for this block are `eq`, given the
 * horizontal delta `hin` entering the block's top row; returns the delta leaving its last row.
 */
function advance(col: Column, b: number, eq: number, hin: number, lastBit: number): number {
  const pv = col.pv[b]
  const mv = col.mv[b]
  const xv = eq | mv
  if (hin < 0) eq |= 1
  // The sum may carry past bit 31; `^` truncates it back to 32 bits, which is the carry chain we want.
  const xh = (((eq & pv) + pv) ^ pv) | eq
  let ph = mv | ~(xh | pv)
  let mh = pv & xh
  const hout = (ph & lastBit) !== 0 ? 1 : (mh & lastBit) !== 0 ? -1 : 0
  ph <<= 1
  mh <<= 1
  if (hin < 0) mh |= 1
  else if (hin > 0) ph |= 1
  col.pv[b] = mh | ~(xv | ph)
  col.mv[b] = ph & xv
  return hout
}

/** Ends of approximate matches, with the fewest errors of any match ending there. */
export interface MatchEnds {
  ends: number[]
  errors: number[]
}

/**
 * Every offset e in (from, to] such that some substring of text[from, to) ending at e is within
 * `maxErrors` edits (insertions, deletions, substitutions) of the pattern, in increasing order.
 */
export function scanMatchEnds(p: BitPattern, text: string, from: number, to: number, maxErrors: number): MatchEnds {
  const found: MatchEnds = { ends: [], errors: [] }
  const n = p.blocks
  const m = p.length
  if (m === 0 || maxErrors < 0) return found
  const col: Column = { pv: new Int32Array(n), mv: new Int32Array(n) }
  // score[b] is the matrix value at block b's last row. Ukkonen's cut-off: only blocks down to `last`
  // can hold a value within maxErrors, so the blocks below it are not computed at all.
  const score = new Int32Array(n)
  let last = Math.min(n - 1, Math.max(0, Math.ceil(maxErrors / WORD) - 1))
  for (let b = 0; b <= last; b++) {
    col.pv[b] = -1
    score[b] = Math.min(m, (b + 1) * WORD)
  }
  const { masks, lastBits, rows } = p
  for (let j = from; j < to; j++) {
    const eqs = masks.get(text.charCodeAt(j))
    // The text is searched, not aligned: a match may start anywhere, so the top row stays 0.
    let carry = 0
    for (let b = 0; b <= last; b++) {
      carry = advance(col, b, eqs ? eqs[b] : 0, carry, lastBits[b])
      score[b] += carry
    }
    const before = score[last] - carry
    if (last < n - 1 && before <= maxErrors) {
      // The next block's first row can only come within reach from a value within reach just above it.
      // Its previous column is unknown; "one more per row" is an upper bound there and is exact
      // wherever a value ends up within maxErrors, which is all this scan reports.
      const b = last + 1
      col.pv[b] = -1
      col.mv[b] = 0
      score[b] = before + rows[b]
      score[b] += advance(col, b, eqs ? eqs[b] : 0, carry, lastBits[b])
      last = b
    } else {
      // A block whose last row is maxErrors + rows or more has every row beyond maxErrors.
      while (last > 0 && score[last] - rows[last] >= maxErrors) last--
    }
    if (last === n - 1 && score[last] <= maxErrors) {
      found.ends.push(j + 1)
      found.errors.push(score[last])
    }
  }
  return found
}

/**
 * out[j] = edit distance between the whole pattern and the j characters of text read from `from`
 * in direction `dir`, for j = 0…count: forward, text[from, from + j); backward, text[from − j, from)
 * read right to left, so a backward caller passes the pattern reversed. The caller keeps the text
 * read within the string.
 */
export function anchoredDistances(p: BitPattern, text: string, from: number, dir: 1 | -1, count: number): Int32Array {
  const out = new Int32Array(count + 1)
  if (p.length === 0) {
    for (let j = 0; j <= count; j++) out[j] = j
    return out
  }
  const n = p.blocks
  const col: Column = { pv: new Int32Array(n).fill(-1), mv: new Int32Array(n) }
  const { masks, lastBits } = p
  let score = p.length
  out[0] = score
  for (let j = 1; j <= count; j++) {
    const eqs = masks.get(text.charCodeAt(dir === 1 ? from + j - 1 : from - j))
    // Aligned, not searched: the text read must be consumed from `from`, so the top row grows by one.
    let carry = 1
    for (let b = 0; b < n; b++) carry = advance(col, b, eqs ? eqs[b] : 0, carry, lastBits[b])
    score += carry
    out[j] = score
  }
  return out
}

/** Reverses by UTF-16 code unit: edit distance is unchanged when both strings are reversed. */
export function reverse(s: string): string {
  let out = ''
  for (let i = s.length - 1; i >= 0; i--) out += s[i]
  return out
}
