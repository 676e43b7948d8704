// The `diptych` command line: plain Node, the app's own services and Store on the app's library folder.
// Bundled by scripts/build-cli.mjs into out/cli/diptych.mjs and started by bin/diptych.mjs.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { COMMON_OPTIONS, parseArgs, UsageError } from './args'
import type { Command } from './command'
import { processOutput, type Output } from './output'
import { argBytes } from './raw-args'
import { needsExplain, report } from './report'
import { packageRoot } from './package-root'

/** The commands, each module loaded only when its command runs: `diptych align` on two text files
 *  does not pay for the library store, its schemas or the HTML parsers. The summaries are repeated
 *  here for `diptych --help` (commands.test.ts checks they match). */
export const COMMANDS: readonly { name: string; summary: string; load: () => Promise<Command> }[] = [
  { name: 'list', summary: 'list the articles in the library', load: async () => (await import('./list')).list },
  {
    name: 'import',
    summary: 'import HTML, Markdown or text files, or web pages by address, as articles',
    load: async () => (await import('./import')).importCommand
  },
  {
    name: 'refresh',
    summary: 'fetch articles saved from the web again and keep each changed text as a new edition',
    load: async () => (await import('./refresh')).refreshCommand
  },
  {
    name: 'export',
    summary: 'export highlights and notes to Markdown or Web Annotation JSON',
    load: async () => (await import('./export')).exportCommand
  },
  {
    name: 'align',
    summary: 'find the passages two texts share: quotes, close quotes, paraphrases',
    load: async () => (await import('./align')).alignCommand
  },
  {
    name: 'sources',
    summary: 'find the articles of the library that an article quotes or paraphrases',
    load: async () => (await import('./sources')).sourcesCommand
  },
  {
    name: 'open',
    summary: 'open a diptych:// link (an article, a highlight, a pair) in the app',
    load: async () => (await import('./open')).openCommand
  },
  {
    name: 'serve',
    summary: 'open Diptych in a browser, served from this computer only',
    load: async () => (await import('./serve')).serveCommand
  }
]

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
  const pkg = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }
  return pkg.version
}

/**
 * Runs one command line; resolves with the exit code. Never throws. `bytes[i]`: what argv[i] was given
 * as, where that is not UTF-8 (see raw-args.ts).
 */
export async function run(argv: readonly string[], out: Output, bytes: readonly (Buffer | undefined)[] = []): Promise<number> {
  const [name, ...rest] = argv
  let command: Command | undefined
  try {
    if (name === undefined) {
      out.note(usage())
      return 2
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined
      out.line(topic ? (await topic.load()).help : usage())
      return 0
    }
    if (name === '--version') {
      out.line(version())
      return 0
    }
    const entry = COMMANDS.find((c) => c.name === name)
    if (!entry) throw new UsageError(`“${name}” is not a diptych command; the commands are ${COMMANDS.map((c) => c.name).join(', ')}.`)
    command = await entry.load()
    const args = parseArgs(rest, { ...COMMON_OPTIONS, ...command.options }, bytes.slice(1))
    if (args.options.help) {
      out.line(command.help)
      return 0
    }
    return await command.run(args, out)
  } catch (error) {
    return report(error, command, out, needsExplain(error) ? (await import('../node')).explain : undefined)
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
