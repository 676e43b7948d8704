// Aligning two long texts, or two editions, is pure, heavy work: it runs here so that the panes never freeze.
import { align, quoteCheck } from '../../../shared/compare'
import { editionDiff } from '../../../shared/editions/edition-diff'
import { sourceSpeaker } from './quote-speakers'
import type { CompareResponse, EditionsResponse, WorkerRequest } from './compare-protocol'

function answer(request: WorkerRequest): CompareResponse | EditionsResponse {
  const { id } = request
  if (request.kind === 'editions') return { id, ok: true, diff: editionDiff(request.older, request.newer) }
  const started = performance.now()
  // Every pair, weaker matches too: the panel hides those under DEFAULT_MIN_SCORE until asked.
  const pairs = align(request.left, request.right, { minScore: 0 })
  const quotesLeft = quoteCheck(request.left, request.right, { sourceSpeaker: sourceSpeaker(request.right) })
  const quotesRight = quoteCheck(request.right, request.left, { sourceSpeaker: sourceSpeaker(request.left) })
  return { id, ok: true, pairs, quotesLeft, quotesRight, ms: performance.now() - started }
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  try {
    self.postMessage(answer(event.data))
  } catch (error) {
    self.postMessage({ id: event.data.id, ok: false, message: (error as Error).message })
  }
}
