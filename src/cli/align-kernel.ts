// `diptych align` (align-kernel-entry.ts). In the built command line it is a classic script of its own
// (out/cli/chunks/align-kernel-HASH.cjs), compiled with the V8 code cache (cached-script.ts) that
// scripts/build-cli.mjs made for it after a warm-up run: on two short files a cold aligner spent more
// time being compiled than aligning, each ES module file costs its own resolve, read and link, and Node
// 20 has no compile cache for ES modules. bin/diptych.cjs runs it without the ES module bundle
// (align-start.ts); the bundle takes the command from it here. Run from the sources (tests), it is the
// module itself. A cache V8 refuses (another Node version) costs that one call the compile, and is made again.
import type * as KernelModule from './align-kernel-entry'
import { loadKernel } from './cached-script'

export type AlignKernel = typeof KernelModule

/** Defined by scripts/build-cli.mjs: the kernel's script, relative to the package root. Its name holds
 *  a hash of its content, so that its cache, written beside it, is always the cache of this content. */
declare const DIPTYCH_ALIGN_KERNEL: string | undefined

export const kernel = await loadKernel<AlignKernel>(
  typeof DIPTYCH_ALIGN_KERNEL === 'string' ? DIPTYCH_ALIGN_KERNEL : undefined,
  () => import('./align-kernel-entry')
)
