// For the start-up tests: runs the built `diptych` with a preload (--import) that reports each ES module
// the loader loads and each script compiled with a code cache (whether V8 accepted it).
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { BIN, cliEnv } from './cli-harness'

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
  const loaded = await next(url, context)
  // With hooks registered, Node's loader reports a CommonJS main script too: only ES modules are listed.
  if (loaded.format === 'module') process.stderr.write('MODULE ' + url + '\\n')
  return loaded
}
`

export interface TracedRun {
  run: SpawnSyncReturns<string>
  /** Files of the ES modules loaded. */
  modules: string[]
  /** Scripts compiled with a code cache. */
  scripts: { file: string; rejected: boolean }[]
}

/** Runs `diptych ...args` from `bin` (the installed one unless said), the preload written into `dir`. */
export function tracedRun(args: string[], dir: string, bin = BIN): TracedRun {
  writeFileSync(path.join(dir, 'preload.mjs'), PRELOAD)
  writeFileSync(path.join(dir, 'hooks.mjs'), HOOKS)
  const run = spawnSync(process.execPath, ['--import', path.join(dir, 'preload.mjs'), bin, ...args], { env: cliEnv(), encoding: 'utf8' })
  const lines = run.stderr.split('\n')
  const modules = lines.filter((l) => l.startsWith('MODULE file:')).map((l) => fileURLToPath(l.slice('MODULE '.length)))
  const scripts = lines
    .filter((l) => l.startsWith('SCRIPT '))
    .map((l) => JSON.parse(l.slice('SCRIPT '.length)) as TracedRun['scripts'][number])
  return { run, modules, scripts }
}
