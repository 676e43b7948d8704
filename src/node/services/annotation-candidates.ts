// What one imported annotation becomes: a highlight that fits the library's limits (tags folded and cut
// to size, quote context shortened), or a reason it was left out. Every item is counted one way or the
// other, so the reader's summary adds up to what the file held.
import type { ReasonCount } from '../../shared/api'
import type { ImportedAnnotation } from '../../shared/export'
import { fitTags, MAX_NOTE_LENGTH, MAX_QUOTE_CONTEXT, MAX_QUOTE_LENGTH } from '../../shared/limits'
import type { TextPositionSelector, TextQuoteSelector } from '../../shared/model'

/** Counts by reason, in the order the reasons first came up. */
export class Tally {
  private readonly counts = new Map<string, number>()

  add(reason: string, count = 1): void {
    if (count > 0) this.counts.set(reason, (this.counts.get(reason) ?? 0) + count)
  }

  get list(): ReasonCount[] {
    return [...this.counts].map(([reason, count]) => ({ reason, count }))
  }
}

export interface Selection {
  quote: TextQuoteSelector
  position: TextPositionSelector
}

/**
 * The passage an annotation points at, fitted to the limits; or why it cannot be imported. A position
 * without a quote takes its quote from the article's text.
 */
export function selectionOf(a: ImportedAnnotation, text: string, adjusted: Tally): Selection | { skip: string } {
  const position = a.position ?? { start: 0, end: Math.max(1, a.quote?.exact.length ?? 1) }
  if (position.end <= position.start) return { skip: 'its passage is empty' }
  const quote = a.quote ?? { exact: text.slice(position.start, position.end), prefix: '', suffix: '' }
  if (quote.exact.length === 0) return { skip: a.quote ? 'its passage is empty' : 'its position lies outside the article’s text' }
  if (quote.exact.length > MAX_QUOTE_LENGTH)
    return { skip: `its passage is longer than ${MAX_QUOTE_LENGTH.toLocaleString('en')} characters` }
  if (quote.prefix.length <= MAX_QUOTE_CONTEXT && quote.suffix.length <= MAX_QUOTE_CONTEXT) return { quote, position }
  // Only the text nearest the passage helps to find it again.
  adjusted.add(`the text kept around a passage was cut to ${MAX_QUOTE_CONTEXT.toLocaleString('en')} characters`)
  return {
    quote: { exact: quote.exact, prefix: quote.prefix.slice(-MAX_QUOTE_CONTEXT), suffix: quote.suffix.slice(0, MAX_QUOTE_CONTEXT) },
    position
  }
}

/** The note and tags as the library keeps them; a note over the limit is refused rather than cut. */
export function notesOf(a: ImportedAnnotation, adjusted: Tally): { note: string; tags: string[] } | { skip: string } {
  if (a.note.length > MAX_NOTE_LENGTH) return { skip: `its note is longer than ${MAX_NOTE_LENGTH.toLocaleString('en')} characters` }
  const { tags, changes } = fitTags(a.tags)
  for (const change of changes) adjusted.add(change)
  return { note: a.note, tags }
}

const ISO_TIME_MAX = 64

/** A time as the file gives it, or `fallback` when there is none or it is too long to be one. */
export function timeOr(value: string | undefined, fallback: string): string {
  return value !== undefined && value.length <= ISO_TIME_MAX ? value : fallback
}
