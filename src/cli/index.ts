// The `diptych` command line: plain Node, the app's own services and Store on the app's library folder.
// Bundled by scripts/build-cli.mjs into out/cli/diptych.mjs and started by bin/diptych.mjs (which the
// installed bin, bin/diptych.cjs, imports for every command but align: see align-start.ts).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { UsageError } from './args'
import type { Command } from './command'
import type { Output } from './output'
import { needsExplain, report } from './report'
import { packageRoot } from './package-root'
import { runCommand, runProcess, type LoadExplain } from './run-command'

interface CommandEntry {
  name: string
  summary: string
  load: () => Promise<Command>
  /** For a command built into a script of its own (a kernel, see cached-script.ts): the whole call run
   *  there, where its errors are instances of that script's own CliError and UsageError. */
  run?: () => Promise<
    (argv: readonly string[], out: Output, bytes: readonly (Buffer | undefined)[], loadExplain: LoadExplain) => Promise<number>
  >
}

/** The commands, each module loaded only when its command runs: `diptych align` on two text files
 *  does not pay for the library store, its schemas or the HTML parsers. The summaries are repeated
 *  here for `diptych --help` (commands.test.ts checks they match). */
export const COMMANDS: readonly CommandEntry[] = [
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
    // From the align kernel's code-cached script, as bin/diptych.cjs starts it (align-kernel.ts).
    load: async () => (await import('./align-kernel')).kernel.alignCommand,
    run: async () => (await import('./align-kernel')).kernel.run
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

/** The Node layer's table of messages (report.ts says when it is needed). */
export const loadExplain: LoadExplain = async () => (await import('../node')).explain

/**
 * Runs one command line; resolves with the exit code. Never throws. `bytes[i]`: what argv[i] was given
 * as, where that is not UTF-8 (see raw-args.ts).
 */
export async function run(argv: readonly string[], out: Output, bytes: readonly (Buffer | undefined)[] = []): Promise<number> {
  const [name, ...rest] = argv
  let entry: (typeof COMMANDS)[number] | undefined
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
    entry = COMMANDS.find((c) => c.name === name)
    if (!entry) throw new UsageError(`“${name}” is not a diptych command; the commands are ${COMMANDS.map((c) => c.name).join(', ')}.`)
    if (entry.run) return await (await entry.run())(argv, out, bytes, loadExplain)
  } catch (error) {
    return report(error, undefined, out, needsExplain(error) ? await loadExplain() : undefined)
  }
  return runCommand(entry.load, rest, out, bytes.slice(1), loadExplain)
}

/** The program: runs the command line of this process and sets its exit code. */
export const main = (argv: readonly string[] = process.argv.slice(2)): Promise<void> => runProcess(run, argv)

// bin/diptych.mjs calls main(); this runs it too when the bundle itself is started (`node out/cli/diptych.mjs`).
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) void main()
