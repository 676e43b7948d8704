// Support for the anchoring tests and benchmark, not used by the app: edits a text while tracking where
// a passage goes, and judges an anchoring result against that truth.
import { selectorsFor } from '../shared/anchor/selectors-for'
import type { AnchorResult, Selectors } from '../shared/anchor/types'

/** Replace text[at, at + remove) with `insert`, in the coordinates of the text as it is at that moment. */
export interface Edit {
  at: number
  remove: number
  insert: string
}

/** Where a passage went through a series of edits. */
export interface TrackedSpan {
  start: number
  end: number
  /** Whether an edit changed a character inside the passage (text added at its edges does not). */
  touched: boolean
}

export function applyEdit(text: string, edit: Edit): string {
  return text.slice(0, edit.at) + edit.insert + text.slice(edit.at + edit.remove)
}

/**
 * Maps a passage through one edit. Text inserted exactly at the passage's start or end goes outside it,
 * as the reader did not select it. A replacement that overlaps the passage belongs to it: the passage is
 * then what became of the characters the reader selected.
 */
export function trackEdit(span: TrackedSpan, edit: Edit): TrackedSpan {
  const { at, remove, insert } = edit
  const stop = at + remove
  const grow = insert.length - remove
  let { start, end } = span
  const touched = span.touched || (remove > 0 ? at < span.end && stop > span.start : at > span.start && at < span.end)
  if (remove === 0) {
    if (start >= at) start += grow
    if (end > at) end += grow
  } else {
    if (start >= stop) start += grow
    else if (start >= at) start = at
    if (end > stop) end += grow
    else if (end > at) end = at + insert.length
  }
  if (end < start) end = start
  return { start, end, touched }
}

/** Applies the edits in order, tracking each passage through them. */
export function applyEdits(text: string, edits: readonly Edit[], spans: readonly TrackedSpan[]): { text: string; spans: TrackedSpan[] } {
  let current = spans.map((s) => ({ ...s }))
  for (const edit of edits) {
    text = applyEdit(text, edit)
    current = current.map((s) => trackEdit(s, edit))
  }
  return { text, spans: current }
}

/**
 * - `right`: where the passage went. If no edit changed it, exactly its new [start, end). If edits
 *   changed it, t = what became of it (its surviving characters plus text inserted or replaced inside
 *   it): most of the result must lie in t (|r ∩ t| ≥ ½|r|), and cover a fair part of it, which is half
 *   of t or of the quote, whichever is shorter (a replacement can make t much longer than the quote).
 * - `twin`: elsewhere, but describing the result gives back exactly the stored quote, prefix and
 *   suffix. Nothing stored can tell such a place from the true one (a repeated paragraph).
 * - `lookalike`: elsewhere, but closer to what was stored than what became of the passage is (see
 *   `fit`), or as close and nearer the stored position: the edits destroyed the passage and made or
 *   left a copy at least as good, as inserting one period into periodic text does. Everything stored
 *   points there at least as much as to the true place; no anchoring could know better.
 * - `orphan`: no place returned.
 * - `wrong`: anything else, including any place for a passage that was deleted without a closer copy.
 */
export type Verdict = 'right' | 'twin' | 'lookalike' | 'orphan' | 'wrong'

export function judge(result: AnchorResult, truth: TrackedSpan, text: string, selectors: Selectors): Verdict {
  if (result.status === 'orphan') return 'orphan'
  if (result.start === truth.start && result.end === truth.end) return 'right'
  const { exact, prefix, suffix } = selectors.quote
  if (result.end > result.start) {
    const again = selectorsFor(text, result.start, result.end).quote
    if (again.exact === exact && again.prefix === prefix && again.suffix === suffix) return 'twin'
  }
  if (truth.touched) {
    const overlap = Math.max(0, Math.min(result.end, truth.end) - Math.max(result.start, truth.start))
    const fair = Math.min(truth.end - truth.start, exact.length) / 2
    if (overlap > 0 && overlap * 2 >= result.end - result.start && overlap >= fair) return 'right'
  }
  const [mine, true_] = [fit(text, result, selectors), fit(text, truth, selectors)]
  const stored = selectors.position.start
  const nearer = Math.abs(result.start - stored) <= Math.abs(truth.start - stored)
  return mine < true_ || (mine === true_ && nearer) ? 'lookalike' : 'wrong'
}

/**
 * Edits between what was stored and what a place shows: a yardstick independent of the anchoring
 * code's own scoring. Each side of the context is compared with the text next to the place read up to
 * half as far again, taking the best length, so that text inserted next to a passage costs its length
 * once rather than once for every character it pushes out of a fixed window.
 */
export function fit(text: string, place: { start: number; end: number }, selectors: Selectors): number {
  const { exact, prefix, suffix } = selectors.quote
  let before = Infinity
  for (let n = 0; n <= Math.ceil(prefix.length * 1.5) && n <= place.start; n++) {
    before = Math.min(before, levenshtein(prefix, text.slice(place.start - n, place.start)))
  }
  let after = Infinity
  for (let n = 0; n <= Math.ceil(suffix.length * 1.5) && place.end + n <= text.length; n++) {
    after = Math.min(after, levenshtein(suffix, text.slice(place.end, place.end + n)))
  }
  return before + levenshtein(exact, text.slice(place.start, place.end)) + after
}

export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1)
    }
    previous = current
  }
  return previous[b.length]
}
