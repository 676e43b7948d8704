// One immutable file of the sources index: an inverted index from shingle hash to the articles that
// have it, for a set of articles. Binary, little-endian Uint32 throughout:
//   header (16 words) | fan-out (2^bits + 1) | keys (sorted) | offsets (keys + 1) | postings | doc table
// The fan-out table gives, for the top `bits` bits of a hash, the range of keys to search, so that a
// lookup reads a few hundred bytes of the file, never the whole of it (segment-reader.ts).
// The doc table is JSON: [id, text hash] of each article, in the order the postings number them; the
// hash tells when an article's text changed since it was indexed.
import { SAMPLE, SHINGLE_VERSION } from '../../../shared/sources/shingles'

export const MAGIC = 0x43525344 // "DSRC"
export const FORMAT_VERSION = 1
export const HEADER_WORDS = 16

export interface SegmentHeader {
  docCount: number
  keyCount: number
  postingCount: number
  fanoutBits: number
  docTableBytes: number
}

/** Where each part of a segment starts, in bytes. */
export function layout(h: SegmentHeader) {
  const fanout = HEADER_WORDS * 4
  const keys = fanout + ((1 << h.fanoutBits) + 1) * 4
  const offsets = keys + h.keyCount * 4
  const postings = offsets + (h.keyCount + 1) * 4
  const docTable = postings + h.postingCount * 4
  return { fanout, keys, offsets, postings, docTable, end: docTable + h.docTableBytes }
}

/** The header of a segment this version can read, else null (another version, or not a segment). */
export function readHeader(bytes: Uint8Array, fileSize: number): SegmentHeader | null {
  if (bytes.byteLength < HEADER_WORDS * 4) return null
  const w = new DataView(bytes.buffer, bytes.byteOffset, HEADER_WORDS * 4)
  const u = (i: number) => w.getUint32(i * 4, true)
  if (u(0) !== MAGIC || u(1) !== FORMAT_VERSION || u(2) !== SHINGLE_VERSION || u(3) !== SAMPLE) return null
  const h = { docCount: u(4), keyCount: u(5), postingCount: u(6), fanoutBits: u(7), docTableBytes: u(8) }
  if (h.fanoutBits > 20 || layout(h).end !== fileSize) return null
  return h
}

export type IndexedDoc = [id: string, textHash: string]

export const isIndexedDoc = (d: unknown): d is IndexedDoc =>
  Array.isArray(d) && d.length === 2 && typeof d[0] === 'string' && typeof d[1] === 'string'

/** Which fan-out bucket a hash falls in. */
export const bucketOf = (hash: number, bits: number): number => (bits === 0 ? 0 : hash >>> (32 - bits))

/**
 * A segment holding `docs` (postings number them 0..n-1) and the (key, doc) pairs, in any order, each
 * pair once. Pairs are sorted packed into doubles (key · 2^21 + doc): one typed-array sort, no objects.
 */
export function encodeSegment(ids: readonly IndexedDoc[], keys: Uint32Array, docs: Uint32Array): Uint8Array {
  if (ids.length >= 1 << 21) throw new Error('A segment holds at most 2,097,151 articles.')
  const n = keys.length
  const packed = new Float64Array(n)
  for (let i = 0; i < n; i++) packed[i] = keys[i] * 2097152 + docs[i]
  packed.sort()
  let keyCount = 0
  for (let i = 0; i < n; i++) if (i === 0 || Math.floor(packed[i] / 2097152) !== Math.floor(packed[i - 1] / 2097152)) keyCount++
  // About eight keys a bucket: a lookup reads one small slice.
  const fanoutBits = Math.min(20, Math.max(0, Math.ceil(Math.log2(Math.max(1, keyCount / 8)))))
  const docTable = new TextEncoder().encode(JSON.stringify(ids))
  const header: SegmentHeader = { docCount: ids.length, keyCount, postingCount: n, fanoutBits, docTableBytes: docTable.byteLength }
  const at = layout(header)
  const out = new Uint8Array(at.end)
  const words = new Uint32Array(out.buffer, 0, at.docTable / 4)
  words.set([MAGIC, FORMAT_VERSION, SHINGLE_VERSION, SAMPLE, ids.length, keyCount, n, fanoutBits, docTable.byteLength])
  const fanout = words.subarray(at.fanout / 4, at.keys / 4)
  const keyArr = words.subarray(at.keys / 4, at.offsets / 4)
  const offsets = words.subarray(at.offsets / 4, at.postings / 4)
  const postings = words.subarray(at.postings / 4, at.docTable / 4)
  let k = -1
  for (let i = 0; i < n; i++) {
    const key = Math.floor(packed[i] / 2097152)
    if (k < 0 || keyArr[k] !== key) {
      keyArr[++k] = key
      offsets[k] = i
    }
    postings[i] = packed[i] - key * 2097152
  }
  offsets[keyCount] = n
  // fanout[b] = first key index whose bucket is >= b.
  let b = 0
  for (let i = 0; i < keyCount; i++) {
    const bucket = bucketOf(keyArr[i], fanoutBits)
    while (b <= bucket) fanout[b++] = i
  }
  while (b < fanout.length) fanout[b++] = keyCount
  out.set(docTable, at.docTable)
  return out
}
