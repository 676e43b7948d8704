// Settings and reading positions are written to settings.json alone; library.json is read again only
// when another process replaced it.
import { promises as fsp, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LibraryService } from '../services/library-service'
import { article, highlight } from '../test-support/library-fixtures'
import { useTempDirs } from '../test-support/temp-dir'
import { parseLibrary } from './library-file'
import { Store } from './store'

const tempDir = useTempDirs()
afterEach(() => vi.restoreAllMocks())

const libraryFileOf = (dir: string) => path.join(dir, 'library.json')
const identity = (file: string) => {
  const s = statSync(file, { bigint: true })
  return { ino: s.ino, mtimeNs: s.mtimeNs, bytes: readFileSync(file, 'utf8') }
}

async function libraryWithArticles(dir: string, ids: string[]): Promise<{ store: Store; library: LibraryService }> {
  const store = await Store.open(dir, { settingsWindowMs: 0 })
  await store.update((lib) => void lib.articles.push(...ids.map((id) => article(id))))
  return { store, library: new LibraryService(store, null) }
}

describe('settings and reading positions', () => {
  it('are saved without rewriting library.json, and read back when the library opens again', async () => {
    const dir = tempDir()
    const { store, library } = await libraryWithArticles(dir, ['a1', 'a2'])
    const before = identity(libraryFileOf(dir))
    const answer = await library.updateSettings({ panes: ['a2', 'a1'], split: 0.3 })
    await library.setPosition('a1', 1234)
    expect(answer).toMatchObject({ panes: ['a2', 'a1'], split: 0.3 })
    expect(identity(libraryFileOf(dir))).toEqual(before)
    await store.close()

    const again = await Store.open(dir)
    expect(again.data.settings).toMatchObject({ panes: ['a2', 'a1'], split: 0.3, positions: { a1: 1234 } })
  })

  it('keeps the last of many positions given at once, written once', async () => {
    const dir = tempDir()
    const store = await Store.open(dir, { settingsWindowMs: 30 })
    await store.update((lib) => void lib.articles.push(article('a1')))
    const library = new LibraryService(store, null)
    const writes = vi.spyOn(fsp, 'rename')
    await Promise.all(Array.from({ length: 20 }, (_, i) => library.setPosition('a1', i * 10)))
    expect(writes.mock.calls.filter(([, to]) => String(to).endsWith('settings.json'))).toHaveLength(1)
    await store.close()
    expect((await Store.open(dir)).data.settings.positions.a1).toBe(190)
  })

  it('opens a library folder from before settings.json, its settings kept', async () => {
    const dir = tempDir()
    const { store } = await libraryWithArticles(dir, ['a1'])
    await store.update((lib) => {
      lib.settings.positions.a1 = 77
      lib.settings.syncScroll = true
    })
    await store.close()
    for (const name of readdirSync(dir)) if (name.startsWith('settings')) await fsp.rm(path.join(dir, name))
    const again = await Store.open(dir)
    expect(again.data.settings).toMatchObject({ positions: { a1: 77 }, syncScroll: true })
  })

  it('keeps library.json readable with its settings by a Diptych that knows nothing of settings.json', async () => {
    const dir = tempDir()
    const { store, library } = await libraryWithArticles(dir, ['a1'])
    await library.setPosition('a1', 5)
    await store.update((lib) => void lib.highlights.push(highlight('h1')))
    await store.close()
    const onDisk = parseLibrary(readFileSync(libraryFileOf(dir), 'utf8'), 'library.json')
    expect(onDisk.settings.positions.a1).toBe(5)
    expect(onDisk.highlights.map((h) => h.id)).toEqual(['h1'])
  })

  it('takes the settings an older Diptych wrote into library.json, and keeps its own when that one left them alone', async () => {
    const olderWrites = (dir: string, change: (lib: ReturnType<typeof parseLibrary>) => void) => {
      const lib = parseLibrary(readFileSync(libraryFileOf(dir), 'utf8'), 'library.json')
      change(lib)
      lib.revision += 1
      writeFileSync(libraryFileOf(dir), JSON.stringify(lib))
    }
    const dir = tempDir()
    const { store, library } = await libraryWithArticles(dir, ['a1', 'a2'])
    await library.setPosition('a1', 10)
    await store.close()

    olderWrites(dir, (lib) => lib.highlights.push(highlight('h1')))
    const first = await Store.open(dir)
    expect(first.data.settings.positions.a1).toBe(10)
    expect(first.data.highlights.map((h) => h.id)).toEqual(['h1'])
    await first.close()

    olderWrites(dir, (lib) => void (lib.settings.positions.a2 = 99))
    const second = await Store.open(dir)
    expect(second.data.settings.positions).toEqual({ a2: 99 })
  })

  it('moves a damaged settings.json aside, says so, and uses the settings saved with the library', async () => {
    const dir = tempDir()
    const { store } = await libraryWithArticles(dir, ['a1'])
    await store.update((lib) => void (lib.settings.positions.a1 = 3))
    await store.close()
    writeFileSync(path.join(dir, 'settings.json'), '{"schemaVersion":2,"settings":')
    const again = await Store.open(dir)
    expect(again.data.settings.positions.a1).toBe(3)
    expect(again.notices[0]?.message).toMatch(/settings file was damaged/)
    expect(existsSync(again.notices[0].movedTo!)).toBe(true)
  })

  it("of two processes are both kept, with each one's library changes", async () => {
    const dir = tempDir()
    const { store: app, library: appLibrary } = await libraryWithArticles(dir, ['a1', 'a2'])
    const cli = await Store.open(dir, { settingsWindowMs: 0 })
    const cliLibrary = new LibraryService(cli, null)
    await appLibrary.setPosition('a1', 11)
    await cliLibrary.setPosition('a2', 22)
    await cli.update((lib) => void lib.highlights.push(highlight('from-cli')))
    await appLibrary.updateSettings({ syncScroll: true })
    await app.update((lib) => void lib.highlights.push({ ...highlight('from-app'), articleId: 'a2' }))
    await Promise.all([app.close(), cli.close()])
    const again = await Store.open(dir)
    expect(again.data.settings).toMatchObject({ positions: { a1: 11, a2: 22 }, syncScroll: true })
    expect(again.data.highlights.map((h) => h.id).sort()).toEqual(['from-app', 'from-cli'])
  })
})

describe('another process writing', () => {
  it('is noticed without reading library.json again when nobody else wrote, and read when someone did', async () => {
    const dir = tempDir()
    const { store: app } = await libraryWithArticles(dir, ['a1'])
    const cli = await Store.open(dir)
    const reads = vi.spyOn(fsp, 'readFile')
    const libraryReads = () => reads.mock.calls.filter(([file]) => file === libraryFileOf(dir)).length

    await app.update((lib) => void lib.highlights.push(highlight('one')))
    await app.update((lib) => void lib.highlights.push(highlight('two')))
    expect(libraryReads()).toBe(0)

    await cli.update((lib) => void lib.highlights.push(highlight('three')))
    await app.update((lib) => void lib.highlights.push(highlight('four')))
    expect(libraryReads()).toBeGreaterThan(0)
    expect(app.data.highlights.map((h) => h.id)).toEqual(['one', 'two', 'three', 'four'])
    await Promise.all([app.close(), cli.close()])
  })
})
