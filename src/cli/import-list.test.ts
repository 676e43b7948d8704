// `diptych import` and `diptych list` on a real, new library folder.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { openTestApp } from '../node/test-support/test-app'
import { useTempDirs } from '../node/test-support/temp-dir'
import { cliOk, ensureBuilt, runCli, sandbox, SEEDS, STACK_LINE } from './cli-harness'
import type { ImportedItem } from './import'
import type { ListedArticle } from './list'

const tempDir = useTempDirs()
beforeAll(ensureBuilt)

const BUNDLED = ['anadolu-2024-05-16', 'trend-2024-05-16']

describe('diptych import and list', { timeout: 60_000 }, () => {
  it('imports the two seed texts into a new folder, which also gets the bundled articles; list shows all four', async () => {
    const dir = tempDir()
    const run = await cliOk(['import', ...SEEDS, '--data-dir', dir])
    const lines = run.stdout.trim().split('\n')
    expect(lines).toHaveLength(3)
    for (const [i, seed] of SEEDS.entries()) expect(lines[i]).toMatch(new RegExp(`^${seed}: imported as [0-9a-f-]{36} “.+”$`))
    expect(lines[2]).toBe('2 files imported, 0 duplicate, 0 failed.')

    const listed = JSON.parse((await cliOk(['list', '--json', '--data-dir', dir])).stdout) as ListedArticle[]
    expect(listed.map((a) => a.id).slice(0, 2)).toEqual(BUNDLED)
    expect(listed).toHaveLength(4)
    const ids = lines.slice(0, 2).map((l) => /imported as (\S+)/.exec(l)![1])
    expect(listed.slice(2).map((a) => a.id)).toEqual(ids)
    expect(listed[0]).toEqual({
      id: 'anadolu-2024-05-16',
      title: 'Belarus offers Azerbaijan help in restoring Karabakh region',
      source: 'Anadolu Agency',
      published: '2024-05-16',
      highlights: 0
    })

    const table = (await cliOk(['list', '--data-dir', dir])).stdout.split('\n')
    expect(table[0]).toMatch(/^ID +TITLE +SOURCE +PUBLISHED +HIGHLIGHTS$/)
    for (const id of [...BUNDLED, ...ids]) expect(table.some((l) => l.startsWith(id + ' '))).toBe(true)
    expect(table).toContain('4 articles')
  })

  it('reports a second import of the same file as a duplicate, unless --keep-duplicates', async () => {
    const dir = tempDir()
    const first = JSON.parse((await cliOk(['import', SEEDS[0], '--json', '--data-dir', dir])).stdout) as ImportedItem[]
    const again = JSON.parse((await cliOk(['import', SEEDS[0], '--json', '--data-dir', dir])).stdout) as ImportedItem[]
    expect(again[0]).toMatchObject({ status: 'duplicate', duplicateOf: first[0].articleId, title: first[0].title })
    const human = await cliOk(['import', SEEDS[0], '--data-dir', dir])
    expect(human.stdout).toMatch(/: duplicate of \S+ “.+” \(not imported/)
    const kept = JSON.parse((await cliOk(['import', SEEDS[0], '--keep-duplicates', '--json', '--data-dir', dir])).stdout) as ImportedItem[]
    expect(kept[0].status).toBe('imported')
    expect(kept[0].articleId).not.toBe(first[0].articleId)
    const listed = JSON.parse((await cliOk(['list', '--json', '--data-dir', dir])).stdout) as ListedArticle[]
    expect(listed).toHaveLength(4)
  })

  it('reports broken files and exits 1, while the good files still import', async () => {
    const dir = tempDir()
    const files = tempDir()
    const png = path.join(files, 'photo.txt')
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]))
    const empty = path.join(files, 'empty.md')
    writeFileSync(empty, '')
    const missing = path.join(files, 'missing.html')
    const run = await runCli(['import', png, SEEDS[0], empty, missing, SEEDS[1], '--data-dir', dir])
    expect(run.code).toBe(1)
    expect(run.stderr).not.toMatch(STACK_LINE)
    const lines = run.stdout.trim().split('\n')
    expect(lines[0]).toMatch(/photo\.txt: failed: .*(image|PNG|picture)/i)
    expect(lines[1]).toMatch(/: imported as /)
    expect(lines[2]).toMatch(/empty\.md: failed: .*empty/i)
    expect(lines[3]).toMatch(/missing\.html: failed: .*does not exist/)
    expect(lines[4]).toMatch(/: imported as /)
    expect(lines[5]).toBe('2 files imported, 0 duplicate, 3 failed.')

    const json = await runCli(['import', png, SEEDS[0], '--json', '--data-dir', dir])
    expect(json.code).toBe(1)
    const items = JSON.parse(json.stdout) as ImportedItem[]
    expect(items.map((i) => i.status)).toEqual(['failed', 'duplicate'])
    const listed = JSON.parse((await cliOk(['list', '--json', '--data-dir', dir])).stdout) as ListedArticle[]
    expect(listed).toHaveLength(4)
  })

  it('leaves trashed articles out of the list', async () => {
    const dir = tempDir()
    await cliOk(['list', '--data-dir', dir])
    const app = await openTestApp(dir)
    await app.library.trashArticle(app.store.data.articles[0].id)
    await app.store.close()
    const listed = JSON.parse((await cliOk(['list', '--json', '--data-dir', dir])).stdout) as ListedArticle[]
    expect(listed.map((a) => a.id)).toEqual([BUNDLED[1]])
  })

  it('uses DIPTYCH_DATA_DIR, else the app folder under XDG_CONFIG_HOME', async () => {
    const dir = tempDir()
    await cliOk(['import', SEEDS[0]], { env: { DIPTYCH_DATA_DIR: dir } })
    const viaEnv = JSON.parse((await cliOk(['list', '--json', '--data-dir', dir])).stdout) as ListedArticle[]
    expect(viaEnv).toHaveLength(3)

    const config = tempDir()
    await cliOk(['import', SEEDS[1]], { env: { XDG_CONFIG_HOME: config } })
    const viaDefault = JSON.parse((await cliOk(['list', '--json', '--data-dir', path.join(config, 'diptych')])).stdout) as ListedArticle[]
    expect(viaDefault).toHaveLength(3)
    expect(sandbox).not.toBe(config)
  })

  it('says in one sentence when the library folder cannot be used', async () => {
    const files = tempDir()
    const blocker = path.join(files, 'not-a-folder')
    writeFileSync(blocker, 'x')
    const run = await runCli(['list', '--data-dir', blocker])
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(`diptych: The library folder ${blocker} could not be opened: a file is in the way where a folder should be.\n`)
  })
})
