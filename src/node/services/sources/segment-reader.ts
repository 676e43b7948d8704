// Reading one segment file (segment-format.ts) a slice at a time: a lookup reads the fan-out bucket of
// each hash asked for and the postings of the hashes found, so the bytes read grow with the query and
// its matches, not with the library. A small segment is read whole once and kept.
import { promises as fs } from 'node:fs'
import { bucketOf, HEADER_WORDS, isIndexedDoc, layout, readHeader, type IndexedDoc, type SegmentHeader } from './segment-format'

export interface Found {
  /** Index of the query hash in the array asked for. */
  query: number
  /** Index of the key in the segment, for postings(). */
  key: number
  /** How many articles of the segment have it. */
  df: number
}

export class SegmentReader {
  /** Segments under this size are read whole: one read is cheaper than many for them. */
  static readWholeBelow = 256 * 1024

  private constructor(
    readonly file: string,
    private readonly handle: fs.FileHandle | null,
    private readonly whole: Uint8Array | null,
    readonly header: SegmentHeader,
    private readonly fanout: Uint32Array,
    /** The articles, in posting order: id and the hash of the text indexed (ArticleMeta.textHash). */
    readonly docs: IndexedDoc[]
  ) {}

  /** The segment in `file`, or null when it is not one this version reads (it is then rebuilt). */
  static async open(file: string): Promise<SegmentReader | null> {
    const handle = await fs.open(file, 'r')
    try {
      const size = (await handle.stat()).size
      const whole = size < SegmentReader.readWholeBelow ? new Uint8Array(await handle.readFile()) : null
      const head = whole ?? (await readAt(handle, 0, Math.min(size, HEADER_WORDS * 4)))
      const header = readHeader(head, size)
      if (!header) {
        await handle.close()
        return null
      }
      const at = layout(header)
      const read = (offset: number, length: number) => (whole ? whole.subarray(offset, offset + length) : readAt(handle, offset, length))
      const fanout = words(await read(at.fanout, at.keys - at.fanout))
      const docs = JSON.parse(new TextDecoder().decode(await read(at.docTable, header.docTableBytes))) as unknown
      if (!Array.isArray(docs) || docs.length !== header.docCount || !docs.every(isIndexedDoc)) {
        await handle.close()
        return null
      }
      if (whole) await handle.close()
      return new SegmentReader(file, whole ? null : handle, whole, header, fanout, docs)
    } catch (error) {
      await handle.close().catch(() => undefined)
      if (error instanceof SyntaxError) return null
      throw error
    }
  }

  private async read(offset: number, length: number): Promise<Uint32Array> {
    if (this.whole) return words(this.whole.subarray(offset, offset + length))
    return words(await readAt(this.handle!, offset, length))
  }

  /** The hashes of `sorted` (ascending) this segment has, with how many of its articles have each. */
  async lookup(sorted: Uint32Array): Promise<Found[]> {
    const at = layout(this.header)
    const bits = this.header.fanoutBits
    const found: Found[] = []
    const buckets: { from: number; to: number; queries: number[] }[] = []
    for (let q = 0; q < sorted.length; q++) {
      const b = bucketOf(sorted[q], bits)
      const last = buckets[buckets.length - 1]
      if (last && last.from === this.fanout[b]) last.queries.push(q)
      else buckets.push({ from: this.fanout[b], to: this.fanout[b + 1], queries: [q] })
    }
    await Promise.all(
      buckets.map(async ({ from, to, queries }) => {
        if (to <= from) return
        const keys = await this.read(at.keys + from * 4, (to - from) * 4)
        const hits = queries.map((q) => ({ q, k: binarySearch(keys, sorted[q]) })).filter((h) => h.k >= 0)
        if (hits.length === 0) return
        // The offsets of every key of the bucket in one read: one more word than keys.
        const offsets = await this.read(at.offsets + from * 4, (to - from + 1) * 4)
        for (const { q, k } of hits) found.push({ query: q, key: from + k, df: offsets[k + 1] - offsets[k] })
      })
    )
    return found
  }

  /** The articles (posting numbers, see docs) that have the key at index `key`. */
  async postings(key: number): Promise<Uint32Array> {
    const at = layout(this.header)
    const [start, end] = await this.read(at.offsets + key * 4, 8)
    return this.read(at.postings + start * 4, (end - start) * 4)
  }

  /** Every (key, article) pair, for merging segments. */
  async pairs(): Promise<{ keys: Uint32Array; docs: Uint32Array }> {
    const at = layout(this.header)
    const keys = await this.read(at.keys, this.header.keyCount * 4)
    const offsets = await this.read(at.offsets, (this.header.keyCount + 1) * 4)
    const docs = Uint32Array.from(await this.read(at.postings, this.header.postingCount * 4))
    const expanded = new Uint32Array(docs.length)
    for (let k = 0; k < keys.length; k++) expanded.fill(keys[k], offsets[k], offsets[k + 1])
    return { keys: expanded, docs }
  }

  async close(): Promise<void> {
    await this.handle?.close()
  }
}

async function readAt(handle: fs.FileHandle, offset: number, length: number): Promise<Uint8Array> {
  const buffer = new Uint8Array(length)
  const { bytesRead } = await handle.read(buffer, 0, length, offset)
  if (bytesRead !== length) throw new SyntaxError('The segment ends early.')
  return buffer
}

/** Uint32 view of bytes, copied when they are not aligned to 4. */
function words(bytes: Uint8Array): Uint32Array {
  if (bytes.byteOffset % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4)
  return new Uint32Array(bytes.slice().buffer)
}

function binarySearch(keys: Uint32Array, x: number): number {
  let lo = 0
  let hi = keys.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (keys[mid] < x) lo = mid + 1
    else if (keys[mid] > x) hi = mid - 1
    else return mid
  }
  return -1
}
