// The `diptych` command line: plain Node, the app's own services and Store on the app's library folder.
// Bundled by scripts/build-cli.mjs into out/cli/diptych.mjs and started by bin/diptych.mjs.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { alignCommand } from './align'
import { COMMON_OPTIONS, parseArgs, UsageError } from './args'
import type { Command } from './command'
import { exportCommand } from './export'
import { importCommand } from './import'
import { list } from './list'
import { processOutput, type Output } from './output'
import { argBytes } from './raw-args'
import { report } from './report'
import { serveCommand } from './serve'

const COMMANDS: Command[] = [list, importCommand, exportCommand, alignCommand, serveCommand]

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length))
  return [
    'Usage: diptych COMMAND [OPTIONS]',
    '',
    'Diptych on the command line: the same library as the app.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "diptych COMMAND --help" for the options of one command. Every command that uses the library',
    "takes --data-dir DIR (default: $DIPTYCH_DATA_DIR, else the app's own folder)."
  ].join('\n')
}

/** Two levels up from src/cli or out/cli is the package root. */
function version(): string {
  const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }
  return pkg.version
}

/**
 * Runs one command line; resolves with the exit code. Never throws. `bytes[i]`: what argv[i] was given
 * as, where that is not UTF-8 (see raw-args.ts).
 */
export async function run(argv: readonly string[], out: Output, bytes: readonly (Buffer | undefined)[] = []): Promise<number> {
  const [name, ...rest] = argv
  try {
    if (name === undefined) {
      out.note(usage())
      return 2
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined
      out.line(topic ? topic.help : usage())
      return 0
    }
    if (name === '--version') {
      out.line(version())
      return 0
    }
    const command = COMMANDS.find((c) => c.name === name)
    if (!command) throw new UsageError(`“${name}” is not a diptych command; the commands are ${COMMANDS.map((c) => c.name).join(', ')}.`)
    const args = parseArgs(rest, { ...COMMON_OPTIONS, ...command.options }, bytes.slice(1))
    if (args.options.help) {
      out.line(command.help)
      return 0
    }
    return await command.run(args, out)
  } catch (error) {
    return report(
      error,
      COMMANDS.find((c) => c.name === name),
      out
    )
  }
}

/** The program: runs the command line of this process and sets its exit code. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  // `diptych list | head -1`: the reader has seen enough; a closed pipe is not an error to report.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
  process.exitCode = await run(argv, processOutput(), argBytes(argv))
}

// bin/diptych.mjs calls main(); this runs it too when the bundle itself is started (`node out/cli/diptych.mjs`).
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) void main()
