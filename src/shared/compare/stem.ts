// Simple English suffix stripping, in place over lowercase UTF-16 codes, so that "constructing" and
// "construction", "rebuild" and "rebuilding", "task" and "tasks" meet. Not Porter: a handful of rules
// that are right for most words and harmless when wrong, because both texts are stemmed alike.

const A = 97
const Z = 122
/** Bit (c - 97) set for a e i o u y. */
const VOWEL_BITS = (1 << 0) | (1 << 4) | (1 << 8) | (1 << 14) | (1 << 20) | (1 << 24)

function isVowel(c: number): boolean {
  return c >= A && c <= Z && ((VOWEL_BITS >> (c - A)) & 1) === 1
}

/** Plural-looking words that are not plurals. */
const KEEP = new Set(['news', 'series', 'species', 'lens', 'bus', 'gas', 'has', 'was', 'this', 'its'])

function endsWith(buf: Uint16Array, len: number, suffix: string): boolean {
  if (len < suffix.length) return false
  const from = len - suffix.length
  for (let i = 0; i < suffix.length; i++) if (buf[from + i] !== suffix.charCodeAt(i)) return false
  return true
}

function hasVowel(buf: Uint16Array, len: number): boolean {
  for (let i = 0; i < len; i++) if (isVowel(buf[i])) return true
  return false
}

function asString(buf: Uint16Array, len: number): string {
  let s = ''
  for (let i = 0; i < len; i++) s += String.fromCharCode(buf[i])
  return s
}

/** Stems the word held in buf[0, len) and returns the stem's length (the stem is buf[0, result)). */
export function stem(buf: Uint16Array, len: number): number {
  if (len <= 3) return len
  for (let i = 0; i < len; i++) if (buf[i] < A || buf[i] > Z) return len // numbers, other scripts
  if (buf[len - 1] === 115 && len <= 7 && KEEP.has(asString(buf, len))) return len

  // Plurals and third person: tasks → task, technologies → technology.
  if (endsWith(buf, len, 'ies') && len > 4) {
    buf[len - 3] = 121 // y
    len -= 2
  } else if (endsWith(buf, len, 'sses')) len -= 2
  else if (buf[len - 1] === 115 && !endsWith(buf, len, 'ss') && !endsWith(buf, len, 'us') && !endsWith(buf, len, 'is')) len -= 1

  // Verb and noun endings. A stem keeps at least three letters (four before -ion and -ly) so that
  // short words ("ring", "red", "only", "region") are left alone.
  let undouble = false
  if (endsWith(buf, len, 'ied') && len > 4) {
    buf[len - 3] = 121
    len -= 2
  } else if (endsWith(buf, len, 'ing') && len - 3 >= 3 && hasVowel(buf, len - 3)) {
    len -= 3
    undouble = true
  } else if (endsWith(buf, len, 'ed') && len - 2 >= 3 && hasVowel(buf, len - 2)) {
    len -= 2
    undouble = true
  } else if (endsWith(buf, len, 'ion') && len - 3 >= 4) len -= 3
  else if (endsWith(buf, len, 'ly') && len - 2 >= 4) len -= 2

  // planning → plann → plan; but falling → fall, passed → pass.
  if (undouble && len >= 4 && buf[len - 1] === buf[len - 2] && !isVowel(buf[len - 1])) {
    const c = buf[len - 1]
    if (c !== 108 && c !== 115 && c !== 122) len -= 1
  }
  // provide / providing → provid; create / creation → creat.
  if (buf[len - 1] === 101 && len - 1 >= 3) len -= 1
  return len
}
