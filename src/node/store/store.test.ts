import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Store } from './store'
import { article } from '../test-support/library-fixtures'
import { useTempDirs } from '../test-support/temp-dir'

const tempDir = useTempDirs()

describe('Store', () => {
  it('creates an empty library on a first run and reopens what was written', async () => {
    const dir = tempDir()
    const store = await Store.open(dir)
    expect(store.data.articles).toEqual([])
    expect(store.notices).toEqual([])
    await store.update((lib) => void lib.articles.push(article('a1')))
    await store.close()

    const again = await Store.open(dir)
    expect(again.data.articles.map((a) => a.id)).toEqual(['a1'])
    expect(again.data.revision).toBe(1)
  })

  it('writes through a unique temporary file and leaves none behind', async () => {
    const dir = tempDir()
    const store = await Store.open(dir)
    await Promise.all([1, 2, 3].map((i) => store.update((lib) => void lib.articles.push(article(`a${i}`)))))
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([])
    expect(JSON.parse(readFileSync(path.join(dir, 'library.json'), 'utf8')).articles).toHaveLength(3)
  })

  it('coalesces changes made while a write runs into one write', async () => {
    const store = await Store.open(tempDir())
    const before = store.data.revision
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.update((lib) => void lib.articles.push(article(`a${i}`)))))
    expect(store.data.articles).toHaveLength(50)
    // The first change starts a write; the 49 others share the next one.
    expect(store.data.revision - before).toBeLessThanOrEqual(2)
  })

  it('moves a corrupt library aside and restores the newest good backup', async () => {
    const dir = tempDir()
    const store = await Store.open(dir)
    await store.update((lib) => void lib.articles.push(article('kept')))
    await store.backupNow()
    await store.close()
    writeFileSync(path.join(dir, 'library.json'), '{"schemaVersion":1,"articles":[{"id":')

    const reopened = await Store.open(dir)
    expect(reopened.data.articles.map((a) => a.id)).toEqual(['kept'])
    expect(reopened.notices).toHaveLength(1)
    expect(reopened.notices[0].kind).toBe('recovered-from-backup')
    const moved = reopened.notices[0].movedTo!
    expect(readFileSync(moved, 'utf8')).toBe('{"schemaVersion":1,"articles":[{"id":')
  })

  it('treats valid JSON that is not a library (null, wrong shape) as corrupt, never as empty', async () => {
    for (const content of ['null', '[]', '{"schemaVersion":1}', '']) {
      const dir = tempDir()
      writeFileSync(path.join(dir, 'library.json'), content)
      const store = await Store.open(dir)
      expect(store.notices[0]?.kind).toBe('recovered-empty')
      expect(existsSync(store.notices[0].movedTo!)).toBe(true)
    }
  })

  it('replays its changes on top of a write made by another process', async () => {
    const dir = tempDir()
    const app = await Store.open(dir)
    await app.update((lib) => void lib.articles.push(article('from-app')))
    const cli = await Store.open(dir)
    await cli.update((lib) => void lib.articles.push(article('from-cli')))
    await app.update((lib) => void lib.articles.push(article('from-app-2')))
    const final = await Store.open(dir)
    expect(final.data.articles.map((a) => a.id).sort()).toEqual(['from-app', 'from-app-2', 'from-cli'])
  })

  it('keeps changes in memory when a write fails and saves them with the next one', async () => {
    const dir = tempDir()
    const store = await Store.open(dir, { lockTimeoutMs: 100 })
    // A directory where the lock file must go makes the next write fail.
    const lock = path.join(dir, 'library.lock')
    const { mkdirSync, rmdirSync } = await import('node:fs')
    mkdirSync(lock)
    await expect(store.update((lib) => void lib.articles.push(article('pending')))).rejects.toThrow(/Could not save/)
    expect(store.data.articles.map((a) => a.id)).toEqual(['pending'])
    expect(store.notices.some((n) => n.kind === 'write-failed')).toBe(true)
    rmdirSync(lock)
    await store.update((lib) => void lib.articles.push(article('next')))
    const reopened = await Store.open(dir)
    expect(reopened.data.articles.map((a) => a.id)).toEqual(['pending', 'next'])
  })

  it('keeps a bounded number of backups', async () => {
    const dir = tempDir()
    const store = await Store.open(dir, { backupsToKeep: 3 })
    for (let i = 0; i < 6; i++) {
      await store.update((lib) => void lib.articles.push(article(`a${i}`)))
      await store.backupNow()
    }
    expect((await store.backups.list()).length).toBe(3)
  })

  it('writes article bodies atomically and refuses a damaged one', async () => {
    const store = await Store.open(tempDir())
    await store.writeBody({ id: 'b1', blocks: [{ kind: 'paragraph', text: 'Dear friends.' }] })
    expect((await store.readBody('b1'))?.blocks[0].text).toBe('Dear friends.')
    writeFileSync(store.bodyPath('b2'), '{"id":"b2","blocks":[{"kind":"nonsense"}]}')
    await expect(store.readBody('b2')).rejects.toThrow(/damaged/)
    expect(await store.readBody('missing')).toBeNull()
  })
})
