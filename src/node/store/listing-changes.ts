// The article list's share of the changes logged since a snapshot: articles and which article each
// highlight belongs to. Every such change is later than everything in the snapshot (else the list gives
// way to the full opening), so that applying them in clock order, last one winning, is the merge itself.
import path from 'node:path'
import type { ArticleMeta } from '../../shared/model'
import { articleMetaSchema } from '../schemas'
import { byClock } from './oplog/change-ops'
import { CHANGES, readLogs } from './oplog/change-log'
import type { SnapshotHeader } from './oplog/snapshot-file'
import { countsOf, type HighlightArticles, type LibraryListing } from './library-listing'

const ARTICLE = articleMetaSchema.loose()

export async function withLoggedChanges(
  dir: string,
  header: SnapshotHeader,
  articles: ArticleMeta[],
  highlights: HighlightArticles
): Promise<LibraryListing | null> {
  const { ops } = await readLogs(path.join(dir, CHANGES), new Map(Object.entries(header.covered)))
  const byId = new Map(articles.map((a) => [a.id, a]))
  const changed = new Set<string>()
  for (const op of ops.sort(byClock)) {
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
  return { articles: list, highlightCounts: countsOf(highlights) }
}
