// Backups next to files Diptych did not write: copies made by hand, backups dated by a clock that was ahead.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyLibrary } from '../../shared/model'
import { bundleChild, LineChild, type BundledChild } from '../test-support/child-process'
import { useTempDirs } from '../test-support/temp-dir'
import { Store } from './store'

const tempDir = useTempDirs()
let child: BundledChild

beforeAll(async () => {
  child = await bundleChild(path.join(import.meta.dirname, 'steady-child.ts'))
})
afterAll(() => child?.dispose())

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const libraryWith = (articleId: string) =>
  JSON.stringify({
    ...emptyLibrary(),
    articles: [
      { id: articleId, title: articleId, format: 'text', addedAt: '2024-05-16T00:00:00.000Z', wordCount: 1, textHash: 'h', tags: [] }
    ]
  })

/** A library folder whose backups/ holds what a reader might leave there, next to one real backup. */
async function folderWithStrangeBackups(): Promise<string> {
  const dir = tempDir()
  const store = await Store.open(dir)
  await store.update((lib) => void (lib.settings.positions.x = 1))
  await store.close()
  const backups = path.join(dir, 'backups')
  mkdirSync(backups, { recursive: true })
  writeFileSync(path.join(backups, 'library-before-cleanup.json'), libraryWith('hand-made'))
  writeFileSync(path.join(backups, 'library-1999 copy.json'), libraryWith('old-copy'))
  writeFileSync(path.join(backups, 'library-2999-01-01T00-00-00-000Z.json'), libraryWith('clock-ahead'))
  return dir
}

describe('backups', () => {
  it('are still made when backups/ holds a hand-made copy and a backup from a clock that was ahead', { timeout: 30_000 }, async () => {
    const dir = await folderWithStrangeBackups()
    // In a child process: a store that loops forever would otherwise take the test runner with it.
    const proc = new LineChild(process.execPath, [child.file, 'open', dir])
    const done = await Promise.race([proc.waitFor((l) => l === 'A', 'the change to be saved'), sleep(10_000).then(() => 'stuck')])
    if (done === 'stuck') await proc.kill()
    expect(done, 'the library did not open (it spun at full speed naming a backup)').toBe('A')
    expect((await proc.closed).code, proc.stderr).toBe(0)

    // The newest backup is the one just written, not the one dated in 2999.
    const store = await Store.open(dir, { backupsToKeep: 2 })
    await store.update((lib) => void (lib.settings.positions.y = 2))
    const made = await store.backupNow()
    expect(made).toMatch(/^library-\d{4}-/)
    expect((await store.backups.list())[0].name).toBe(made)
  })

  it('ignores files Diptych did not write: not listed, not restored from, never removed by rotation', async () => {
    const dir = tempDir()
    const backups = path.join(dir, 'backups')
    mkdirSync(backups, { recursive: true })
    // Sorts before every real backup (so that the old naming loop ends), and is a valid library.
    writeFileSync(path.join(backups, 'library-1999 copy.json'), libraryWith('old-copy'))
    const store = await Store.open(dir, { backupsToKeep: 2 })
    for (let i = 0; i < 4; i++) {
      await store.update((lib) => void (lib.settings.positions.x = i))
      await store.backupNow()
    }
    const listed = (await store.backups.list()).map((b) => b.name)
    expect(listed).toHaveLength(2)
    expect(listed.every((n) => /^library-\d{4}-\d{2}-\d{2}T/.test(n))).toBe(true)
    expect(existsSync(path.join(backups, 'library-1999 copy.json'))).toBe(true)
    await expect(store.backups.load('library-1999 copy.json')).rejects.toThrow()
    await store.close()

    // With the library gone and only the hand-made copy left, nothing is restored from it.
    for (const name of listed) rmSync(path.join(backups, name))
    for (const name of ['snapshots', 'changes']) rmSync(path.join(dir, name), { recursive: true, force: true })
    const reopened = await Store.open(dir)
    expect(reopened.data.articles.map((a) => a.id)).not.toContain('old-copy')
    expect(readdirSync(backups)).toContain('library-1999 copy.json')
  })

  it('keeps the older backups when the command line opens the library with backupOnOpen: false', async () => {
    const dir = tempDir()
    const app = await Store.open(dir)
    await app.update((lib) => void (lib.settings.positions.x = 0))
    const first = await app.backupNow()
    await app.close()
    for (let i = 1; i <= 12; i++) {
      const cli = await Store.open(dir, { backupOnOpen: false })
      await cli.update((lib) => void (lib.settings.positions.x = i))
      await cli.close()
    }
    const names = readdirSync(path.join(dir, 'backups'))
    expect(names).toContain(first)
    expect(readFileSync(path.join(dir, 'backups', first!), 'utf8')).toContain('"x":0')
  })
})
