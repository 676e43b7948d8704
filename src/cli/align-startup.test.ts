// What `diptych align` loads for two .txt files, in the built command line: start-up is nearly all of
// such a call, so it loads no package (jsdom, zod, the parsers), and the command comes from the align
// kernel's script with the code cache made at build time (align-kernel.ts), which V8 accepts, not from
// ES modules compiled afresh. The installed bin (bin/diptych.cjs) loads no ES module at all; the
// ES module bundle (bin/diptych.mjs, which the installed bin falls back to) takes align from the same script.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTempDirs } from '../node/test-support/temp-dir'
import { ensureBuilt, REPO_ROOT } from './cli-harness'
import { tracedRun } from './load-trace'

const tempDir = useTempDirs()
beforeAll(ensureBuilt)

function alignTwoTextFiles(bin?: string) {
  const dir = tempDir()
  const [a, b] = ['a.txt', 'b.txt'].map((name) => path.join(dir, name))
  writeFileSync(a, 'The council approved the flood defence plan on Tuesday after a long debate.\n')
  writeFileSync(b, 'After a long debate, the council approved the flood defence plan on Tuesday.\n')
  const traced = tracedRun(['align', a, b, '--json'], dir, bin)
  expect(traced.run.status, traced.run.stderr).toBe(0)
  expect(JSON.parse(traced.run.stdout).pairs).toHaveLength(1)
  expect(traced.scripts).toEqual([{ file: expect.stringMatching(/align-kernel-\w+\.cjs$/), rejected: false }])
  expect(path.relative(REPO_ROOT, traced.scripts[0].file).startsWith(path.join('out', 'cli'))).toBe(true)
  return traced
}

describe('diptych align on two .txt files', { timeout: 60_000 }, () => {
  it('loads no ES module, and takes the whole command from its code-cached script', () => {
    expect(alignTwoTextFiles().modules).toEqual([])
  })

  it('from the ES module bundle, loads no package and takes the reader and aligner from the same script', () => {
    const { modules } = alignTwoTextFiles(path.join(REPO_ROOT, 'bin', 'diptych.mjs'))
    expect(modules.length).toBeGreaterThan(0)
    expect(modules.filter((file) => file.includes(`${path.sep}node_modules${path.sep}`))).toEqual([])
    // esbuild names each bundled source file in a comment: no ES module loaded holds the aligner or the reader.
    const holding = (source: string) => modules.filter((file) => readFileSync(file, 'utf8').includes(`// ${source}`))
    expect(holding('src/shared/compare/')).toEqual([])
    expect(holding('src/node/services/read-article-file.ts')).toEqual([])
  })
})
