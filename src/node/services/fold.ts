// Case- and accent-insensitive folding for search: one output character per input one.

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
