// The article list written beside a snapshot (oplog/listing-file.ts): counts of highlights per article,
// read with the changes logged since; and every listing that cannot be trusted (older than its
// snapshot, damaged, of another format) is passed over for the snapshot itself: the counts are right.
import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Library } from '../../shared/model'
import { article, highlight } from '../test-support/library-fixtures'
import {
  changedAndCompacted,
  highlightChanges,
  libraryWithListing,
  listingFile,
  logsIn,
  toFirstFormat
} from '../test-support/listing-fixtures'
import { useTempDirs } from '../test-support/temp-dir'
import { readLibraryListing } from './library-listing'
import { parseListingFile } from './oplog/listing-file'
import { libraryOnDisk } from './library-on-disk'

const tempDir = useTempDirs()

function countsOf(library: Library): Map<string, number> {
  const counts = new Map<string, number>()
  for (const h of library.highlights) counts.set(h.articleId, (counts.get(h.articleId) ?? 0) + 1)
  return counts
}

/** The listing's counts and its answer for the highlights changed since, or null when it is not read. */
const readListingFile = (dir: string) => {
  try {
    const listing = parseListingFile(readFileSync(listingFile(dir), 'utf8'))
    return listing && listing.articlesOf(new Set(['h0', 'h1', 'h3', 'h-new']))
  } catch {
    return null
  }
}

const withListing = (since?: (lib: Library) => void) => libraryWithListing(tempDir(), since)

async function expectFullCounts(dir: string): Promise<void> {
  const full = await libraryOnDisk(dir)
  const listing = await readLibraryListing(dir)
  expect(listing?.articles).toEqual(full.articles)
  expect(listing?.highlightCounts).toEqual(countsOf(full))
}

describe('the listing beside a snapshot', () => {
  it('holds how many highlights each article has, and the highlight ids apart, after the articles and counts', async () => {
    const dir = await withListing()
    const lines = readFileSync(listingFile(dir), 'utf8').split('\n')
    expect(lines).toHaveLength(4)
    const body = JSON.parse(lines[1]) as { listing: number; articles: { id: string }[]; counts: Record<string, number> }
    expect(body.listing).toBe(2)
    expect(body.articles.map((a) => a.id)).toEqual(['a1', 'a2', 'a3'])
    expect(body.counts).toEqual({ a1: 10, a2: 10, a3: 10 })
    expect((JSON.parse(lines[2]) as [string, string[]][]).map(([a, ids]) => [a, ids.length])).toEqual([
      ['a1', 10],
      ['a2', 10],
      ['a3', 10]
    ])
    await expectFullCounts(dir)
  })

  it('counts highlights created, deleted and moved since the snapshot as the full opening does', async () => {
    await expectFullCounts(await withListing(highlightChanges))
    await expectFullCounts(
      await withListing((lib) => {
        lib.articles.push(article('a4'))
        lib.highlights.push({ ...highlight('h-a4'), articleId: 'a4' })
        lib.articles[1].deletedAt = '2024-05-16T00:00:00.000Z'
        lib.articles[0].title = 'Renamed'
      })
    )
  })

  it('still reads a listing in the first format (every highlight with its article), and passes over one naming a highlight twice', async () => {
    const dir = await withListing(highlightChanges)
    toFirstFormat(dir)
    expect(readListingFile(dir)).not.toBeNull()
    await expectFullCounts(dir)
    // Were it read, the damaged pair would move a count.
    writeFileSync(listingFile(dir), readFileSync(listingFile(dir), 'utf8').replace('"h1"', '"h4"'))
    expect(readListingFile(dir)).toBeNull()
    await expectFullCounts(dir)
  })

  it('is passed over when its snapshot holds more: the logs it would need may be gone', async () => {
    const dir = await withListing()
    const file = listingFile(dir)
    const older = readFileSync(file)
    const logs = logsIn(dir)
    await changedAndCompacted(dir)
    // The changing session's log is gone.
    expect(logsIn(dir).every((n) => logs.includes(n))).toBe(true)
    // As if the compaction had stopped between the snapshot and its listing.
    writeFileSync(file, older)
    await expectFullCounts(dir)
  })

  it('is passed over when damaged, of another format, its ids not those it gives the hash of, or its counts and ids disagree', async () => {
    const dir = await withListing(highlightChanges)
    const file = listingFile(dir)
    const good = readFileSync(file, 'utf8')
    const [header, body, groups] = good.split('\n')
    const listed = JSON.parse(body) as { counts: Record<string, number>; ids: string }
    const damaged = [
      good.slice(0, -10),
      good.replace('"listing":2', '"listing":3'),
      `${header}\n${body.slice(0, -3)}\n${groups}\n`,
      `${header}\n${JSON.stringify({ ...listed, counts: { ...listed.counts, a1: 11 } })}\n${groups}\n`,
      `${header}\n${JSON.stringify({ ...listed, counts: { ...listed.counts, a2: -1 } })}\n${groups}\n`,
      `${header}\n${body}\n${groups.replace('"h1"', '"h4"')}\n`,
      `${header}\n${body}\n${groups.slice(0, -2)}\n`,
      `${header}\n${JSON.stringify({ ...listed, ids: undefined })}\n${groups}\n`,
      `${header}\n${body}\n`
    ]
    for (const text of damaged) {
      writeFileSync(file, text)
      expect(readListingFile(dir)).toBeNull()
      await expectFullCounts(dir)
    }
    writeFileSync(file, good)
    await expectFullCounts(dir)
  })
})
