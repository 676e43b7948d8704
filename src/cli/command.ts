// What a command is: its name, its help and options, and what it does. Errors a command raises on
// purpose are CliError (a sentence for the reader) or UsageError (a mistake in the call).
import type { OptionSpecs, ParsedArgs } from './args'
import type { Output } from './output'

export interface Command {
  name: string
  /** One line for `diptych --help`. */
  summary: string
  /** The whole `diptych NAME --help` text. */
  help: string
  /** Options besides --data-dir and --help. */
  options: OptionSpecs
  /** Resolves with the exit code. */
  run(args: ParsedArgs, out: Output): Promise<number>
}

/** A failure explained in one sentence; exit code 1. */
export class CliError extends Error {}

/** The --data-dir paragraph every command's help ends with. */
export const DATA_DIR_HELP = `  --data-dir DIR   the library folder (default: $DIPTYCH_DATA_DIR, else the app's own folder:
                   ~/.config/diptych on Linux, ~/Library/Application Support/diptych on macOS,
                   %APPDATA%\\diptych on Windows). A new folder gets the two bundled articles.
  -h, --help       show this help`
