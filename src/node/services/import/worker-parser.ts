// Runs the parsers in a worker thread with a time and memory bound: a hostile or huge file costs the
// worker, never the app. Without a worker file (tests, the CLI) the parsers run in place.
import { existsSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import type { ParseResult } from './parsed-article'

export type ParseJob =
  | { id: number; kind: 'file'; bytes: Uint8Array; fileName: string }
  | { id: number; kind: 'pasted'; input: { text?: string; html?: string } }

type JobInput = { kind: 'file'; bytes: Uint8Array; fileName: string } | { kind: 'pasted'; input: { text?: string; html?: string } }

export interface Parser {
  parse(job: JobInput): Promise<ParseResult>
}

/** In-process parsing: loads the parsers (jsdom, Readability, DOMPurify) on first use. */
export const inlineParser: Parser = {
  async parse(job) {
    const { parseArticle, parsePasted } = await import('./parse-article')
    return job.kind === 'file' ? parseArticle({ bytes: job.bytes, fileName: job.fileName }) : parsePasted(job.input)
  }
}

const TIMEOUT_MS = 120_000

export class WorkerParser implements Parser {
  private worker: Worker | null = null
  private nextId = 1
  private readonly pending = new Map<number, { name: string; resolve: (r: ParseResult) => void }>()

  constructor(private readonly file: string) {}

  static orInline(file: string | undefined): Parser {
    return file && existsSync(file) ? new WorkerParser(file) : inlineParser
  }

  private spawn(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(this.file, { resourceLimits: { maxOldGenerationSizeMb: 2048 } })
    worker.on('message', ({ id, result }: { id: number; result: ParseResult }) => {
      this.pending.get(id)?.resolve(result)
      this.pending.delete(id)
    })
    const failAll = (why: string) => {
      for (const { name, resolve } of this.pending.values()) resolve(failure(name, why))
      this.pending.clear()
      this.worker = null
    }
    worker.on('error', (e) => failAll(`the parser stopped (${e.message})`))
    worker.on('exit', () => failAll('the parser stopped'))
    worker.unref()
    this.worker = worker
    return worker
  }

  parse(job: JobInput): Promise<ParseResult> {
    const id = this.nextId++
    const name = job.kind === 'file' ? job.fileName : 'Pasted text'
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        // A file that keeps the parser busy this long is refused, and the worker starts afresh.
        this.pending.delete(id)
        void this.worker?.terminate()
        this.worker = null
        resolve(failure(name, `reading it took longer than ${TIMEOUT_MS / 1000} seconds`))
      }, TIMEOUT_MS)
      this.pending.set(id, {
        name,
        resolve: (r) => {
          clearTimeout(timer)
          resolve(r)
        }
      })
      this.spawn().postMessage({ id, ...job } satisfies ParseJob)
    })
  }
}

function failure(name: string, why: string): ParseResult {
  return { ok: false, error: { kind: 'import', reason: 'unreadable', message: `“${name}” could not be imported: ${why}.` } }
}
