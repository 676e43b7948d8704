import { existsSync, mkdirSync, readFileSync, readdirSync, rmdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Store } from './store'
import { article, highlight } from '../test-support/library-fixtures'
import { useTempDirs } from '../test-support/temp-dir'

const tempDir = useTempDirs()

/** The log files of a library folder, with their sizes. */
function logs(dir: string): Map<string, number> {
  const sizes = new Map<string, number>()
  const changes = path.join(dir, 'changes')
  for (const device of existsSync(changes) ? readdirSync(changes) : []) {
    for (const name of readdirSync(path.join(changes, device)).filter((n) => n.endsWith('.jsonl'))) {
      sizes.set(`${device}/${name}`, statSync(path.join(changes, device, name)).size)
    }
  }
  return sizes
}
const logBytes = (dir: string) => [...logs(dir).values()].reduce((a, b) => a + b, 0)

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
  })

  it('writes a change as a few hundred bytes appended to its own log, and leaves no temporary file', async () => {
    const dir = tempDir()
    const store = await Store.open(dir)
    await store.update((lib) => {
      lib.articles.push(article('a1'))
      for (let i = 0; i < 2000; i++) lib.highlights.push(highlight(`h${i}`))
    })
    const before = logBytes(dir)
    await store.update((lib) => void (lib.highlights.find((h) => h.id === 'h1500')!.note = 'A note.'))
    expect(logBytes(dir) - before).toBeGreaterThan(0)
    expect(logBytes(dir) - before).toBeLessThan(500)
    await Promise.all([1, 2, 3].map((i) => store.update((lib) => void lib.articles.push(article(`b${i}`)))))
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([])
    await store.close()
    const again = await Store.open(dir)
    expect(again.data.articles).toHaveLength(4)
    expect(again.data.highlights.find((h) => h.id === 'h1500')!.note).toBe('A note.')
  })

  it('coalesces changes made while a write runs into one write', async () => {
    const store = await Store.open(tempDir())
    const before = store.data.revision
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.update((lib) => void lib.articles.push(article(`a${i}`)))))
    expect(store.data.articles).toHaveLength(50)
    // The first change starts a write; the 49 others share the next one.
    expect(store.data.revision - before).toBeLessThanOrEqual(2)
  })

  it('moves its damaged snapshot aside and rebuilds the library from the newest good backup and the logs', async () => {
    const dir = tempDir()
    const store = await Store.open(dir)
    await store.update((lib) => void lib.articles.push(article('kept')))
    await store.compact()
    await store.update((lib) => void lib.articles.push(article('logged-after')))
    await store.close()
    writeFileSync(store.libraryFile, '{"snapshot":1,"device":')

    const reopened = await Store.open(dir)
    expect(reopened.data.articles.map((a) => a.id)).toEqual(['kept', 'logged-after'])
    expect(reopened.notices.map((n) => n.kind)).toContain('recovered-from-backup')
    const moved = reopened.notices.find((n) => n.movedTo)!.movedTo!
    expect(readFileSync(moved, 'utf8')).toBe('{"snapshot":1,"device":')
  })

  it('treats a snapshot of valid JSON that is not a library as damaged, never as empty', async () => {
    const dir = tempDir()
    const store = await Store.open(dir)
    await store.update((lib) => void lib.articles.push(article('a1')))
    await store.compact()
    await store.close()
    writeFileSync(store.libraryFile, '{"snapshot":1,"device":"x","covered":{}}\n{"library":null}\n')
    const reopened = await Store.open(dir)
    // Nothing lost: every change is in the log.
    expect(reopened.data.articles.map((a) => a.id)).toEqual(['a1'])
    expect(reopened.notices.length).toBeGreaterThan(0)
  })

  it('replays the changes of another process on top of its own', async () => {
    const dir = tempDir()
    const app = await Store.open(dir)
    await app.update((lib) => void lib.articles.push(article('from-app')))
    const cli = await Store.open(dir)
    await cli.update((lib) => void lib.articles.push(article('from-cli')))
    await app.update((lib) => void lib.articles.push(article('from-app-2')))
    // The app read the command line's change before it wrote its own.
    expect(app.data.articles.map((a) => a.id)).toEqual(['from-app', 'from-cli', 'from-app-2'])
    const final = await Store.open(dir)
    expect(final.data.articles.map((a) => a.id)).toEqual(['from-app', 'from-cli', 'from-app-2'])
  })

  it('keeps changes in memory when a write fails and saves them with the next one', async () => {
    const dir = tempDir()
    const store = await Store.open(dir)
    await store.update((lib) => void lib.articles.push(article('first')))
    // A folder where the log must be makes the next append fail; the next one goes to a new log.
    const [name] = logs(dir).keys()
    const log = path.join(dir, 'changes', name)
    const { renameSync } = await import('node:fs')
    renameSync(log, log + '.aside')
    mkdirSync(log)
    await expect(store.update((lib) => void lib.articles.push(article('pending')))).rejects.toThrow(/Could not save/)
    expect(store.data.articles.map((a) => a.id)).toEqual(['first', 'pending'])
    expect(store.notices.some((n) => n.kind === 'write-failed')).toBe(true)
    rmdirSync(log)
    renameSync(log + '.aside', log)
    await store.update((lib) => void lib.articles.push(article('next')))
    expect(store.notices.some((n) => n.kind === 'write-failed')).toBe(false)
    const reopened = await Store.open(dir)
    expect(reopened.data.articles.map((a) => a.id)).toEqual(['first', 'pending', 'next'])
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
