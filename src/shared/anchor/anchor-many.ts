import { anchorSharing } from './anchor'
import { PieceFinder } from './gram-index'
import type { AnchorResult, Selectors } from './types'

/**
 * Anchors many passages of one text, e.g. every highlight of an article when it opens. Results come
 * back in the order given.
 *
 * The work it shares: passages are taken in document order, and each one anchored tells how far the
 * text around it has shifted, so the next one is first looked for at its stored position plus that
 * shift. After edits that is usually exactly where it now is, and the check costs two string
 * comparisons instead of a search; when it is not, the search window and the position prior are
 * centred on both places, which also makes repeated short quotes easier to tell apart. And the
 * whole-text searches of passages that edits changed share one index of the text once there are
 * enough of them to pay for it.
 */
export function anchorMany(text: string, list: readonly Selectors[]): AnchorResult[] {
  const order = list.map((_, i) => i).sort((a, b) => list[a].position.start - list[b].position.start)
  const results: AnchorResult[] = new Array(list.length)
  const pieces = new PieceFinder(text)
  let shift = 0
  for (const i of order) {
    const selectors = list[i]
    const result = anchorSharing(text, selectors, shift === 0 ? {} : { expectedStart: selectors.position.start + shift }, pieces)
    results[i] = result
    if (result.status !== 'orphan') shift = result.start - selectors.position.start
  }
  return results
}
