// --help for every command, and what a mistaken call prints: one sentence, a pointer to --help, no stack.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTempDirs } from '../node/test-support/temp-dir'
import { alignCommand } from './align'
import { COMMON_OPTIONS } from './args'
import { cliOk, ensureBuilt, REPO_ROOT, runCli, STACK_LINE } from './cli-harness'
import { exportCommand } from './export'
import { importCommand } from './import'
import { list } from './list'
import { sourcesCommand } from './sources'

const tempDir = useTempDirs()
beforeAll(ensureBuilt)

const COMMANDS = [list, importCommand, exportCommand, alignCommand, sourcesCommand]

describe('diptych --help', { timeout: 60_000 }, () => {
  for (const command of COMMANDS) {
    it(`documents every option of "${command.name}"`, async () => {
      for (const flag of ['--help', '-h']) {
        const run = await cliOk([command.name, flag])
        expect(run.stdout.startsWith(`Usage: diptych ${command.name}`)).toBe(true)
        expect(run.stderr).toBe('')
        for (const option of Object.keys({ ...COMMON_OPTIONS, ...command.options })) expect(run.stdout).toContain(`--${option}`)
      }
      // --help wins over everything else on the line, even mistakes.
      expect((await cliOk([command.name, 'a', '--help'])).stdout.startsWith(`Usage: diptych ${command.name}`)).toBe(true)
      expect((await cliOk(['help', command.name])).stdout).toBe(command.help + '\n')
    })
  }

  it('lists the commands', async () => {
    const run = await cliOk(['--help'])
    for (const command of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${command.name} +${command.summary}$`, 'm'))
    const bare = await runCli([])
    expect(bare.code).toBe(2)
    expect(bare.stderr).toBe(run.stdout)
  })

  it('prints the version', async () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }
    expect((await cliOk(['--version'])).stdout).toBe(`${pkg.version}\n`)
  })
})

describe('mistakes', { timeout: 60_000 }, () => {
  const cases: [string[], string][] = [
    [
      ['lst'],
      'diptych: “lst” is not a diptych command; the commands are list, import, refresh, export, align, sources, open, serve. Run "diptych --help" for how to use it.'
    ],
    [['list', '--jsn'], 'diptych: Unknown option “--jsn”. Run "diptych list --help" for how to use it.'],
    [['list', '-j'], 'diptych: Unknown option “-j”. Run "diptych list --help" for how to use it.'],
    [['list', '--json=yes'], 'diptych: The option --json takes no value. Run "diptych list --help" for how to use it.'],
    [['list', '--data-dir'], 'diptych: The option --data-dir needs a value (DIR). Run "diptych list --help" for how to use it.'],
    [
      ['export', '--all', '--out', '--format', 'md'],
      'diptych: The option --out needs a value (PATH). Run "diptych export --help" for how to use it.'
    ],
    [['import'], 'diptych: Name at least one file to import. Run "diptych import --help" for how to use it.'],
    [
      ['list', '--json', '--data-dir', 'a', '--data-dir', 'b'],
      'diptych: The option --data-dir was given twice. Run "diptych list --help" for how to use it.'
    ]
  ]
  for (const [args, message] of cases) {
    it(`diptych ${args.join(' ')}`, async () => {
      const run = await runCli(args)
      expect(run.code).toBe(2)
      expect(run.stderr).toBe(message + '\n')
      expect(run.stdout).toBe('')
    })
  }

  it('shows the stack only with DIPTYCH_DEBUG=1', async () => {
    const dir = tempDir()
    const args = ['export', '--article', 'nope', '--format', 'md', '--out', path.join(dir, 'x.md'), '--data-dir', dir]
    const plain = await runCli(args)
    expect(plain.code).toBe(1)
    expect(plain.stderr).not.toMatch(STACK_LINE)
    const debug = await runCli(args, { env: { DIPTYCH_DEBUG: '1' } })
    expect(debug.code).toBe(1)
    expect(debug.stderr).toMatch(STACK_LINE)
    expect(debug.stderr).toContain(plain.stderr)
  })
})
