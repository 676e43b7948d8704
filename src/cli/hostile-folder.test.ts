// The command line on a tampered library folder: it says what is in the way, and that the change was
// not saved (the process ends, so nothing is kept for later).
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTempDirs } from '../node/test-support/temp-dir'
import { ensureBuilt, runCli, SEEDS } from './cli-harness'

const tempDir = useTempDirs()
beforeAll(ensureBuilt)

describe('diptych on a tampered library folder', () => {
  it(
    'a folder named library.lock: the import fails at once, says what to remove and that nothing was saved',
    { timeout: 60_000 },
    async () => {
      const dir = tempDir()
      expect((await runCli(['list', '--data-dir', dir])).code).toBe(0)
      mkdirSync(path.join(dir, 'library.lock'))
      const run = await runCli(['import', SEEDS[0], '--keep-duplicates', '--data-dir', dir])
      expect(run.code).toBe(1)
      expect(run.stderr).toContain(`library.lock in ${dir} is a folder, not Diptych's lock file; remove it`)
      expect(run.stderr).toContain('The change was not saved.')
      expect(run.stderr).not.toMatch(/kept/)
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
