// Where a place in one text falls in the other, by the aligned pairs: inside a pair, at the same
// fraction of its counterpart; between two pairs, linearly between them; before the first or after the
// last, at the same distance from it. Sync scroll follows this rather than the percentage scrolled.
import type { AlignedPair } from './types'

/** `from` 0 maps an offset of text A into text B; 1 maps B into A. Null without any pair. */
export function mapOffset(pairs: readonly AlignedPair[], from: 0 | 1, offset: number): number | null {
  const src = (p: AlignedPair) => (from === 0 ? p.a : p.b)
  const dst = (p: AlignedPair) => (from === 0 ? p.b : p.a)
  const sorted = [...pairs].sort((x, y) => src(x).start - src(y).start)
  let before: AlignedPair | undefined
  let after: AlignedPair | undefined
  for (const p of sorted) {
    const s = src(p)
    if (s.start <= offset && offset < s.end) {
      const t = (offset - s.start) / Math.max(1, s.end - s.start)
      return Math.round(dst(p).start + t * (dst(p).end - dst(p).start))
    }
    if (s.end <= offset) before = p
    else if (!after) after = p
  }
  if (before && after) {
    const t = (offset - src(before).end) / Math.max(1, src(after).start - src(before).end)
    return Math.round(dst(before).end + t * (dst(after).start - dst(before).end))
  }
  if (before) return dst(before).end + (offset - src(before).end)
  if (after) return Math.max(0, dst(after).start - (src(after).start - offset))
  return null
}
