// What `diptych align` runs on two plain-text files (align-kernel-entry.ts). In the built command line
// it is a classic script of its own (out/cli/chunks/align-kernel-HASH.cjs), compiled with the V8 code
// cache that scripts/build-cli.mjs made for it after a warm-up run: on two short files a cold aligner
// spent more time being compiled than aligning, each ES module file costs its own resolve, read and
// link, and Node 20 has no compile cache for ES modules. Run from the sources (tests), it is the module
// itself. A cache V8 refuses (another Node version) only costs the compile it would have saved.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import vm from 'node:vm'
import type * as KernelModule from './align-kernel-entry'
import { packageRoot } from './package-root'

export type AlignKernel = typeof KernelModule

/** Defined by scripts/build-cli.mjs: the kernel's script, relative to the package root. Its name holds
 *  a hash of its content, so that its cache, written beside it, is always the cache of this content. */
declare const DIPTYCH_ALIGN_KERNEL: string | undefined

/** The script's text is one function expression taking (module, exports, require, its own file URL). */
function fromScript(file: string): AlignKernel {
  let cachedData: Buffer | undefined
  try {
    cachedData = readFileSync(`${file}.cache`)
  } catch {
    // No cache (a build that could not make one): compiled as any script.
  }
  const script = new vm.Script(readFileSync(file, 'utf8'), { filename: file, cachedData })
  const module = { exports: {} }
  const run = script.runInThisContext() as (module: object, exports: object, require: NodeJS.Require, url: string) => void
  run(module, module.exports, createRequire(file), pathToFileURL(file).href)
  return module.exports as AlignKernel
}

export const kernel: AlignKernel =
  typeof DIPTYCH_ALIGN_KERNEL === 'string'
    ? fromScript(path.join(packageRoot(), DIPTYCH_ALIGN_KERNEL))
    : await import('./align-kernel-entry')
