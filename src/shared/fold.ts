// Case- and accent-insensitive folding that keeps offsets: one output UTF-16 unit per input one, so an
// index into the folded text is an index into the text. Search, find in article and the palette share it.
export function fold(text: string): string {
  let out = ''
  for (const ch of text) {
    const base = ch.normalize('NFD')[0].toLowerCase()
    out += base.length === ch.length ? base : ch.toLowerCase()
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
