// For the command line's tests: the real CLI (`node bin/diptych.cjs …`, as package.json installs it) in a child process, on temporary
// folders, with HOME and the app-data variables pointed at a sandbox so that no test ever opens the
// library of the person running them.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, expect } from 'vitest'

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..')
export const BIN = path.join(REPO_ROOT, 'bin', 'diptych.cjs')
export const FIXTURES = path.join(import.meta.dirname, 'fixtures')
export const SEEDS = [
  path.join(FIXTURES, 'anadolu-2024-05-16-belarus-offers-help.txt'),
  path.join(FIXTURES, 'trend-2024-05-16-aliyev-statement.txt')
]
const GOLDEN = path.join(import.meta.dirname, 'golden')

let built = false

/**
 * Builds out/cli from the current sources, once per test file: the bin only builds a missing
 * bundle, and a stale one would test old code. Parallel builds are safe (build-cli.mjs writes atomically).
 */
export function ensureBuilt(): void {
  if (built) return
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build-cli.mjs')], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`build-cli failed: ${result.stderr}`)
  built = true
}

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/** HOME for every run; a library the CLI opens by default lands in here, where a test can look. */
export const sandbox = mkdtempSync(path.join(os.tmpdir(), 'diptych-cli-home-'))
afterAll(() => rmSync(sandbox, { recursive: true, force: true }))

/** The environment of a CLI run: no inherited library folder or debug flag; app data in the sandbox. */
export function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: sandbox, XDG_CONFIG_HOME: path.join(sandbox, 'config'), APPDATA: sandbox }
  delete env.DIPTYCH_DATA_DIR
  delete env.DIPTYCH_DEBUG
  delete env.NODE_OPTIONS
  return { ...env, ...extra }
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv
  cwd?: string
  /** Kills a run that hangs (a FIFO never opened, /dev/zero read whole): the test then fails, not the suite. */
  killAfterMs?: number
}

export function runCli(args: string[], options: RunOptions = {}): Promise<CliRun> {
  return collect(spawn(process.execPath, [BIN, ...args], { env: cliEnv(options.env), cwd: options.cwd ?? REPO_ROOT }), options)
}

/**
 * Runs `diptych SCRIPT` through /bin/sh, so that the shell expands SCRIPT as a reader's shell would: a
 * glob gives file names as the bytes on disk, which a JavaScript string argument cannot carry.
 */
export function runCliInShell(script: string, options: RunOptions = {}): Promise<CliRun> {
  const child = spawn('/bin/sh', ['-c', `exec "$0" "$1" ${script}`, process.execPath, BIN], {
    env: cliEnv(options.env),
    cwd: options.cwd ?? REPO_ROOT
  })
  return collect(child, options)
}

function collect(child: ChildProcessWithoutNullStreams, options: RunOptions): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const timer = options.killAfterMs ? setTimeout(() => child.kill('SIGKILL'), options.killAfterMs) : undefined
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/** Runs the CLI and expects success; the failure message carries what it printed. */
export async function cliOk(args: string[], options: RunOptions = {}): Promise<CliRun> {
  const run = await runCli(args, options)
  expect(run.code, `diptych ${args.join(' ')}\n${run.stdout}\n${run.stderr}`).toBe(0)
  return run
}

/** Generated ids become <id-1>, <id-2>… in order of first appearance (so that "the same id" still
 *  shows), and timestamps become <time>: the rest must match byte for byte. */
export function normalise(text: string): string {
  const ids = new Map<string, string>()
  return text
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, (id) => {
      if (!ids.has(id)) ids.set(id, `<id-${ids.size + 1}>`)
      return ids.get(id)!
    })
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/g, '<time>')
}

/** Compares with src/cli/golden/NAME; UPDATE_GOLDEN=1 rewrites it. A missing golden file fails. */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name)
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, actual)
    return
  }
  expect(existsSync(file), `${name} is missing; run with UPDATE_GOLDEN=1`).toBe(true)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

/** A stack frame line, which a reader must never see unless DIPTYCH_DEBUG=1. */
export const STACK_LINE = /^\s+at .+[:(]/m
