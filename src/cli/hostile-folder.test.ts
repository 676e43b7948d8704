// The command line on a tampered library folder: it says what is in the way, and that the change was
// not saved (the process ends, so nothing is kept for later).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTempDirs } from '../node/test-support/temp-dir'
import { ensureBuilt, runCli, SEEDS } from './cli-harness'

const tempDir = useTempDirs()
beforeAll(ensureBuilt)

describe('diptych on a tampered library folder', () => {
  it(
    'a file named changes (where the change logs go): the import fails at once, in one sentence, and nothing was saved',
    { timeout: 60_000 },
    async () => {
      const dir = tempDir()
      expect((await runCli(['list', '--data-dir', dir])).code).toBe(0)
      rmSync(path.join(dir, 'changes'), { recursive: true })
      writeFileSync(path.join(dir, 'changes'), 'mine')
      const run = await runCli(['import', SEEDS[0], '--keep-duplicates', '--data-dir', dir])
      expect(run.code).toBe(1)
      expect(run.stderr.trim()).toBe(
        `diptych: The library folder ${dir} could not be opened: a file is in the way where a folder should be.`
      )
      expect(readFileSync(path.join(dir, 'changes'), 'utf8')).toBe('mine')
    }
  )

  it('a folder named library.json: one sentence that names it', { timeout: 60_000 }, async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'library.json'))
    const run = await runCli(['list', '--data-dir', dir])
    expect(run.code).toBe(1)
    expect(run.stderr.trim()).toBe(
      `diptych: ${path.join(dir, 'library.json')} is a folder, not Diptych's library file; move it away so that Diptych can open the library.`
    )
  })
})
