// What bin/diptych.cjs runs for `diptych align`: the align kernel's script with its code cache
// (align-kernel.ts), started without the ES module bundle. Built by scripts/build-cli.mjs as a small
// CommonJS file, out/cli/align-start.cjs: loading the bundle's entry and chunks through Node's ES module
// loader cost more than aligning two short files. The bundle is loaded only when an error needs its
// table of messages.
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { AlignKernel } from './align-kernel'
import { kernelScript } from './cached-script'
import { packageRoot } from './package-root'

/** Defined by scripts/build-cli.mjs, as for align-kernel.ts. */
declare const DIPTYCH_ALIGN_KERNEL: string

/** Runs `diptych align …` (argv[0] is "align") in this process and sets its exit code. */
export function main(argv: readonly string[]): Promise<void> {
  const kernel = kernelScript<AlignKernel>(path.join(packageRoot(), DIPTYCH_ALIGN_KERNEL))
  const bundle = pathToFileURL(path.join(packageRoot(), 'out', 'cli', 'diptych.mjs')).href
  return kernel.main(argv, async () => ((await import(bundle)) as typeof import('./index')).loadExplain())
}
