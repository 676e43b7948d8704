// Child processes for tests that need a real second process: a writer killed with SIGKILL, the app and
// the CLI writing at once, a library folder that fills up or turns read-only under a running app.
//
// A TypeScript entry is bundled once with esbuild into a temporary folder that links the repository's
// node_modules, so that each start is a plain `node file.mjs`: well under a tenth of a second, where
// vite-node would take a second. Packages stay external unless `inline` (faster to start, for a child
// started hundreds of times; only for entries whose packages bundle, i.e. not jsdom).
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { build } from 'esbuild'

const repoRoot = path.resolve(import.meta.dirname, '../../..')

export interface BundledChild {
  /** The bundled entry, runnable with `node`. */
  file: string
  dispose(): void
}

export async function bundleChild(entry: string, options: { inline?: boolean } = {}): Promise<BundledChild> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'diptych-child-'))
  // Readable by a child started under another uid (the read-only folder test drops root).
  chmodSync(dir, 0o755)
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  const file = path.join(dir, path.basename(entry).replace(/\.ts$/, '.mjs'))
  await build({
    entryPoints: [entry],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: options.inline ? undefined : 'external',
    minify: options.inline,
    sourcemap: 'inline',
    logLevel: 'silent'
  })
  return { file, dispose: () => rmSync(dir, { recursive: true, force: true }) }
}

export interface ChildExit {
  code: number | null
  signal: NodeJS.Signals | null
}

/** A child that talks in lines: every stdout line goes to `onLine` in order; JSON lines go in on stdin. */
export class LineChild {
  readonly proc: ChildProcess
  /** Resolves once the process has exited and its stdout is fully read. */
  readonly closed: Promise<ChildExit>
  readonly lines: string[] = []
  stderr = ''
  private partial = ''
  private waiters: { test: (line: string) => boolean; resolve: (line: string) => void }[] = []

  constructor(command: string, args: string[], options: SpawnOptions = {}, onLine?: (line: string) => void) {
    this.proc = spawn(command, args, { ...options, stdio: ['pipe', 'pipe', 'pipe'] })
    this.proc.stdout!.setEncoding('utf8')
    this.proc.stdout!.on('data', (chunk: string) => {
      const parts = (this.partial + chunk).split('\n')
      this.partial = parts.pop()!
      for (const line of parts) {
        this.lines.push(line)
        onLine?.(line)
        this.waiters = this.waiters.filter((w) => {
          if (!w.test(line)) return true
          w.resolve(line)
          return false
        })
      }
    })
    this.proc.stderr!.setEncoding('utf8')
    this.proc.stderr!.on('data', (chunk: string) => {
      this.stderr += chunk
    })
    // Writing to a child that was just killed must not crash the test process.
    this.proc.stdin!.on('error', () => undefined)
    this.closed = new Promise((resolve) => this.proc.on('close', (code, signal) => resolve({ code, signal })))
  }

  /** The first line (already received or still to come) that passes `test`; rejects if the child ends first. */
  waitFor(test: (line: string) => boolean, what = 'a line'): Promise<string> {
    const seen = this.lines.find(test)
    if (seen !== undefined) return Promise.resolve(seen)
    return new Promise((resolve, reject) => {
      this.waiters.push({ test, resolve })
      void this.closed.then((exit) =>
        reject(new Error(`child ended (${exit.code ?? exit.signal}) before ${what}; stderr: ${this.stderr.slice(-2_000)}`))
      )
    })
  }

  send(message: unknown): void {
    this.proc.stdin!.write(JSON.stringify(message) + '\n')
  }

  async kill(): Promise<ChildExit> {
    this.proc.kill('SIGKILL')
    return this.closed
  }
}

/** Answers from a child that serves requests: `{ n, result }` lines, matched to the request number. */
export class RequestChild extends LineChild {
  private n = 0

  async request<T = unknown>(message: Record<string, unknown>): Promise<T> {
    const n = ++this.n
    this.send({ ...message, n })
    const line = await this.waitFor((l) => l.startsWith(`{"n":${n},`), `the answer to request ${n}`)
    return (JSON.parse(line) as { result: T }).result
  }
}
