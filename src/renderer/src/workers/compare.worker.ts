// Aligning two long texts is pure, heavy work: it runs here so that the panes never freeze.
import { align, quoteCheck } from '../../../shared/compare'
import type { CompareRequest, CompareResponse } from './compare-protocol'

self.onmessage = (event: MessageEvent<CompareRequest>) => {
  const { id, left, right } = event.data
  try {
    const started = performance.now()
    // Every pair, weaker matches too: the panel hides those under DEFAULT_MIN_SCORE until asked.
    const pairs = align(left, right, { minScore: 0 })
    const quotesLeft = quoteCheck(left, right)
    const quotesRight = quoteCheck(right, left)
    const response: CompareResponse = { id, ok: true, pairs, quotesLeft, quotesRight, ms: performance.now() - started }
    self.postMessage(response)
  } catch (error) {
    const response: CompareResponse = { id, ok: false, message: (error as Error).message }
    self.postMessage(response)
  }
}
