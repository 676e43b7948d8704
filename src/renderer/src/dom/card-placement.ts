// Where a highlight's card goes: beside the text when the pane's margin has room, so that it covers
// nothing; else above the highlight, where it covers only what was already read (a drag over the
// lines that follow must reach the text), and below, a few lines down, only when above has clearly less
// room. It never covers the highlight itself nor the messages' corner; squeezed, it scrolls inside.

export interface Rect {
  top: number
  bottom: number
  left: number
  right: number
}

export interface CardPlace {
  top: number
  left: number
  width: number
  maxHeight: number
}

const GAP = 10
const EDGE = 8
const MAX_WIDTH = 380
/** Below this much room above, a card goes below if there is more room there. */
const ENOUGH = 120

/** The card's width in a pane of this width. */
export const cardWidth = (paneWidth: number): number => Math.min(MAX_WIDTH, paneWidth - 24)

/** All rectangles in viewport coordinates; the result in the pane's. `natural` is the card's full height. */
export function placeCard(
  pane: Rect,
  highlight: { first: Rect; last: Rect },
  natural: number,
  column: Rect | null,
  keepClear: Rect | null
): CardPlace {
  const width = cardWidth(pane.right - pane.left)
  const overlaps = (left: number) =>
    keepClear !== null &&
    keepClear.top < keepClear.bottom &&
    keepClear.left < pane.left + left + width &&
    keepClear.right > pane.left + left
  const floorFor = (left: number) => (overlaps(left) ? Math.min(pane.bottom, keepClear!.top) : pane.bottom) - pane.top - EDGE

  if (column && pane.right - column.right >= width + 24) {
    const left = column.right - pane.left + 12
    const floor = floorFor(left)
    const top = Math.max(EDGE, Math.min(highlight.first.top - pane.top, floor - natural))
    return { top, left, width, maxHeight: Math.max(0, floor - top) }
  }

  const left = Math.max(12, Math.min(highlight.last.left - pane.left, pane.right - pane.left - width - 12))
  const floor = floorFor(left)
  const above = highlight.first.top - pane.top - GAP
  const below = highlight.last.bottom - pane.top + GAP
  const roomAbove = above - EDGE
  const roomBelow = floor - below
  if (roomAbove >= Math.min(natural, ENOUGH) || roomAbove >= roomBelow) {
    const height = Math.max(0, Math.min(natural, roomAbove))
    return { top: above - height, left, width, maxHeight: height }
  }
  // Below, the next few lines stay uncovered where the card can spare the room, so that a drag can start there.
  const lines = 3 * Math.max(0, highlight.last.bottom - highlight.last.top)
  const free = Math.max(0, Math.min(lines, roomBelow - Math.min(natural, ENOUGH)))
  return { top: below + free, left, width, maxHeight: Math.max(0, Math.min(natural, roomBelow - free)) }
}
