// Libraries with a snapshot and its article list (store/oplog/listing-file.ts), and changes logged after
// them, for the tests of `diptych list`'s quick reading.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Library } from '../../shared/model'
import { Store } from '../store/store'
import { article, highlight } from './library-fixtures'

/** The article list written beside the snapshot in `dir`. */
export function listingFile(dir: string): string {
  const name = readdirSync(path.join(dir, 'snapshots')).find((n) => n.endsWith('.list.json'))!
  return path.join(dir, 'snapshots', name)
}

/** The change logs in `dir`. */
export const logsIn = (dir: string): string[] =>
  readdirSync(path.join(dir, 'changes'), { recursive: true })
    .map(String)
    .filter((n) => n.endsWith('.jsonl'))

/** Three articles and 30 highlights in a snapshot of `dir`, then `since` logged after it. */
export async function libraryWithListing(dir: string, since?: (lib: Library) => void): Promise<string> {
  const store = await Store.open(dir)
  await store.update((lib) => {
    lib.articles.push(article('a1'), article('a2'), article('a3'))
    for (let i = 0; i < 30; i++) lib.highlights.push({ ...highlight(`h${i}`), articleId: `a${1 + (i % 3)}` })
  })
  await store.compact()
  if (since) await store.update(since)
  await store.close()
  return dir
}

/** Highlights created, deleted and moved to another article. */
export function highlightChanges(lib: Library): void {
  lib.highlights.push({ ...highlight('h-new'), articleId: 'a3' })
  lib.highlights = lib.highlights.filter((h) => h.id !== 'h0' && h.id !== 'h3')
  lib.highlights.find((h) => h.id === 'h1')!.articleId = 'a1'
}

/** Another session changes highlights, and a later one compacts: that session's log is retired, as
 *  every snapshot of the folder holds it. */
export async function changedAndCompacted(dir: string): Promise<void> {
  const store = await Store.open(dir)
  await store.update(highlightChanges)
  await store.close()
  const again = await Store.open(dir)
  await again.compact()
  await again.close()
}

/** Rewrites the listing of `dir` in the first format: its articles and every [highlight, article] on line 2. */
export function toFirstFormat(dir: string): void {
  const file = listingFile(dir)
  const [header, body, groups] = readFileSync(file, 'utf8').split('\n')
  const { articles } = JSON.parse(body) as { articles: unknown }
  const pairs = (JSON.parse(groups) as [string, string[]][]).flatMap(([a, ids]) => ids.map((id) => [id, a]))
  writeFileSync(file, `${header}\n${JSON.stringify({ articles, highlights: pairs })}\n`)
}
