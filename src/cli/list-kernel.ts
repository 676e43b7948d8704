// What `diptych list` loads first (list-kernel-entry.ts). In the built command line it is a classic
// script of its own (out/cli/chunks/list-kernel-HASH.cjs) with the V8 code cache scripts/build-cli.mjs
// made after listing a small library: loading zod's ES modules and compiling them took about as long
// as reading the list of 2,000 articles. Run from the sources (tests), it is the module itself.
import type * as KernelModule from './list-kernel-entry'
import { loadKernel } from './cached-script'

export type ListKernel = typeof KernelModule

/** Defined by scripts/build-cli.mjs: the kernel's script, relative to the package root (its name holds a hash of its content). */
declare const DIPTYCH_LIST_KERNEL: string | undefined

export const listKernel = await loadKernel<ListKernel>(
  typeof DIPTYCH_LIST_KERNEL === 'string' ? DIPTYCH_LIST_KERNEL : undefined,
  () => import('./list-kernel-entry')
)
