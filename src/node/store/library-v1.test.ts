// A library folder as Diptych wrote it before blocks and marks were told apart by kind (commit 9611a91,
// importing fixtures/library-v1-sources/every-block.{md,html,txt}): it must open, every body whole.
import { cpSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../../shared/model'
import { useTempDirs } from '../test-support/temp-dir'
import { openTestApp } from '../test-support/test-app'
import { libraryOnDisk } from './library-on-disk'

const tempDir = useTempDirs()
const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'library-v1')
const onDisk = (name: string): unknown => JSON.parse(readFileSync(path.join(FIXTURE, name), 'utf8'))

describe('a version-1 library written by the importers of commit 9611a91', () => {
  it('holds every kind of block and mark, so that reading it back tests them all', () => {
    const bodies = readdirSync(path.join(FIXTURE, 'articles')).map((name) => JSON.stringify(onDisk(`articles/${name}`)))
    for (const kind of ['heading', 'paragraph', 'quote', 'listItem', 'preformatted', 'emphasis', 'strong', 'code', 'link']) {
      expect(
        bodies.some((body) => body.includes(`"kind":"${kind}"`)),
        kind
      ).toBe(true)
    }
    expect(onDisk('library.json')).toMatchObject({ schemaVersion: 1 })
  })

  it('is version ' + SCHEMA_VERSION + ' once opened and changed, its bodies untouched', async () => {
    const dir = tempDir()
    cpSync(FIXTURE, dir, { recursive: true })
    const app = await openTestApp(dir)
    expect(app.store.data.schemaVersion).toBe(SCHEMA_VERSION)
    await app.store.update((lib) => {
      lib.settings.syncScroll = !lib.settings.syncScroll
    })
    await app.store.close()
    const written = await libraryOnDisk(dir)
    // The file of version 1 stays beside the new ones, as it was.
    expect(readFileSync(path.join(dir, 'library.before-change-log.json'), 'utf8')).toBe(
      readFileSync(path.join(FIXTURE, 'library.json'), 'utf8')
    )
    expect(written.schemaVersion).toBe(SCHEMA_VERSION)
    expect(written.articles).toEqual((onDisk('library.json') as { articles: unknown }).articles)
    for (const name of readdirSync(path.join(FIXTURE, 'articles'))) {
      expect(readFileSync(path.join(dir, 'articles', name), 'utf8'), name).toBe(readFileSync(path.join(FIXTURE, 'articles', name), 'utf8'))
    }
  })

  it('opens with every article and every body as written', async () => {
    const dir = tempDir()
    cpSync(FIXTURE, dir, { recursive: true })
    const app = await openTestApp(dir)
    const library = onDisk('library.json') as { articles: { id: string }[] }
    expect(app.store.data.articles).toEqual(library.articles)
    for (const { id } of library.articles) {
      expect(await app.library.body(id), id).toEqual(onDisk(`articles/${id}.json`))
    }
  })
})
