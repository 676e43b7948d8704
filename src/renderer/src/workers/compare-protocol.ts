import type { AlignedPair, QuoteCheckEntry } from '../../../shared/compare'
import type { EditionDiff } from '../../../shared/editions'

/** The heavy, pure work the page hands to the worker: aligning two texts, or comparing two editions. */
export type WorkerRequest =
  { id: number; kind: 'align'; left: string; right: string } | { id: number; kind: 'editions'; older: string[]; newer: string[] }

export type Failed = { id: number; ok: false; message: string }

export type CompareResponse =
  { id: number; ok: true; pairs: AlignedPair[]; quotesLeft: QuoteCheckEntry[]; quotesRight: QuoteCheckEntry[]; ms: number } | Failed

export type EditionsResponse = { id: number; ok: true; diff: EditionDiff } | Failed

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never

let worker: Worker | null = null
let nextId = 1

/** One worker, started on first use; answers are matched to their requests by id. */
function ask<T extends { id: number }>(request: Request): Promise<T> {
  worker ??= new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' })
  const id = nextId++
  const w = worker
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent<T>) => {
      if (event.data.id !== id) return
      w.removeEventListener('message', onMessage)
      resolve(event.data)
    }
    w.addEventListener('message', onMessage)
    w.postMessage({ ...request, id } as WorkerRequest)
  })
}

/** Runs a comparison of two texts in the worker. */
export const compareInWorker = (left: string, right: string) => ask<CompareResponse>({ kind: 'align', left, right })

/** Compares two editions' paragraphs in the worker: a long article's took 100–190 ms, a freeze in the page. */
export const editionDiffInWorker = (older: string[], newer: string[]) => ask<EditionsResponse>({ kind: 'editions', older, newer })
