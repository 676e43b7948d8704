// Which highlights of an article an export lists as orphans: those that stayed on an earlier edition,
// and those that no longer anchor in its text.
import { anchorMany } from '../../shared/anchor'
import { contextMatches } from '../../shared/anchor/context'
import type { Highlight, Id } from '../../shared/model'

/**
 * A library export checks a hundred thousand highlights, nearly all still where they were saved: each is
 * first checked at its stored place (its quote and context there), exactly as anchoring checks it
 * first; only an article where one is not is anchored in full, in one batch as the reader's pane does.
 */
export function orphanIds(text: string, highlights: readonly Highlight[]): Set<Id> {
  // One that stayed on an earlier edition is not in this text, wherever a look-alike might anchor it.
  const earlier = (h: Highlight) => h.edition !== undefined
  if (highlights.every((h) => earlier(h) || inPlace(text, h))) return new Set(highlights.filter(earlier).map((h) => h.id))
  const anchors = anchorMany(
    text,
    highlights.map((h) => ({ quote: h.quote, position: h.position }))
  )
  return new Set(highlights.filter((h, i) => earlier(h) || anchors[i].status === 'orphan').map((h) => h.id))
}

/** The quote and its context at the stored start: anchoring's first check, which then never orphans it. */
function inPlace(text: string, h: Highlight): boolean {
  const { exact, prefix, suffix } = h.quote
  const at = h.position.start
  return (
    exact.length > 0 &&
    Number.isInteger(at) &&
    at >= 0 &&
    text.startsWith(exact, at) &&
    contextMatches(text, at, at + exact.length, prefix, suffix)
  )
}
