import type { AlignedPair, QuoteCheckEntry } from '../../../shared/compare'

export interface CompareRequest {
  id: number
  left: string
  right: string
}

export type CompareResponse =
  | { id: number; ok: true; pairs: AlignedPair[]; quotesLeft: QuoteCheckEntry[]; quotesRight: QuoteCheckEntry[]; ms: number }
  | { id: number; ok: false; message: string }

let worker: Worker | null = null
let nextId = 1

/** Runs a comparison in the worker; one worker, started on first use. */
export function compareInWorker(left: string, right: string): Promise<CompareResponse> {
  worker ??= new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' })
  const id = nextId++
  const w = worker
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent<CompareResponse>) => {
      if (event.data.id !== id) return
      w.removeEventListener('message', onMessage)
      resolve(event.data)
    }
    w.addEventListener('message', onMessage)
    w.postMessage({ id, left, right } satisfies CompareRequest)
  })
}
