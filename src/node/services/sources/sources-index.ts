// The sources index of a library: immutable segment files in <library>/index/sources/, each an inverted
// index of the shingles of some articles (segment-format.ts). Derived data, never a source of truth:
// a missing, damaged or older segment is rebuilt from the article bodies. Immutable files suit a folder
// synced between computers: each process adds files of its own and never rewrites one in place; two
// computers that index the same article only make a duplicate, which queries and merges drop.
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { shingles } from '../../../shared/sources/shingles'
import { writeFileAtomic } from '../../store/atomic-file'
import { encodeSegment, type IndexedDoc } from './segment-format'
import { SegmentReader } from './segment-reader'

const SUFFIX = '.dsx'
/** More segments than this and the smaller ones are merged, so that a query opens few files. */
const MAX_SEGMENTS = 8
/** A segment this small is rewritten at once when an article it holds is deleted. */
const SMALL_SEGMENT = 2_000

export interface ArticleText {
  id: string
  textHash: string
  text: string
}

export interface Candidate {
  id: string
  /** Sum of the rarity (log N/df) of the shingles shared with the query. */
  score: number
}

export class SourcesIndex {
  private segments: SegmentReader[] = []

  constructor(readonly dir: string) {}

  /**
   * Brings the open segments in line with the folder: opens those another process (or computer) added,
   * lets go of those it merged away. Segments this version cannot read are removed (they are rebuilt).
   */
  async open(): Promise<void> {
    const names = (await fs.readdir(this.dir).catch(() => [] as string[])).filter((n) => n.endsWith(SUFFIX) && !n.startsWith('.')).sort()
    const files = new Set(names.map((n) => path.join(this.dir, n)))
    for (const s of this.segments.filter((s) => !files.has(s.file))) await s.close()
    this.segments = this.segments.filter((s) => files.has(s.file))
    const known = new Set(this.segments.map((s) => s.file))
    for (const file of files) {
      if (known.has(file)) continue
      const reader = await SegmentReader.open(file).catch((error: unknown) => (isMissing(error) ? undefined : null))
      if (reader) this.segments.push(reader)
      else if (reader === null) await fs.rm(file, { force: true }).catch(() => undefined)
    }
  }

  /** Whether the index holds the article with this text. */
  holds(id: string, textHash: string): boolean {
    return this.segments.some((s) => s.docs.some(([i, h]) => i === id && h === textHash))
  }

  /** Every (id, text hash) the index holds, duplicates included. */
  entries(): IndexedDoc[] {
    return this.segments.flatMap((s) => s.docs)
  }

  get articleCount(): number {
    return this.segments.reduce((n, s) => n + s.header.docCount, 0)
  }

  /** Adds the articles as one new segment; `progress` is told after each. */
  async add(articles: AsyncIterable<ArticleText> | Iterable<ArticleText>, progress?: (done: number) => void): Promise<number> {
    const docs: IndexedDoc[] = []
    const keys: Uint32Array[] = []
    for await (const a of articles) {
      keys.push(shingles(a.text))
      docs.push([a.id, a.textHash])
      progress?.(docs.length)
    }
    if (docs.length === 0) return 0
    const total = keys.reduce((n, k) => n + k.length, 0)
    const flatKeys = new Uint32Array(total)
    const flatDocs = new Uint32Array(total)
    let at = 0
    keys.forEach((k, doc) => {
      flatKeys.set(k, at)
      flatDocs.fill(doc, at, at + k.length)
      at += k.length
    })
    await this.write(docs, flatKeys, flatDocs)
    await this.mergeIfMany()
    return docs.length
  }

  /**
   * Drops the entries `dead` names from the index: a segment that holds one is written again without
   * it when it is small or would be a fifth dead; a large one keeps the dead entries until then (queries
   * skip what the library no longer has), so that emptying the trash does not rewrite the whole index.
   */
  async remove(dead: (id: string, textHash: string) => boolean): Promise<void> {
    const holding = this.segments.filter((s) => {
      const n = s.docs.filter(([id, hash]) => dead(id, hash)).length
      return n > 0 && (s.header.docCount <= SMALL_SEGMENT || n * 5 >= s.header.docCount)
    })
    if (holding.length > 0) await this.merge(holding, (id, hash) => !dead(id, hash))
  }

  /** Keeps the entries for which `keep` is true, in one segment made of `segments`. */
  private async merge(segments: SegmentReader[], keep: (id: string, textHash: string) => boolean): Promise<void> {
    const docs: IndexedDoc[] = []
    const seen = new Set<string>()
    const parts: { keys: Uint32Array; docs: Uint32Array }[] = []
    let total = 0
    for (const s of segments) {
      // Posting number in `s` → in the merged segment, or -1 for an article dropped (or seen already).
      const renumber = s.docs.map(([id, hash]) => {
        const key = `${id}\n${hash}`
        if (!keep(id, hash) || seen.has(key)) return -1
        seen.add(key)
        return docs.push([id, hash]) - 1
      })
      const pairs = await s.pairs()
      const kept = { keys: new Uint32Array(pairs.keys.length), docs: new Uint32Array(pairs.docs.length) }
      let n = 0
      for (let i = 0; i < pairs.docs.length; i++) {
        const to = renumber[pairs.docs[i]]
        if (to < 0) continue
        kept.keys[n] = pairs.keys[i]
        kept.docs[n++] = to
      }
      parts.push({ keys: kept.keys.subarray(0, n), docs: kept.docs.subarray(0, n) })
      total += n
    }
    const keys = new Uint32Array(total)
    const flatDocs = new Uint32Array(total)
    let at = 0
    for (const p of parts) {
      keys.set(p.keys, at)
      flatDocs.set(p.docs, at)
      at += p.keys.length
    }
    // The new segment is on disk before the old ones go: a crash in between leaves a duplicate, not a loss.
    if (docs.length > 0) await this.write(docs, keys, flatDocs)
    for (const s of segments) {
      await s.close()
      // Where an open file cannot be removed (Windows, another process reading it), it stays as a
      // duplicate that a later merge drops.
      await fs.rm(s.file, { force: true }).catch(() => undefined)
    }
    this.segments = this.segments.filter((s) => !segments.includes(s))
  }

  private async mergeIfMany(): Promise<void> {
    if (this.segments.length <= MAX_SEGMENTS) return
    // The smaller ones together, the largest left alone while it holds most of the library: each
    // article is rewritten a few times over the life of the index, not once per import.
    const bySize = [...this.segments].sort((a, b) => a.header.docCount - b.header.docCount)
    const largest = bySize[bySize.length - 1]
    const rest = bySize.slice(0, -1)
    const restCount = rest.reduce((n, s) => n + s.header.docCount, 0)
    await this.merge(restCount * 2 < largest.header.docCount ? rest : bySize, () => true)
  }

  private async write(docs: IndexedDoc[], keys: Uint32Array, flatDocs: Uint32Array): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true })
    const file = path.join(this.dir, `seg-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}${SUFFIX}`)
    await writeFileAtomic(file, encodeSegment(docs, keys, flatDocs))
    const reader = await SegmentReader.open(file)
    if (!reader) throw new Error('A sources index segment just written could not be read back.')
    this.segments.push(reader)
  }

  /**
   * The `limit` articles sharing the most (rarity-weighted) shingles with `query`; entries `skip`
   * refuses (the article itself, articles gone or whose text changed since) are left out. Reads only the fan-out buckets of the query's shingles and the postings of the rarer ones.
   */
  async candidates(query: Uint32Array, limit: number, skip: (id: string, textHash: string) => boolean): Promise<Candidate[]> {
    const n = Math.max(1, this.articleCount)
    // A shingle in more than one article in a hundred says little and costs a long read.
    const maxDf = Math.max(32, Math.ceil(n / 100))
    const perSegment = await Promise.all(this.segments.map((s) => s.lookup(query)))
    const df = new Uint32Array(query.length)
    for (const found of perSegment) for (const f of found) df[f.query] += f.df
    const scores = new Map<string, number>()
    await Promise.all(
      perSegment.map(async (found, s) => {
        const segment = this.segments[s]
        const local = new Map<number, number>()
        await Promise.all(
          found
            .filter((f) => df[f.query] <= maxDf)
            .map(async (f) => {
              const weight = Math.log(n / df[f.query])
              for (const doc of await segment.postings(f.key)) local.set(doc, (local.get(doc) ?? 0) + weight)
            })
        )
        for (const [doc, score] of local) {
          const [id, hash] = segment.docs[doc]
          if (!skip(id, hash)) scores.set(id, Math.max(scores.get(id) ?? 0, score))
        }
      })
    )
    return [...scores]
      .map(([id, score]) => ({ id, score }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, limit)
  }

  async close(): Promise<void> {
    for (const s of this.segments) await s.close()
    this.segments = []
  }
}

/** Gone between the listing and the opening: merged away by another process. */
const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT'
