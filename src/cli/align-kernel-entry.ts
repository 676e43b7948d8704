// `diptych align`, all of it: the command (reading and decoding files as the importer does, the
// aligner, the output) and its start as a process. scripts/build-cli.mjs builds this as one classic
// script with a code cache, which bin/diptych.cjs runs for `diptych align` without loading the ES module
// bundle (align-start.ts); the full command line takes the command from the same script (align-kernel.ts).
import { usePlainBase } from '../shared/compare/lexicon'
import { alignCommand } from './align'
import type { Output } from './output'
import { runCommand, runProcess, type LoadExplain } from './run-command'

export { alignCommand }
export { plainBaseText } from '../shared/compare/lexicon'

/** Defined by scripts/build-cli.mjs: the aligner's word lists interned and stemmed at build time (lexicon.ts). */
declare const DIPTYCH_LEXICON_BASE: string | undefined
if (typeof DIPTYCH_LEXICON_BASE === 'string') usePlainBase(DIPTYCH_LEXICON_BASE)

/** Runs `diptych align …` (argv[0] is "align") as the full command line runs a command; resolves with the exit code. */
export function run(
  argv: readonly string[],
  out: Output,
  bytes: readonly (Buffer | undefined)[],
  loadExplain: LoadExplain
): Promise<number> {
  return runCommand(async () => alignCommand, argv.slice(1), out, bytes.slice(1), loadExplain)
}

/** The process of `diptych align …`: runs it and sets the exit code. */
export function main(argv: readonly string[], loadExplain: LoadExplain): Promise<void> {
  return runProcess((args, out, bytes) => run(args, out, bytes, loadExplain), argv)
}
