import { promises as fs } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { StoreNotice } from '../../shared/api'
import { article, highlight } from '../test-support/library-fixtures'
import { useTempDirs } from '../test-support/temp-dir'
import { LibraryWatcher, type WatchedStore } from './library-watcher'
import { Store } from './store'

const tempDir = useTempDirs()
const open: { close(): unknown }[] = []
afterEach(async () => {
  for (const o of open.splice(0).reverse()) await o.close()
})

/** Resolves with the next call of the watcher's listeners. */
const nextChange = (watcher: LibraryWatcher) => new Promise<void>((resolve) => watcher.onChanged(resolve))
const settle = (ms = 600) => new Promise((resolve) => setTimeout(resolve, ms))

async function opened(dir: string): Promise<Store> {
  const store = await Store.open(dir, { backupOnOpen: false })
  open.push(store)
  return store
}

describe('the library watcher', () => {
  it('brings another process’s change into the open library, and says so', async () => {
    const dir = tempDir()
    const mine = await opened(dir)
    await mine.update((lib) => void lib.articles.push(article('a1')))
    const watcher = await LibraryWatcher.start(mine, { debounceMs: 20 })
    open.push(watcher)
    const changed = nextChange(watcher)

    const other = await opened(dir)
    await other.update((lib) => void lib.highlights.push(highlight('h-from-elsewhere', 'written elsewhere')))
    await changed
    expect(mine.data.highlights.map((h) => h.note)).toEqual(['written elsewhere'])
  })

  it('stays quiet about this process’s own writes', async () => {
    const dir = tempDir()
    const mine = await opened(dir)
    const watcher = await LibraryWatcher.start(mine, { debounceMs: 20 })
    open.push(watcher)
    let calls = 0
    watcher.onChanged(() => calls++)
    await mine.update((lib) => void lib.articles.push(article('a1')))
    await mine.updateSettings((s) => void (s.positions.a1 = 40))
    await settle()
    expect(calls).toBe(0)
  })

  it('looks again when the window asks (focus), without an event', async () => {
    const dir = tempDir()
    const mine = await opened(dir)
    const watcher = await LibraryWatcher.start(mine, { debounceMs: 60_000 })
    open.push(watcher)
    const other = await opened(dir)
    await other.update((lib) => void lib.articles.push(article('a2')))
    expect(await watcher.check()).toBe(true)
    expect(mine.data.articles.map((a) => a.id)).toEqual(['a2'])
    expect(await watcher.check()).toBe(false)
  })

  it('watches a change-log folder that appears after it started', async () => {
    const dir = tempDir()
    let refreshes = 0
    const store: WatchedStore = { dir, notices: [], refreshFromDisk: async () => (refreshes++, true) }
    const watcher = await LibraryWatcher.start(store, { debounceMs: 20 })
    open.push(watcher)
    await fs.mkdir(path.join(dir, 'changes', 'laptop'), { recursive: true })
    await settle(300)
    const changed = nextChange(watcher)
    refreshes = 0
    await fs.writeFile(path.join(dir, 'changes', 'laptop', '1.jsonl'), '{}\n')
    await changed
    expect(refreshes).toBeGreaterThan(0)
  })

  it('tells the reader about a conflicted copy that arrives, and one there at the start', async () => {
    const dir = tempDir()
    await fs.writeFile(path.join(dir, 'settings.json'), '{"mine":1}')
    await fs.writeFile(path.join(dir, 'settings (Jane’s conflicted copy 2026-01-30).json'), '{"theirs":1}')
    const notices: StoreNotice[] = []
    const watcher = await LibraryWatcher.start({ dir, notices, refreshFromDisk: async () => false }, { debounceMs: 20 })
    open.push(watcher)
    expect(notices.map((n) => n.message)).toEqual([expect.stringContaining('Dropbox found settings.json changed on two computers at once')])
    const changed = nextChange(watcher)
    await fs.writeFile(path.join(dir, 'library.json'), '{"mine":1}')
    await fs.writeFile(path.join(dir, 'library.sync-conflict-20260130-101530-ABCDEFG.json'), '{"theirs":1}')
    await changed
    expect(notices[1].message).toContain('Syncthing found library.json changed on two computers at once')
  })
})
