/**
 * Where every 8-character substring of one text occurs, built once and then shared by the
 * whole-text searches of many quotes (anchorMany): a lookup reads one bucket instead of making an
 * indexOf pass over the text.
 *
 * Eight characters, because the whole-text search cuts quotes into pieces of at least that length,
 * and a piece that occurs intact has its first eight characters intact too.
 */
export const GRAM = 8

/** 2²⁰ buckets: about one position per bucket for a megabyte of text, in 4 MB of counts. */
const BUCKET_BITS = 20

export class GramIndex {
  /** bucketStart[h] … bucketStart[h + 1] − 1 index the positions whose gram hashes to h. */
  private readonly bucketStart: Uint32Array
  /** Text offsets, grouped by bucket, increasing within each. */
  private readonly positions: Uint32Array

  constructor(readonly text: string) {
    const count = Math.max(0, text.length - GRAM + 1)
    // Reading code units out of the string once is several times faster than charCodeAt eight times each.
    const codes = new Uint16Array(text.length)
    for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i)
    const hashes = new Uint32Array(count)
    for (let i = 0; i < count; i++) hashes[i] = hash(codes, i)
    // A counting sort: one pass to count, one to place, so building costs a few passes over the text.
    const bucketStart = new Uint32Array((1 << BUCKET_BITS) + 1)
    for (let i = 0; i < count; i++) bucketStart[hashes[i] + 1]++
    for (let h = 0; h < 1 << BUCKET_BITS; h++) bucketStart[h + 1] += bucketStart[h]
    const next = bucketStart.slice(0, 1 << BUCKET_BITS)
    const positions = new Uint32Array(count)
    for (let i = 0; i < count; i++) positions[next[hashes[i]]++] = i
    this.bucketStart = bucketStart
    this.positions = positions
  }

  /** How many positions share the bucket of needle's first GRAM characters: an upper bound on its count. */
  bucketSize(needle: string, at = 0): number {
    const h = hashOf(needle, at)
    return this.bucketStart[h + 1] - this.bucketStart[h]
  }

  /** Start offsets of every occurrence of `needle` (at least GRAM characters long), in increasing order. */
  occurrences(needle: string): number[] {
    if (needle.length < GRAM) throw new RangeError('needle shorter than the indexed grams')
    const h = hashOf(needle)
    const found: number[] = []
    for (let i = this.bucketStart[h]; i < this.bucketStart[h + 1]; i++) {
      const at = this.positions[i]
      // Different grams can share a bucket; the text itself settles it.
      if (this.text.startsWith(needle, at)) found.push(at)
    }
    return found
  }
}

/** The same hash as hash(), read from a string. */
function hashOf(needle: string, at = 0): number {
  let h = 0
  for (let i = at; i < at + GRAM; i++) h = (Math.imul(h, 0x01000193) ^ needle.charCodeAt(i)) | 0
  return (h ^ (h >>> BUCKET_BITS)) & ((1 << BUCKET_BITS) - 1)
}

/** An FNV-style hash of codes[at, at + GRAM), folded to BUCKET_BITS bits. */
function hash(codes: Uint16Array, at: number): number {
  let h = 0
  for (let i = at; i < at + GRAM; i++) h = (Math.imul(h, 0x01000193) ^ codes[i]) | 0
  return (h ^ (h >>> BUCKET_BITS)) & ((1 << BUCKET_BITS) - 1)
}

/**
 * Piece searches over one text: by indexOf at first, then by a GramIndex once enough searches have
 * been made for the index to pay for itself. Building it costs about as much as BUILD_AFTER indexOf
 * passes over the same text (measured on 1 MB of prose), so a batch that needs fewer never builds it.
 */
const BUILD_AFTER = 40

export class PieceFinder {
  private searches = 0
  private index?: GramIndex

  constructor(private readonly text: string) {}

  find = (needle: string): number[] => {
    this.count()
    if (this.index && needle.length >= GRAM) return this.index.occurrences(needle)
    const found: number[] = []
    for (let at = this.text.indexOf(needle); at !== -1; at = this.text.indexOf(needle, at + 1)) found.push(at)
    return found
  }

  /**
   * Which part of `piece` to look up: any part of an intact piece is intact too, so with the index
   * built, the rarest of its grams (" of the " occurs thousands of times in prose, "ministry" a
   * handful); without it, the whole piece, the rarest part indexOf can look for.
   */
  rarest = (piece: string): number => {
    if (!this.index || piece.length < GRAM) return -1
    let best = 0
    let fewest = Infinity
    for (let at = 0; at + GRAM <= piece.length; at++) {
      const size = this.index.bucketSize(piece, at)
      if (size < fewest) [best, fewest] = [at, size]
    }
    return best
  }

  private count(): void {
    if (!this.index && ++this.searches > BUILD_AFTER) this.index = new GramIndex(this.text)
  }
}
