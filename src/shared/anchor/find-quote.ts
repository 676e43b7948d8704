// Finding a passage from its quote alone, with no stored position: what a diptych:// link carries when
// the highlight it names is not in this library (deleted, or made on another computer).
import type { TextQuoteSelector } from '../model'
import { anchor } from './anchor'
import { contextMatches } from './context'
import { occurrences } from './find-exact'

/** [start, end) of the passage the quote names, or null when the text has no place for it that is sure enough. */
export function findQuote(text: string, quote: TextQuoteSelector): { start: number; end: number } | null {
  const length = quote.exact.length
  const hits = occurrences(text, quote.exact)
  const fitting = hits.filter((at) => contextMatches(text, at, at + length, quote.prefix, quote.suffix))
  const sure = fitting.length === 1 ? fitting[0] : fitting.length === 0 && hits.length === 1 ? hits[0] : undefined
  if (sure !== undefined) return { start: sure, end: sure + length }
  // Edited since the link was written, or there several times: the anchoring's own search decides, or says it cannot.
  const hint = hits[0] ?? contextHint(text, quote)
  const found = anchor(text, { quote, position: { start: hint, end: hint + length } })
  return found.status === 'orphan' ? null : { start: found.start, end: found.end }
}

/** Where the passage would start going by its context alone (the anchoring weighs distance from the hint). */
function contextHint(text: string, quote: TextQuoteSelector): number {
  const before = quote.prefix ? text.indexOf(quote.prefix) : -1
  if (before >= 0) return before + quote.prefix.length
  const after = quote.suffix ? text.indexOf(quote.suffix) : -1
  return after >= 0 ? Math.max(0, after - quote.exact.length) : 0
}
