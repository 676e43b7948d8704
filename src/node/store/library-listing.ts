// The article list of a library and how many highlights each has, for `diptych list`, without parsing
// and checking 100,000 highlights it does not show: library.json is walked (json-scanner.ts), the
// articles are parsed and checked against the schema, and of each highlight only its article id is
// read. It is a read: nothing is written, so nothing unchecked can reach the disk, and a write by any
// command still reads and checks the library whole. Anything unexpected (no file, another version, a
// damaged part) answers null, and the caller opens the library the full way, which says what is wrong
// and restores a backup where needed.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { SCHEMA_VERSION, type ArticleMeta } from '../../shared/model'
import { articleMetaSchema } from '../schemas'
import { isSpace, JsonScanner } from './json-scanner'

export interface LibraryListing {
  articles: ArticleMeta[]
  /** Highlights per article id. */
  highlightCounts: Map<string, number>
}

const key = (name: string) => Buffer.from(JSON.stringify(name))
const KEYS = { version: key('schemaVersion'), articles: key('articles'), highlights: key('highlights'), articleId: key('articleId') }
const articlesSchema = z.array(articleMetaSchema.loose())

export async function readLibraryListing(dir: string): Promise<LibraryListing | null> {
  const bytes = await fs.readFile(path.join(dir, 'library.json')).catch(() => null)
  if (!bytes) return null
  try {
    return listing(new JsonScanner(bytes))
  } catch {
    return null
  }
}

function listing(scan: JsonScanner): LibraryListing | null {
  const found: { version?: unknown; articles?: unknown; counts?: Map<string, number> } = {}
  scan.members((keyStart, keyEnd) => {
    if (scan.is(keyStart, keyEnd, KEYS.version)) found.version = scan.parsed(scan.value())
    else if (scan.is(keyStart, keyEnd, KEYS.articles)) found.articles = scan.parsed(scan.value())
    else if (scan.is(keyStart, keyEnd, KEYS.highlights)) found.counts = highlightCounts(scan)
    else scan.value()
  })
  scan.end()
  const parsed = articlesSchema.safeParse(found.articles)
  if (found.version !== SCHEMA_VERSION || !parsed.success || !found.counts) return null
  return { articles: parsed.data, highlightCounts: found.counts }
}

/**
 * Walks the highlights array in one flat loop (strings skipped natively, brackets matched on a stack),
 * reading the string after each highlight's own "articleId" key: 100,000 highlights in a few tens of
 * milliseconds, where a walk value by value took hundreds.
 */
function highlightCounts(scan: JsonScanner): Map<string, number> {
  const counts = new Map<string, number>()
  const b = scan.bytes
  scan.space()
  if (b[scan.pos] !== OPEN_ARRAY) scan.fail()
  const open: number[] = []
  let articleId: string | null = null
  for (let i = scan.pos; i < b.length;) {
    const c = b[i]
    // Between highlights only separators: a string, a number or a word there is not a highlight.
    if (open.length === 1 && c !== OPEN_OBJECT && c !== CLOSE_ARRAY && c !== COMMA && !isSpace(c)) scan.fail()
    if (c === QUOTE) {
      const end = scan.stringEnd(i)
      let after = end
      while (isSpace(b[after])) after++
      if (open.length === 2 && b[after] === COLON && scan.is(i, end, KEYS.articleId)) {
        if (articleId !== null) scan.fail()
        scan.pos = after + 1
        articleId = scan.parsed(scan.string()) as string
        if (typeof articleId !== 'string') scan.fail()
        i = scan.pos
      } else i = end
      continue
    }
    if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      open.push(c)
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      if (open.pop() !== c - 2) scan.fail()
      if (open.length === 1) {
        if (articleId === null) scan.fail()
        counts.set(articleId, (counts.get(articleId) ?? 0) + 1)
        articleId = null
      } else if (open.length === 0) {
        scan.pos = i + 1
        return counts
      }
    }
    i++
  }
  return scan.fail()
}

// `[` and `{` are two below `]` and `}` in ASCII.
const [QUOTE, COMMA, COLON, OPEN_ARRAY, CLOSE_ARRAY, OPEN_OBJECT, CLOSE_OBJECT] = [0x22, 0x2c, 0x3a, 0x5b, 0x5d, 0x7b, 0x7d]
