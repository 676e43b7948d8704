// The article list's share of the changes logged since a snapshot: articles, and the article of each
// highlight a change names, moved from one count to another. Every such change is later than everything
// in the snapshot (else the list gives way to the full opening), so that applying them in clock order,
// last one winning, is the merge itself.
import path from 'node:path'
import type { ArticleMeta } from '../../shared/model'
import { articleMetaSchema } from '../schemas'
import { byClock } from './oplog/change-ops'
import { CHANGES, readLogs } from './oplog/change-log'
import type { SnapshotHeader } from './oplog/snapshot-file'
import type { LibraryListing } from './library-listing'

/** How many highlights each article had at the snapshot, and the article of any highlight asked for. */
export interface HighlightsAtSnapshot {
  counts: ReadonlyMap<string, number>
  /** The article of each of `ids` the snapshot holds; null when that cannot be read. */
  articlesOf: (ids: ReadonlySet<string>) => ReadonlyMap<string, string> | null
}

const ARTICLE = articleMetaSchema.loose()

export async function withLoggedChanges(
  dir: string,
  header: SnapshotHeader,
  articles: ArticleMeta[],
  snapshot: HighlightsAtSnapshot
): Promise<LibraryListing | null> {
  const { ops } = await readLogs(path.join(dir, CHANGES), new Map(Object.entries(header.covered)))
  ops.sort(byClock)
  const touched = new Set(ops.flatMap((op) => (op.k === 'highlights' ? [op.i] : [])))
  const before = touched.size > 0 ? snapshot.articlesOf(touched) : new Map<string, string>()
  if (!before) return null
  // The article of each highlight a change names, from the snapshot's on.
  const highlights = new Map(before)
  const byId = new Map(articles.map((a) => [a.id, a]))
  const changed = new Set<string>()
  for (const op of ops) {
    if (op.c <= header.clock) return null
    if (op.k === 'highlights') {
      if (op.o === 'put' && typeof op.v.articleId === 'string') highlights.set(op.i, op.v.articleId)
      else if (op.o === 'del') highlights.delete(op.i)
      else if (op.o === 'set' && op.f === 'articleId' && highlights.has(op.i) && typeof op.v === 'string') highlights.set(op.i, op.v)
    } else if (op.k === 'articles') {
      changed.add(op.i)
      const known = byId.get(op.i)
      if (op.o === 'put') byId.set(op.i, op.v as unknown as ArticleMeta)
      else if (op.o === 'del') byId.delete(op.i)
      else if (op.o === 'set' && known) {
        const changed = { ...known } as Record<string, unknown>
        if (op.v === undefined) delete changed[op.f]
        else changed[op.f] = op.v
        byId.set(op.i, changed as unknown as ArticleMeta)
      }
    }
  }
  const list = [...byId.values()]
  for (const id of changed) if (byId.has(id) && !ARTICLE.safeParse(byId.get(id)).success) return null
  // Articles in the order of the full opening: the snapshot's, then those created since.
  const highlightCounts = new Map(snapshot.counts)
  for (const id of touched) {
    const [from, to] = [before.get(id), highlights.get(id)]
    if (from === to) continue
    if (from !== undefined) {
      const left = highlightCounts.get(from)! - 1
      if (left > 0) highlightCounts.set(from, left)
      else highlightCounts.delete(from)
    }
    if (to !== undefined) highlightCounts.set(to, (highlightCounts.get(to) ?? 0) + 1)
  }
  return { articles: list, highlightCounts }
}
