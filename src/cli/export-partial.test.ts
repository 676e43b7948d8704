// `diptych export --all` with one article whose text file is damaged: the others are exported, the
// damaged one is named, and the exit code says the export is partial.
import { readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTempDirs } from '../node/test-support/temp-dir'
import { cliOk, ensureBuilt, runCli, STACK_LINE } from './cli-harness'

const tempDir = useTempDirs()
beforeAll(ensureBuilt)

describe('diptych export --all with a damaged article', { timeout: 60_000 }, () => {
  it('exports the others, names the damaged one and where its file is, and exits 3', async () => {
    const dir = tempDir()
    await cliOk(['list', '--data-dir', dir])
    const damaged = path.join(dir, 'articles', 'trend-2024-05-16.json')
    writeFileSync(damaged, '{"id": "trend-2024')
    const out = path.join(tempDir(), 'export')
    const run = await runCli(['export', '--all', '--format', 'md', '--out', out, '--data-dir', dir])
    expect(run.code, run.stderr).toBe(3)
    expect(readdirSync(out).sort()).toEqual(['Belarus offers Azerbaijan help in restoring Karabakh region.md', 'index.md'])
    expect(run.stdout).toBe(`Exported the library to ${out}: 2 notes written (2 new, 0 updated), 0 unchanged, 0 skipped.\n`)
    expect(run.stderr).toBe(
      [
        'diptych: 1 article could not be exported:',
        `  trend-2024-05-16 “I have invited Belarusian companies to actively participate in the reconstruction of the Karabakh and Eastern Zangezur regions”: The text of this article could not be read; its file is damaged. (${damaged})`,
        ''
      ].join('\n')
    )
    expect(run.stderr).not.toMatch(STACK_LINE)
  })
})
