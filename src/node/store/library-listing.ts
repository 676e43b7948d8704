// The article list of a library and how many highlights each has, for `diptych list`, without parsing
// and checking 100,000 highlights it does not show. First choice: the listing a compaction wrote beside
// its snapshot (oplog/listing-file.ts: articles, checked against the schema, and counts), if its
// snapshot still has the same header. Else (no listing, an older one, a damaged one) the snapshot that includes the most (or an unmigrated
// library.json) is walked (json-scanner.ts) up to the end of its library, the articles parsed and
// checked, and of each highlight only its id and article id read. Then the logged changes the snapshot
// does not include are applied (listing-changes.ts). It is a read: nothing is written, so nothing
// unchecked can reach the disk, and a write by any command still reads and checks the library whole.
// Anything else unexpected (no file, another version, a damaged snapshot) answers null, and the caller
// opens the library the full way, which says what is wrong and restores a backup where needed.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { SCHEMA_VERSION, type ArticleMeta } from '../../shared/model'
import { articleMetaSchema } from '../schemas'
import { isSpace, JsonScanner } from './json-scanner'
import { CHANGES } from './oplog/change-log'
import { readHeader, SNAPSHOTS, snapshotsByCoverage, type SnapshotHeader } from './oplog/snapshot-file'
import { parseListingFile } from './oplog/listing-file'
import { withLoggedChanges, type HighlightsAtSnapshot } from './listing-changes'

export interface LibraryListing {
  articles: ArticleMeta[]
  /** Highlights per article id. */
  highlightCounts: Map<string, number>
}

/** The article of each highlight, by highlight id. */
export type HighlightArticles = Map<string, string>

const key = (name: string) => Buffer.from(JSON.stringify(name))
const KEYS = {
  version: key('schemaVersion'),
  articles: key('articles'),
  highlights: key('highlights'),
  articleId: key('articleId'),
  id: key('id'),
  library: key('library')
}
const articlesSchema = z.array(articleMetaSchema.loose())

export async function readLibraryListing(dir: string): Promise<LibraryListing | null> {
  try {
    const snapshots = path.join(dir, SNAPSHOTS)
    const [list] = await snapshotsByCoverage(snapshots, '', '.list')
    if (list?.header) {
      const listed = await listFile(dir, list.file, list.header).catch(() => null)
      // Written beside its snapshot, right after it: a list whose snapshot holds more (or another process
      // replaced both while this one read the logs) may miss changes of logs since retired. Such a list,
      // one of another format or a damaged one gives way to the walk of the snapshot.
      if (listed && (await stillHeld(list.file.replace(/\.list\.json$/, '.json'), list.header))) return listed
    }
    const [best] = await snapshotsByCoverage(snapshots, '')
    if (!best) return await legacyListing(dir)
    if (!best.header) return null
    const bytes = await fs.readFile(best.file)
    const scan = new JsonScanner(bytes)
    scan.pos = bytes.indexOf(0x0a) + 1
    // The body: `{"library":{…},"clocks":…}`; the walk stops at the end of the library.
    scan.expect(OPEN_OBJECT)
    const keyStart = scan.string()
    if (!scan.is(keyStart, scan.pos, KEYS.library)) return null
    scan.expect(COLON)
    const found = libraryMembers(scan)
    const listed = checked(found)
    const withChanges = listed && (await withLoggedChanges(dir, best.header, listed.articles, highlightsAt(found.highlights!)))
    return withChanges && (await stillHeld(best.file, best.header)) ? withChanges : null
  } catch {
    return null
  }
}

/** The article list a compaction wrote beside its snapshot (listing-file.ts). */
async function listFile(dir: string, file: string, header: SnapshotHeader): Promise<LibraryListing | null> {
  const listing = parseListingFile(await fs.readFile(file, 'utf8'))
  const articles = listing && articlesSchema.safeParse(listing.articles)
  if (!listing || !articles?.success) return null
  return withLoggedChanges(dir, header, articles.data, listing)
}

/** The snapshot's header is still the one the listing was read with. */
async function stillHeld(snapshot: string, header: SnapshotHeader): Promise<boolean> {
  const now = await readHeader(snapshot)
  return JSON.stringify(now) === JSON.stringify(header)
}

/** Highlights at the snapshot, from every highlight's article. */
function highlightsAt(highlights: HighlightArticles): HighlightsAtSnapshot {
  return {
    counts: countsOf(highlights),
    articlesOf: (ids) => new Map([...ids].flatMap((id) => (highlights.has(id) ? [[id, highlights.get(id)!]] : [])))
  }
}

/** A library.json not yet migrated (and no change logged since): walked whole. */
async function legacyListing(dir: string): Promise<LibraryListing | null> {
  if ((await fs.readdir(path.join(dir, CHANGES)).catch(() => [])).length > 0) return null
  const bytes = await fs.readFile(path.join(dir, 'library.json')).catch(() => null)
  if (!bytes) return null
  const scan = new JsonScanner(bytes)
  const found = libraryMembers(scan)
  scan.end()
  const listed = checked(found)
  return listed && { articles: listed.articles, highlightCounts: countsOf(found.highlights!) }
}

interface Found {
  version?: unknown
  articles?: unknown
  highlights?: HighlightArticles
}

function libraryMembers(scan: JsonScanner): Found {
  const found: Found = {}
  scan.members((keyStart, keyEnd) => {
    if (scan.is(keyStart, keyEnd, KEYS.version)) found.version = scan.parsed(scan.value())
    else if (scan.is(keyStart, keyEnd, KEYS.articles)) found.articles = scan.parsed(scan.value())
    else if (scan.is(keyStart, keyEnd, KEYS.highlights)) found.highlights = highlightArticles(scan)
    else scan.value()
  })
  return found
}

function checked(found: Found): { articles: ArticleMeta[] } | null {
  const parsed = articlesSchema.safeParse(found.articles)
  if (found.version !== SCHEMA_VERSION || !parsed.success || !found.highlights) return null
  return { articles: parsed.data }
}

export function countsOf(highlights: HighlightArticles): Map<string, number> {
  const counts = new Map<string, number>()
  for (const articleId of highlights.values()) counts.set(articleId, (counts.get(articleId) ?? 0) + 1)
  return counts
}

/**
 * Walks the highlights array in one flat loop (strings skipped natively, brackets matched on a stack),
 * reading the strings after each highlight's own "id" and "articleId" keys: 100,000 highlights in a few
 * tens of milliseconds, where a walk value by value took hundreds.
 */
function highlightArticles(scan: JsonScanner): HighlightArticles {
  const byId: HighlightArticles = new Map()
  const b = scan.bytes
  scan.space()
  if (b[scan.pos] !== OPEN_ARRAY) scan.fail()
  const open: number[] = []
  let articleId: string | null = null
  let id: string | null = null
  for (let i = scan.pos; i < b.length;) {
    const c = b[i]
    // Between highlights only separators: a string, a number or a word there is not a highlight.
    if (open.length === 1 && c !== OPEN_OBJECT && c !== CLOSE_ARRAY && c !== COMMA && !isSpace(c)) scan.fail()
    if (c === QUOTE) {
      const end = scan.stringEnd(i)
      let after = end
      while (isSpace(b[after])) after++
      const isArticle = open.length === 2 && b[after] === COLON && scan.is(i, end, KEYS.articleId)
      if (isArticle || (open.length === 2 && b[after] === COLON && scan.is(i, end, KEYS.id))) {
        if ((isArticle ? articleId : id) !== null) scan.fail()
        scan.pos = after + 1
        const value = scan.parsed(scan.string())
        if (typeof value !== 'string') scan.fail()
        if (isArticle) articleId = value
        else id = value
        i = scan.pos
      } else i = end
      continue
    }
    if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      open.push(c)
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      if (open.pop() !== c - 2) scan.fail()
      if (open.length === 1) {
        if (articleId === null || id === null) scan.fail()
        byId.set(id, articleId)
        articleId = null
        id = null
      } else if (open.length === 0) {
        scan.pos = i + 1
        return byId
      }
    }
    i++
  }
  return scan.fail()
}

// `[` and `{` are two below `]` and `}` in ASCII.
const [QUOTE, COMMA, COLON, OPEN_ARRAY, CLOSE_ARRAY, OPEN_OBJECT, CLOSE_OBJECT] = [0x22, 0x2c, 0x3a, 0x5b, 0x5d, 0x7b, 0x7d]
