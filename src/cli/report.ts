// How a command that failed tells the reader: one sentence on stderr and an exit code. The sentences
// are the app's own (explain, from the Node layer's table of messages), in their command-line variant.
import type { explain as Explain } from '../node'
import { UsageError } from './args'
import { CliError, type Command } from './command'
import { escapeControls, type Output } from './output'

/** One sentence for the reader; the stack only with DIPTYCH_DEBUG=1. Resolves the exit code.
 *  `explain` is passed in, not imported: the Node layer's public entry (store, schemas) is loaded only
 *  when an error needs its table of messages (see needsExplain), not at every command's start. */
export function report(error: unknown, command: Command | undefined, out: Output, explain?: typeof Explain): number {
  if (process.env.DIPTYCH_DEBUG === '1') out.note(String((error as Error)?.stack ?? error))
  if (error instanceof UsageError) {
    out.note(`diptych: ${escapeControls(error.message)} Run "diptych ${command ? `${command.name} ` : ''}--help" for how to use it.`)
    return 2
  }
  const message = error instanceof CliError || !explain ? messageOf(error) : explain(error, 'cli').message
  out.note(`diptych: ${sentence(escapeControls(message))}`)
  return 1
}

/** Whether report() needs the table of messages to explain this error. */
export function needsExplain(error: unknown): boolean {
  return !(error instanceof CliError || error instanceof UsageError)
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

const sentence = (text: string) => (/[.!?][”"]?$/.test(text) ? text : `${text}.`)
