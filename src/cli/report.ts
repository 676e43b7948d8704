// How a command that failed tells the reader: one sentence on stderr and an exit code. The sentences
// are the app's own (explain, from the Node layer's table of messages), in their command-line variant.
import { explain } from '../node'
import { UsageError } from './args'
import { CliError, type Command } from './command'
import { escapeControls, type Output } from './output'

/** One sentence for the reader; the stack only with DIPTYCH_DEBUG=1. Resolves the exit code. */
export function report(error: unknown, command: Command | undefined, out: Output): number {
  if (process.env.DIPTYCH_DEBUG === '1') out.note(String((error as Error)?.stack ?? error))
  if (error instanceof UsageError) {
    out.note(`diptych: ${escapeControls(error.message)} Run "diptych ${command ? `${command.name} ` : ''}--help" for how to use it.`)
    return 2
  }
  const message = error instanceof CliError ? error.message : explain(error, 'cli').message
  out.note(`diptych: ${sentence(escapeControls(message))}`)
  return 1
}

const sentence = (text: string) => (/[.!?][”"]?$/.test(text) ? text : `${text}.`)
