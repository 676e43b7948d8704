// A classic script run with the V8 code cache kept beside it (FILE.cache): what Node 20 offers for
// compiling code once rather than at every start (it has no compile cache for ES modules). The script's
// text is one function expression taking (module, exports, require, its own file URL), as
// scripts/build-cli.mjs writes the align kernel.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import vm from 'node:vm'
import { packageRoot } from './package-root'

export interface CachedScript {
  exports: object
  script: vm.Script
  /** No cache was there, or V8 refused it (another Node version than the one that made it). */
  cacheRefused: boolean
}

export function runCachedScript(file: string): CachedScript {
  let cachedData: Buffer | undefined
  try {
    cachedData = readFileSync(`${file}.cache`)
  } catch {
    // No cache: compiled as any script.
  }
  const script = new vm.Script(readFileSync(file, 'utf8'), { filename: file, cachedData })
  const module = { exports: {} }
  const run = script.runInThisContext() as (module: object, exports: object, require: NodeJS.Require, url: string) => void
  run(module, module.exports, createRequire(file), pathToFileURL(file).href)
  return { exports: module.exports, script, cacheRefused: cachedData === undefined || script.cachedDataRejected === true }
}

/** Writes the script's code cache (with every function compiled so far) through a temporary file and a
 *  rename, so that a process starting meanwhile reads the old cache or the new one, never half of one.
 *  Where the package cannot be written to, the cache is simply not kept. */
export function keepCache(file: string, script: vm.Script): void {
  const temp = `${file}.cache.tmp-${process.pid}`
  try {
    writeFileSync(temp, script.createCachedData())
    renameSync(temp, `${file}.cache`)
  } catch {
    rmSync(temp, { force: true })
  }
}

/** A kernel: in the built command line, the exports of its script (`script`, relative to the package
 *  root, as scripts/build-cli.mjs defines it); run from the sources (tests), its entry module. */
export async function loadKernel<T>(script: string | undefined, entry: () => Promise<T>): Promise<T> {
  return script === undefined ? entry() : kernelScript<T>(path.join(packageRoot(), script))
}

/** A kernel's exports from its script. When its cache is missing or refused, a new one is written as
 *  the process exits, once the run has compiled what it needed: the next call is fast again. */
export function kernelScript<T>(file: string): T {
  const { exports, script, cacheRefused } = runCachedScript(file)
  if (cacheRefused) process.once('exit', () => keepCache(file, script))
  return exports as T
}
