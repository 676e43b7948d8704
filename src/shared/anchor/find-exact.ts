/**
 * Start offsets of every occurrence of `needle` lying wholly inside text[from, to), overlapping ones
 * included (in "aaaa", "aa" occurs at 0, 1 and 2), in increasing order.
 */
export function occurrences(text: string, needle: string, from = 0, to = text.length): number[] {
  const found: number[] = []
  from = Math.max(0, from)
  to = Math.min(text.length, to)
  if (needle.length === 0) return found
  const last = to - needle.length
  // indexOf is native and far faster than any loop in JavaScript; slicing the range first keeps a
  // needle that is absent from the range from scanning on to the end of a long text.
  const range = from === 0 && to === text.length ? text : text.slice(from, to)
  for (let at = range.indexOf(needle); at !== -1 && from + at <= last; at = range.indexOf(needle, at + 1)) {
    found.push(from + at)
  }
  return found
}
