// The quick article list (library-listing.ts) says what the full reading says, and gives way to it on
// anything unexpected.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateLibrary, SIZES } from '../../../bench/generate-library'
import { emptyLibrary, SCHEMA_VERSION, type Library } from '../../shared/model'
import { article, highlight } from '../test-support/library-fixtures'
import { useTempDirs } from '../test-support/temp-dir'
import { parseLibrary } from './library-file'
import { readLibraryListing } from './library-listing'
import { libraryOnDisk } from './library-on-disk'
import { Store } from './store'

const tempDir = useTempDirs()

function countsOf(library: Library): Map<string, number> {
  const counts = new Map<string, number>()
  for (const h of library.highlights) counts.set(h.articleId, (counts.get(h.articleId) ?? 0) + 1)
  return counts
}

function folderWith(text: string): string {
  const dir = tempDir()
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'library.json'), text)
  return dir
}

describe('the article list read without checking every highlight', () => {
  it('holds the articles and highlight counts of the full reading, on a generated library', async () => {
    const generated = generateLibrary(tempDir(), SIZES.S)
    const file = path.join(generated.dir, 'library.json')
    const full = parseLibrary(readFileSync(file, 'utf8'), file)
    const listing = await readLibraryListing(generated.dir)
    expect(listing?.articles).toEqual(full.articles)
    expect(listing?.highlightCounts).toEqual(countsOf(full))
  })

  it('is not misled by notes, quotes and ids that hold quotes, backslashes and key names', () => {
    const texts = fc.oneof(fc.string(), fc.constantFrom('"articleId":"x"', '\\', '\\"', '\\\\"', '"}]', '{"highlights":[', '€ “quotes”'))
    return fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom('a1', 'a"2', 'a\\3'), texts, texts), { maxLength: 12 }), async (rows) => {
        const library = emptyLibrary()
        library.articles = ['a1', 'a2'].map((id) => article(id, { title: `T “${id}” \\ "${id}"` }))
        library.highlights = rows.map(([articleId, note, exact], i) => ({
          ...highlight(`h${i}`, note),
          articleId,
          quote: { exact: exact || 'x', prefix: '', suffix: '' }
        }))
        const listing = await readLibraryListing(folderWith(JSON.stringify(library, null, rows.length % 2 ? 1 : undefined)))
        expect(listing?.articles).toEqual(library.articles)
        expect(listing?.highlightCounts).toEqual(countsOf(library))
      }),
      { numRuns: 60 }
    )
  })

  it('gives way to the full reading on a missing, damaged, older or newer library', async () => {
    const good = { ...emptyLibrary(), articles: [article('a1')], highlights: [highlight('h1')] }
    const text = JSON.stringify(good)
    expect(await readLibraryListing(folderWith(text))).not.toBeNull()
    expect(await readLibraryListing(tempDir())).toBeNull()
    expect(await readLibraryListing(folderWith(text.slice(0, -5)))).toBeNull()
    expect(await readLibraryListing(folderWith(text + 'x'))).toBeNull()
    expect(await readLibraryListing(folderWith(JSON.stringify({ ...good, schemaVersion: SCHEMA_VERSION + 1 })))).toBeNull()
    expect(await readLibraryListing(folderWith(JSON.stringify({ ...good, schemaVersion: 1 })))).toBeNull()
    expect(await readLibraryListing(folderWith(JSON.stringify({ ...good, articles: [{ id: 'a1' }] })))).toBeNull()
    const { articleId: _, ...noArticle } = highlight('h2')
    expect(await readLibraryListing(folderWith(JSON.stringify({ ...good, highlights: [noArticle] })))).toBeNull()
    expect(await readLibraryListing(folderWith(JSON.stringify({ ...good, highlights: [highlight('h3'), 'a1'] })))).toBeNull()
    expect(await readLibraryListing(folderWith(text.replace('"tags":[]', '"tags":[}')))).toBeNull()
  })

  it('reads the snapshot and the changes logged since, as the full opening does', async () => {
    const dir = tempDir()
    const store = await Store.open(dir)
    await store.update((lib) => {
      lib.articles.push(article('a1'), article('a2'), article('a3'))
      for (let i = 0; i < 30; i++) lib.highlights.push({ ...highlight(`h${i}`), articleId: `a${1 + (i % 3)}` })
    })
    await store.compact()
    // Logged after the snapshot: a new article and highlights, a deleted one, a renamed and a trashed article.
    await store.update((lib) => {
      lib.articles.push(article('a4'))
      lib.highlights.push({ ...highlight('h-new'), articleId: 'a4' })
      lib.highlights = lib.highlights.filter((h) => h.id !== 'h0')
      lib.articles[0].title = 'Renamed'
      lib.articles[1].deletedAt = '2024-05-16T00:00:00.000Z'
    })
    await store.close()
    const full = await libraryOnDisk(dir)
    const listing = await readLibraryListing(dir)
    expect(listing?.articles).toEqual(full.articles)
    expect(listing?.highlightCounts).toEqual(countsOf(full))
    expect(listing?.articles[0].title).toBe('Renamed')
  })
})
