// The article list a compaction writes beside its snapshot (`<device>.list.json`), for `diptych list`.
// Three lines: the snapshot's header; `{"listing":2,"articles":[…],"counts":{article id: highlights}}`,
// all that a list needs when no highlight changed since the snapshot; then the highlight ids of each
// article, `[[article id, [ids…]], …]`, read only when logged changes create, move or delete highlights
// (a deleted one counts off the article it was in), and only if they match the SHA-256 that line 2
// gives of them (`ids`): a damaged id there would move a count to the wrong article. The first format
// (before `listing`) held every [highlight, article] pair on line 2, with no such check: it is still
// read (the walk of the snapshot takes longer), each highlight there once.
import { createHash } from 'node:crypto'
import type { MergeState } from './merge-state'
import { Chunks, type SnapshotHeader } from './snapshot-file'

export const LISTING_FORMAT = 2

/** Writes the listing's lines (header, articles and counts, ids by article), in slices. */
export async function listingBytes(header: SnapshotHeader, state: MergeState, pause: () => Promise<void>): Promise<Buffer[]> {
  const byArticle = new Map<string, string[]>()
  const highlights = state.entityList('highlights')
  for (let i = 0; i < highlights.length; i++) {
    const articleId = String(highlights[i].obj.articleId)
    const ids = byArticle.get(articleId)
    if (ids) ids.push(highlights[i].key)
    else byArticle.set(articleId, [highlights[i].key])
    if (i % 4096 === 0) await pause()
  }
  const counts = Object.fromEntries([...byArticle].map(([articleId, ids]) => [articleId, ids.length]))
  const ids = new Chunks()
  ids.push('[')
  let first = true
  for (const group of byArticle) {
    ids.push((first ? '' : ',') + JSON.stringify(group))
    first = false
    await pause()
  }
  ids.push(']')
  const idBytes = ids.seal()
  const hash = createHash('sha256')
  for (const piece of idBytes) hash.update(piece)
  const text = new Chunks()
  text.push(`${JSON.stringify(header)}\n`)
  const body = { listing: LISTING_FORMAT, articles: state.list('articles'), counts, ids: hash.digest('hex') }
  text.push(`${JSON.stringify(body)}\n`)
  return [...text.seal(), ...idBytes, Buffer.from('\n')]
}

export interface ListingFile {
  /** As written: checked against the schema by the reader. */
  articles: unknown
  /** Highlights per article id, at the snapshot. */
  counts: Map<string, number>
  /** The article each of `ids` was in at the snapshot (ids it did not hold are left out); null if that part is damaged. */
  articlesOf: (ids: ReadonlySet<string>) => Map<string, string> | null
}

/** The listing's parts, or null when it is not one of the formats above or does not hold together. */
export function parseListingFile(text: string): ListingFile | null {
  const headerEnd = text.indexOf('\n')
  const bodyEnd = text.indexOf('\n', headerEnd + 1)
  if (headerEnd < 0 || bodyEnd < 0) return null
  const body = JSON.parse(text.slice(headerEnd + 1, bodyEnd)) as Record<string, unknown> | null
  if (!body || typeof body !== 'object') return null
  if (body.listing === undefined) return firstFormat(body, text.slice(bodyEnd + 1))
  const counts = countsFrom(body.counts)
  if (body.listing !== LISTING_FORMAT || !counts || typeof body.ids !== 'string' || !text.endsWith('\n')) return null
  const articlesOf = (ids: ReadonlySet<string>) => {
    const line = text.slice(bodyEnd + 1, -1)
    if (createHash('sha256').update(line).digest('hex') !== body.ids) return null
    const groups = JSON.parse(line) as unknown
    return Array.isArray(groups) ? lookUp(groups, counts, ids) : null
  }
  return { articles: body.articles, counts, articlesOf }
}

/** The first format: line 2 `{"articles":[…],"highlights":[[id, article], …]}`, and nothing after it. */
function firstFormat(body: Record<string, unknown>, rest: string): ListingFile | null {
  if (rest !== '' || !Array.isArray(body.highlights)) return null
  const byArticle = new Map<unknown, unknown[]>()
  const every = new Set<unknown>()
  for (const pair of body.highlights as unknown[]) {
    if (!Array.isArray(pair) || pair.length !== 2 || every.has(pair[0])) return null
    every.add(pair[0])
    const ids = byArticle.get(pair[1])
    if (ids) ids.push(pair[0])
    else byArticle.set(pair[1], [pair[0]])
  }
  const groups = [...byArticle]
  const counts = new Map(groups.map(([articleId, ids]) => [articleId as string, ids.length]))
  if (!lookUp(groups, counts, new Set())) return null
  return { articles: body.articles, counts, articlesOf: (ids) => lookUp(groups, counts, ids) }
}

function countsFrom(value: unknown): Map<string, number> | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null
  const counts = new Map<string, number>()
  for (const [articleId, n] of Object.entries(value)) {
    if (!Number.isSafeInteger(n) || (n as number) <= 0) return null
    counts.set(articleId, n as number)
  }
  return counts
}

/** Walks the ids by article once: each group must be well formed, each id asked for once, and the counts must match them. */
function lookUp(groups: unknown[], counts: ReadonlyMap<string, number>, ids: ReadonlySet<string>): Map<string, string> | null {
  const found = new Map<string, string>()
  const seen = new Set<string>()
  for (const group of groups) {
    if (!Array.isArray(group) || group.length !== 2 || typeof group[0] !== 'string' || !Array.isArray(group[1])) return null
    const [articleId, members] = group as [string, unknown[]]
    if (seen.has(articleId) || counts.get(articleId) !== members.length) return null
    seen.add(articleId)
    for (const id of members) {
      if (typeof id !== 'string') return null
      if (ids.has(id)) {
        if (found.has(id)) return null
        found.set(id, articleId)
      }
    }
  }
  return seen.size === counts.size ? found : null
}
