// Case- and accent-insensitive folding that keeps offsets: one output UTF-16 unit per input one, so an
// index into the folded text is an index into the text. Search, find in article and the palette share it.

/** The fold of one code point: its first canonical-decomposition character, lower-cased. */
function foldCodePoint(ch: string): string {
  const base = ch.normalize('NFD')[0].toLowerCase()
  return base.length === ch.length ? base : ch.toLowerCase()
}

// Runs of ASCII fold by toLowerCase alone (their decomposition is themselves), without the per-character
// normalisation that made folding a whole library's text take seconds.
const ASCII_RUN = /[^\u0080-\uffff]+/y

export function fold(text: string): string {
  let out = ''
  let i = 0
  while (i < text.length) {
    ASCII_RUN.lastIndex = i
    const run = ASCII_RUN.exec(text)
    if (run) {
      out += run[0].toLowerCase()
      i += run[0].length
      continue
    }
    const ch = String.fromCodePoint(text.codePointAt(i)!)
    out += foldCodePoint(ch)
    i += ch.length
  }
  return out
}

export interface TextMatch {
  start: number
  end: number
}

/**
 * Every place `query` occurs in `text`, folded, not overlapping, at most `limit`. A query is one line,
 * so a match never spans the blank line between two blocks.
 */
export function findAll(text: string, query: string, limit = 10_000): TextMatch[] {
  const q = fold(query)
  if (!q) return []
  const folded = fold(text)
  const found: TextMatch[] = []
  for (let at = folded.indexOf(q); at >= 0 && found.length < limit; at = folded.indexOf(q, at + q.length)) {
    found.push({ start: at, end: at + q.length })
  }
  return found
}
