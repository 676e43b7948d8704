// Running one command and the process around it: shared by the whole command line (index.ts) and the
// fast start of `diptych align` (align-kernel-entry.ts, started by bin/diptych.cjs without the ES module
// bundle), so that both parse the same options, print the same help and report errors in the same words.
import type { explain as Explain } from '../node'
import { COMMON_OPTIONS, parseArgs } from './args'
import type { Command } from './command'
import { processOutput, type Output } from './output'
import { argBytes } from './raw-args'
import { needsExplain, report } from './report'

/** The Node layer's table of messages, loaded only when an error needs it (see report.ts). */
export type LoadExplain = () => Promise<typeof Explain>

/**
 * Runs a command on its arguments (those after its name); resolves with the exit code. Never throws.
 * `bytes[i]`: what args[i] was given as, where that is not UTF-8 (see raw-args.ts).
 */
export async function runCommand(
  load: () => Promise<Command>,
  args: readonly string[],
  out: Output,
  bytes: readonly (Buffer | undefined)[],
  loadExplain: LoadExplain
): Promise<number> {
  let command: Command | undefined
  try {
    command = await load()
    const parsed = parseArgs(args, { ...COMMON_OPTIONS, ...command.options }, bytes)
    if (parsed.options.help) {
      out.line(command.help)
      return 0
    }
    return await command.run(parsed, out)
  } catch (error) {
    return report(error, command, out, needsExplain(error) ? await loadExplain() : undefined)
  }
}

export type Run = (argv: readonly string[], out: Output, bytes: readonly (Buffer | undefined)[]) => Promise<number>

/** The program: runs the command line of this process and sets its exit code. */
export async function runProcess(run: Run, argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  // A closed pipe (`diptych list | head -1`) ends the process quietly: std-write.ts.
  process.exitCode = await run(argv, processOutput(), argBytes(argv))
}
