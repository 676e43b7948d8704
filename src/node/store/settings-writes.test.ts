// Settings and reading positions are operations like any change: a scroll writes a line, not the library.
// Which follow the reader to another computer and which stay with this one: docs/merge-rules.md.
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { emptyLibrary } from '../../shared/model'
import { LibraryService } from '../services/library-service'
import { article, highlight } from '../test-support/library-fixtures'
import { useTempDirs } from '../test-support/temp-dir'
import { Store } from './store'

const tempDir = useTempDirs()

async function libraryWithArticles(dir: string, ids: string[], configDir?: string): Promise<{ store: Store; library: LibraryService }> {
  const store = await Store.open(dir, { settingsWindowMs: 0, configDir })
  await store.update((lib) => void lib.articles.push(...ids.map((id) => article(id))))
  return { store, library: new LibraryService(store, null) }
}

describe('settings and reading positions', () => {
  it('are saved as a few bytes of the log, and read back when the library opens again', async () => {
    const dir = tempDir()
    const { store, library } = await libraryWithArticles(dir, ['a1', 'a2'])
    await store.compact()
    const snapshot = statSync(store.libraryFile).mtimeMs
    const answer = await library.updateSettings({ panes: ['a2', 'a1'], split: 0.3 })
    await library.setPosition('a1', 1234)
    expect(answer).toMatchObject({ panes: ['a2', 'a1'], split: 0.3 })
    expect(statSync(store.libraryFile).mtimeMs).toBe(snapshot)
    await store.close()

    const again = await Store.open(dir)
    expect(again.data.settings).toMatchObject({ panes: ['a2', 'a1'], split: 0.3, positions: { a1: 1234 } })
  })

  it('keeps the last of many positions given at once, written together', async () => {
    const dir = tempDir()
    const store = await Store.open(dir, { settingsWindowMs: 30 })
    await store.update((lib) => void lib.articles.push(article('a1')))
    const library = new LibraryService(store, null)
    const before = store.data.revision
    await Promise.all(Array.from({ length: 20 }, (_, i) => library.setPosition('a1', i * 10)))
    expect(store.data.revision - before).toBe(1)
    await store.close()
    expect((await Store.open(dir)).data.settings.positions.a1).toBe(190)
  })

  it('of a library.json and settings.json from before the change log are taken over, the old files kept aside', async () => {
    const dir = tempDir()
    const old = emptyLibrary()
    old.articles.push(article('a1'))
    old.highlights.push(highlight('h1'))
    old.settings.positions.a1 = 3
    writeFileSync(path.join(dir, 'library.json'), JSON.stringify(old))
    const store = await Store.open(dir)
    expect(store.data.articles.map((a) => a.id)).toEqual(['a1'])
    expect(store.data.highlights.map((h) => h.id)).toEqual(['h1'])
    expect(store.data.settings.positions).toEqual({ a1: 3 })
    expect(existsSync(path.join(dir, 'library.json'))).toBe(false)
    expect(JSON.parse(readFileSync(path.join(dir, 'library.before-change-log.json'), 'utf8'))).toEqual(old)
    expect(existsSync(store.libraryFile)).toBe(true)
  })

  it('follow the reader to another computer, except the panes and the split of each computer', async () => {
    const dir = tempDir()
    const laptop = mkdtempSync(path.join(os.tmpdir(), 'diptych-config-'))
    const desktop = mkdtempSync(path.join(os.tmpdir(), 'diptych-config-'))
    const { store: a, library: onLaptop } = await libraryWithArticles(dir, ['a1', 'a2'], laptop)
    await onLaptop.updateSettings({
      panes: ['a1', 'a2'],
      split: 0.3,
      appearance: { theme: 'dark', font: 'inter', size: 20, lineHeight: 1.6, lineLength: 70 }
    })
    await onLaptop.setPosition('a1', 500)
    await a.close()
    const b = await Store.open(dir, { configDir: desktop })
    expect(b.data.settings.positions).toEqual({ a1: 500 })
    expect(b.data.settings.appearance?.theme).toBe('dark')
    expect(b.data.settings.panes).toEqual([null, null])
    expect(b.data.settings.split).toBe(0.5)
    await new LibraryService(b, null).updateSettings({ panes: ['a2', null] })
    await b.close()
    const back = await Store.open(dir, { configDir: laptop })
    expect(back.data.settings.panes).toEqual(['a1', 'a2'])
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
  it('is read by refreshFromDisk, which says whether anything changed', async () => {
    const dir = tempDir()
    const { store: app } = await libraryWithArticles(dir, ['a1'])
    const cli = await Store.open(dir)
    expect(await app.refreshFromDisk()).toBe(false)
    await cli.update((lib) => void lib.highlights.push(highlight('three')))
    const version = app.version
    expect(await app.refreshFromDisk()).toBe(true)
    expect(app.version).toBeGreaterThan(version)
    expect(app.data.highlights.map((h) => h.id)).toEqual(['three'])
    expect(await app.refreshFromDisk()).toBe(false)
    await Promise.all([app.close(), cli.close()])
  })
})
