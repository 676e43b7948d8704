// The URL imports running now, by the renderer's request id: how far each has got, and its cancel switch.
import type { UrlImportProgress } from '../../../shared/api'
import { AppError } from '../../errors'

export interface UrlRun {
  readonly signal: AbortSignal
  /** Moves to a phase (counts carried over) or updates the counts of the current one. */
  report(patch: Partial<UrlImportProgress>): void
}

export class UrlRequests {
  private readonly running = new Map<string, { progress: UrlImportProgress; controller: AbortController }>()

  progress(requestId: string): UrlImportProgress | null {
    const entry = this.running.get(requestId)
    return entry ? { ...entry.progress } : null
  }

  cancel(requestId: string): void {
    this.running.get(requestId)?.controller.abort()
  }

  /** Runs `work` under `requestId`, which names it for progress and cancel until it ends. */
  async run<T>(requestId: string, work: (run: UrlRun) => Promise<T>): Promise<T> {
    if (this.running.has(requestId)) throw new AppError('invalid-request', 'A page is already being saved under this request.')
    const controller = new AbortController()
    const progress: UrlImportProgress = { phase: 'connecting', bytes: 0, imagesDone: 0, imagesTotal: 0 }
    this.running.set(requestId, { progress, controller })
    try {
      return await work({ signal: controller.signal, report: (patch) => Object.assign(progress, patch) })
    } finally {
      this.running.delete(requestId)
    }
  }
}
