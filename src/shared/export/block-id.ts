// Obsidian block ids for highlights. They derive from the highlight id alone, so a block reference such
// as `[[Note#^h-1a2b3c4d]]` keeps working when the library is exported again.

/**
 * FNV-1a, 32 bits, over the UTF-16 code units of `text`. Chosen because it fits in a few lines, needs
 * no dependency and spreads short ids well. 32 bits are enough: a collision only matters between two
 * highlights written into the same file, and a file holds hundreds of highlights, not tens of thousands.
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** The Obsidian block id of a highlight, without the `^`: `h-` and 8 lowercase hex digits. */
export function highlightBlockId(highlightId: string): string {
  return 'h-' + fnv1a32(highlightId).toString(16).padStart(8, '0')
}
