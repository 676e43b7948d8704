// What `diptych align` loads for two .txt files, in the built command line: start-up is nearly all of
// such a call, so it loads no package (jsdom, zod, the parsers), and the reader and aligner come from
// the align kernel's script with the code cache made at build time (align-kernel.ts), which V8 accepts,
// not from ES modules compiled afresh.
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTempDirs } from '../node/test-support/temp-dir'
import { BIN, cliEnv, ensureBuilt, REPO_ROOT } from './cli-harness'

const tempDir = useTempDirs()
beforeAll(ensureBuilt)

// Preloaded with --import: reports each ES module the loader loads and each script compiled with a
// code cache (whether V8 accepted it), one line each on stderr.
const PRELOAD = `
import { createRequire, register } from 'node:module'
const vm = createRequire(import.meta.url)('node:vm')
const Script = vm.Script
vm.Script = class extends Script {
  constructor(code, options) {
    super(code, options)
    if (options?.cachedData) process.stderr.write('SCRIPT ' + JSON.stringify({ file: options.filename, rejected: this.cachedDataRejected }) + '\\n')
  }
}
register('./hooks.mjs', import.meta.url)
`
const HOOKS = `
export async function load(url, context, next) {
  process.stderr.write('MODULE ' + url + '\\n')
  return next(url, context)
}
`

describe('diptych align on two .txt files', { timeout: 60_000 }, () => {
  it('loads no package and takes the reader and aligner from their code-cached script', () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'preload.mjs'), PRELOAD)
    writeFileSync(path.join(dir, 'hooks.mjs'), HOOKS)
    const [a, b] = ['a.txt', 'b.txt'].map((name) => path.join(dir, name))
    writeFileSync(a, 'The council approved the flood defence plan on Tuesday after a long debate.\n')
    writeFileSync(b, 'After a long debate, the council approved the flood defence plan on Tuesday.\n')

    const run = spawnSync(process.execPath, ['--import', path.join(dir, 'preload.mjs'), BIN, 'align', a, b, '--json'], {
      env: cliEnv(),
      encoding: 'utf8'
    })
    expect(run.status, run.stderr).toBe(0)
    expect(JSON.parse(run.stdout).pairs).toHaveLength(1)

    const lines = run.stderr.split('\n')
    const modules = lines.filter((l) => l.startsWith('MODULE file:')).map((l) => fileURLToPath(l.slice('MODULE '.length)))
    expect(modules.length).toBeGreaterThan(0)
    expect(modules.filter((file) => file.includes(`${path.sep}node_modules${path.sep}`))).toEqual([])
    // esbuild names each bundled source file in a comment: no ES module loaded holds the aligner or the reader.
    const holding = (source: string) => modules.filter((file) => readFileSync(file, 'utf8').includes(`// ${source}`))
    expect(holding('src/shared/compare/')).toEqual([])
    expect(holding('src/node/services/read-article-file.ts')).toEqual([])

    const scripts = lines.filter((l) => l.startsWith('SCRIPT ')).map((l) => JSON.parse(l.slice('SCRIPT '.length)) as { file: string })
    expect(scripts).toEqual([{ file: expect.stringMatching(/align-kernel-\w+\.cjs$/), rejected: false }])
    expect(path.relative(REPO_ROOT, scripts[0].file).startsWith(path.join('out', 'cli'))).toBe(true)
  })
})
