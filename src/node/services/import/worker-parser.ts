// Runs the parsers in a worker thread with a time and memory bound: a hostile or huge file costs the
// worker, never the app or the command line. Without a worker file (unit tests) the parsers run in place.
import { existsSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { failure as importFailure } from './import-failure'
import type { ParseResult } from './parsed-article'
import { PASTED_TEXT_NAME } from '../../../shared/limits'

/** A page fetched from the web: its address (the base of its relative links) and the charset its server sent. */
export interface WebOrigin {
  url: string
  charset?: string
}

type JobInput =
  { kind: 'file'; bytes: Uint8Array; fileName: string; web?: WebOrigin } | { kind: 'pasted'; input: { text?: string; html?: string } }

export type ParseJob = JobInput & { id: number }

export interface Parser {
  parse(job: JobInput): Promise<ParseResult>
}

/** In-process parsing: loads the parsers (jsdom, Readability, DOMPurify) on first use. */
export const inlineParser: Parser = {
  async parse(job) {
    const { parseArticle, parsePasted } = await import('./parse-article')
    return job.kind === 'file' ? parseArticle({ bytes: job.bytes, fileName: job.fileName, web: job.web }) : parsePasted(job.input)
  }
}

/** How long one file may keep the parser busy, and how much heap the parser may use. */
export interface ParseLimits {
  timeoutMs: number
  maxHeapMb: number
}

export const PARSE_LIMITS: ParseLimits = { timeoutMs: 120_000, maxHeapMb: 2048 }

export class WorkerParser implements Parser {
  private worker: Worker | null = null
  private nextId = 1
  private readonly pending = new Map<number, { name: string; resolve: (r: ParseResult) => void }>()

  constructor(
    private readonly file: string,
    private readonly limits: ParseLimits = PARSE_LIMITS
  ) {}

  static orInline(file: string | undefined, limits?: ParseLimits): Parser {
    return file && existsSync(file) ? new WorkerParser(file, limits) : inlineParser
  }

  private spawn(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(this.file, { resourceLimits: { maxOldGenerationSizeMb: this.limits.maxHeapMb } })
    worker.on('message', ({ id, result }: { id: number; result: ParseResult }) => {
      this.pending.get(id)?.resolve(result)
      this.pending.delete(id)
    })
    const failAll = (why: string) => {
      for (const { name, resolve } of this.pending.values()) resolve(failure(name, why))
      this.pending.clear()
      this.worker = null
    }
    worker.on('error', (e) =>
      failAll(
        (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? 'reading it needed more memory than Diptych allows for one article'
          : 'something in it stopped the importer'
      )
    )
    worker.on('exit', () => failAll('something in it stopped the importer'))
    worker.unref()
    this.worker = worker
    return worker
  }

  parse(job: JobInput): Promise<ParseResult> {
    const id = this.nextId++
    const name = job.kind === 'file' ? job.fileName : PASTED_TEXT_NAME
    if (!existsSync(this.file)) {
      return Promise.resolve(failure(name, 'the part of Diptych that reads files is missing from this installation; build it again'))
    }
    const { timeoutMs } = this.limits
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        // A file that keeps the parser busy this long is refused, and the worker starts afresh.
        this.pending.delete(id)
        void this.worker?.terminate()
        this.worker = null
        resolve(failure(name, `reading it took longer than ${timeoutMs >= 1000 ? `${timeoutMs / 1000} seconds` : `${timeoutMs} ms`}`))
      }, timeoutMs)
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
  return importFailure('unreadable', `“${name}” could not be imported: ${why}.`)
}
