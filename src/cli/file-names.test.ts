// File names the terminal must not interpret, and names that are not UTF-8, on the real command line.
import { readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTempDirs } from '../node/test-support/temp-dir'
import { cliOk, ensureBuilt, runCli, runCliInShell, SEEDS } from './cli-harness'

const tempDir = useTempDirs()
beforeAll(ensureBuilt)

const TEXT = 'We have to rebuild from scratch an area that was completely destroyed, the President said at the conference.\n'
/** What a terminal would act on: C0 and C1 controls, DEL, bidi embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

describe('file names on the command line', { timeout: 60_000 }, () => {
  it('prints control characters in file names escaped, in results and in errors', async () => {
    const dir = tempDir()
    // Sets the window title on a terminal; a CSI as one C1 character; a right-to-left override; DEL.
    const title = path.join(dir, '\u001b]0;pwned\u0007 \u009b31m red\u202egnp.txt\u007f')
    writeFileSync(title, TEXT)
    const imported = await cliOk(['import', title, '--data-dir', path.join(dir, 'lib')])
    const align = await runCli(['align', title, path.join(dir, 'missing\u001b[2J.txt')])
    for (const run of [imported, align]) expect(run.stdout + run.stderr).not.toMatch(RAW_CONTROL)
    expect(imported.stdout).toContain('\\x1b]0;pwned\\x07 \\x9b31m red\\u202egnp.txt\\x7f: imported as')
    expect(align.stderr).toContain('missing\\x1b[2J.txt” could not be read: it does not exist.')
    // JSON stays JSON, and gives the name back exactly.
    const json = await cliOk(['import', title, '--json', '--keep-duplicates', '--data-dir', path.join(dir, 'lib')])
    expect(json.stdout).not.toMatch(RAW_CONTROL)
    expect((JSON.parse(json.stdout) as { file: string }[])[0].file).toBe(title)
  })

  it('imports and aligns a file whose name is not UTF-8 by its real name', async () => {
    const dir = tempDir()
    writeFileSync(Buffer.from(path.join(dir, 'caf\xe9 report.txt'), 'latin1'), TEXT)
    writeFileSync(path.join(dir, 'statement.txt'), TEXT)
    // The shell's glob passes the name's bytes as they are on disk, as when a reader tabs to complete it.
    const imported = await runCliInShell(`import caf*.txt --data-dir ${JSON.stringify(path.join(dir, 'lib'))}`, { cwd: dir })
    expect(imported.code, imported.stderr).toBe(0)
    expect(imported.stdout).toMatch(/^caf\\xe9 report\.txt: imported as [0-9a-f-]{36} “.+”$/m)
    const aligned = await runCliInShell('align caf*.txt statement.txt', { cwd: dir })
    expect(aligned.code, aligned.stderr).toBe(0)
    expect(aligned.stdout).toMatch(/^A: caf\\xe9 report\.txt \(\d+ characters, offsets into the file\)$/m)
    expect(aligned.stdout).toMatch(/1 pair: 1 verbatim/)
  })

  it('says an export name that is not UTF-8 cannot be used, rather than writing another name', async () => {
    const dir = tempDir()
    const run = await runCliInShell(`export --article trend --format md --out "$(printf 'r\\351sum\\351.md')" --data-dir lib`, { cwd: dir })
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(
      'diptych: The name r\\xe9sum\\xe9.md given with --out is not valid UTF-8; Diptych names its exports in UTF-8, so give a name that is.\n'
    )
    expect(readdirSync(dir)).toEqual([])
  })
})

it('aligns the seeds by name still', async () => {
  expect((await cliOk(['align', ...SEEDS])).stdout).toMatch(/pairs?:/)
})
