// Moving highlights onto a new edition of their article. Each passage is anchored in the new text
// (src/shared/anchor: quote, context, position) and the result is checked against where the word-level
// diff of the two texts says the passage went (text-map.ts). Both must agree, or the highlight stays on
// the old edition: a highlight left behind is listed and kept; one put in the wrong place misleads.
import { anchorMany, selectorsFor, type AnchorResult, type Selectors } from '../anchor'
import { MAX_QUOTE_LENGTH } from '../limits'
import { TextMap, type MappedRange } from './text-map'

export interface HighlightToMove extends Selectors {
  id: string
}

/**
 * - `moved`: the same words, found in the new text (possibly elsewhere);
 * - `revised`: the passage is there, with its wording changed (`before` → `after`);
 * - `stayed`: the passage is gone (or could not be told apart with certainty): it stays on the old edition;
 * - `unplaced`: it was not found in the old text either (an orphan already): left as it was.
 */
export type HighlightMove =
  | { id: string; outcome: 'moved'; selectors: Selectors }
  | { id: string; outcome: 'revised'; selectors: Selectors; before: string; after: string }
  | { id: string; outcome: 'stayed' | 'unplaced' }

/** Least share of a passage's characters that must survive for the changed passage to count as the same one. */
const MIN_KEPT = 0.5
/**
 * A passage the anchoring did not find moves on the diff's word alone only when it is this long: a diff
 * may pair a short common word ("the") of a rewritten sentence with another one.
 */
const MIN_DIFF_ONLY = 16

interface Place {
  start: number
  end: number
}

const overlap = (a: Place, b: Place) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
/** Two places agree when each lies mostly within the other. */
const agree = (a: Place, b: Place) => overlap(a, b) * 2 >= a.end - a.start && overlap(a, b) * 2 >= b.end - b.start

export function moveHighlights(oldText: string, newText: string, highlights: readonly HighlightToMove[]): HighlightMove[] {
  const inOld = anchorMany(oldText, highlights)
  const inNew = anchorMany(newText, highlights)
  const map = TextMap.between(oldText, newText)
  return highlights.map((h, i) => {
    const was = inOld[i]
    if (was.status === 'orphan') return { id: h.id, outcome: 'unplaced' }
    const place = decide(inNew[i], map?.map(was.start, was.end) ?? null, map !== null)
    if (!place || place.end - place.start > MAX_QUOTE_LENGTH) return { id: h.id, outcome: 'stayed' }
    const before = oldText.slice(was.start, was.end)
    const selectors = selectorsFor(newText, place.start, place.end)
    const after = selectors.quote.exact
    return after === before ? { id: h.id, outcome: 'moved', selectors } : { id: h.id, outcome: 'revised', selectors, before, after }
  })
}

/** Where the passage is in the new text, or null when it stays behind. */
function decide(anchored: AnchorResult, mapped: MappedRange | null, diffed: boolean): Place | null {
  const found = anchored.status === 'orphan' ? null : anchored
  const intactCopy = found !== null && found.status !== 'fuzzy'
  // Without a diff (texts too different), only a quote found word for word, with its context, moves.
  if (!diffed) return intactCopy ? found : null
  // Nothing of the passage is where it was: it moves only if its very words and context are elsewhere
  // (a paragraph moved).
  if (!mapped) return intactCopy ? found : null
  const longEnough = mapped.end - mapped.start >= MIN_DIFF_ONLY
  if (mapped.intact) return (found === null && longEnough) || (found?.start === mapped.start && found.end === mapped.end) ? mapped : null
  // Little of it is left where it was: its words and context intact elsewhere mean it was moved.
  if (mapped.kept < MIN_KEPT || mapped.end <= mapped.start) return intactCopy ? found : null
  if (found === null) return longEnough ? mapped : null
  return agree(found, mapped) ? found : null
}
