// The aligner as `diptych align` runs it. In the built command line it is a classic script of its own
// (out/cli/chunks/compare-HASH.cjs), compiled with the V8 code cache that scripts/build-cli.mjs made for
// it after a warm-up run: on two short files a cold aligner spent more time being compiled than
// aligning, and Node 20 has no compile cache for ES modules. Run from the sources (tests), it is the
// module itself. A cache V8 refuses (another Node version) only costs the compile it would have saved.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import type * as CompareModule from '../shared/compare'
import { packageRoot } from './package-root'

export type Compare = typeof CompareModule

/** Defined by scripts/build-cli.mjs: the aligner's script, relative to the package root. Its name holds
 *  a hash of its content, so that its cache, written beside it, is always the cache of this content. */
declare const DIPTYCH_COMPARE_SCRIPT: string | undefined

/** Runs the aligner's script: its text is one function expression taking (module, exports). */
function runCompareScript(script: vm.Script): Compare {
  const module = { exports: {} }
  ;(script.runInThisContext() as (module: object, exports: object) => void)(module, module.exports)
  return module.exports as Compare
}

function fromScript(file: string): Compare {
  let cachedData: Buffer | undefined
  try {
    cachedData = readFileSync(`${file}.cache`)
  } catch {
    // No cache (a build that could not make one): compiled as any script.
  }
  return runCompareScript(new vm.Script(readFileSync(file, 'utf8'), { filename: file, cachedData }))
}

export const compare: Compare =
  typeof DIPTYCH_COMPARE_SCRIPT === 'string'
    ? fromScript(path.join(packageRoot(), DIPTYCH_COMPARE_SCRIPT))
    : await import('../shared/compare')
