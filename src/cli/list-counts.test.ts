// `diptych list` prints the highlight counts of the library as the full opening reads it, whether it
// reads the article list written beside the snapshot or gives way to the full opening: a listing older
// than its snapshot, one in the first format, one damaged.
import { readFileSync, writeFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { libraryOnDisk } from '../node'
import {
  changedAndCompacted,
  highlightChanges,
  libraryWithListing,
  listingFile,
  toFirstFormat
} from '../node/test-support/listing-fixtures'
import { useTempDirs } from '../node/test-support/temp-dir'
import { cliOk, ensureBuilt } from './cli-harness'
import type { ListedArticle } from './list'

const tempDir = useTempDirs()
beforeAll(ensureBuilt)

async function expectListed(dir: string): Promise<void> {
  // Read after the list: opening the library the full way adds the bundled articles a library lacks.
  const listed = JSON.parse((await cliOk(['list', '--json', '--data-dir', dir])).stdout) as ListedArticle[]
  const full = await libraryOnDisk(dir)
  const expected = full.articles.map((a) => ({ id: a.id, highlights: full.highlights.filter((h) => h.articleId === a.id).length }))
  expect(listed.map((a) => ({ id: a.id, highlights: a.highlights }))).toEqual(expected)
  const table = (await cliOk(['list', '--data-dir', dir])).stdout.split('\n')
  for (const { id, highlights } of expected) expect(table.find((l) => l.startsWith(`${id} `))).toMatch(new RegExp(` ${highlights}$`))
  expect(table).toContain(`${expected.length} articles`)
}

describe('diptych list: highlight counts', { timeout: 60_000 }, () => {
  it('counts the highlights created, deleted and moved since the snapshot', async () => {
    await expectListed(await libraryWithListing(tempDir(), highlightChanges))
  })

  it('prints the right counts when the listing is older than its snapshot and the logs it needs are gone', async () => {
    const dir = await libraryWithListing(tempDir())
    const older = readFileSync(listingFile(dir))
    await changedAndCompacted(dir)
    writeFileSync(listingFile(dir), older)
    await expectListed(dir)
  })

  it('prints the right counts from a listing in the first format, or a damaged one', async () => {
    const dir = await libraryWithListing(tempDir(), highlightChanges)
    const file = listingFile(dir)
    const [header, body, groups] = readFileSync(file, 'utf8').split('\n')
    writeFileSync(file, `${header}\n${body}\n${groups.replace('"h1"', '"h4"')}\n`)
    await expectListed(dir)
    toFirstFormat(dir)
    await expectListed(dir)
  })
})
