// Where a highlight's card goes: beside the text when the pane's margin has room, so that it covers
// nothing; else above the highlight, where it covers only what was already read (a drag over the lines
// that follow must reach the text), or below, a few lines down, when it fits there and not above. A card
// that fits on neither side covers part of a long highlight rather than shrink (shrunk into the lines above
// the highlight, its note field was out of sight), never all of it; it never covers the messages' corner,
// and in a pane too small for it, it scrolls inside.

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
/** Less room than this, and a squeezed card shows too little of itself to be of use beside the highlight. */
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
  // The highlight as far as it is in view: a long one may run past the pane's top or bottom.
  const y = (at: number) => Math.min(Math.max(at - pane.top, 0), floor)
  const above = y(highlight.first.top) - GAP
  const below = y(highlight.last.bottom) + GAP
  const roomAbove = above - EDGE
  const roomBelow = floor - below
  const atAbove = (height: number): CardPlace => ({ top: above - height, left, width, maxHeight: height })
  // Below, the next few lines stay uncovered where the card can spare the room, so that a drag can start there.
  const atBelow = (least: number): CardPlace => {
    const free = Math.max(0, Math.min(3 * Math.max(0, highlight.last.bottom - highlight.last.top), roomBelow - least))
    return { top: below + free, left, width, maxHeight: Math.max(0, Math.min(natural, roomBelow - free)) }
  }
  if (natural <= roomAbove) return atAbove(natural)
  if (natural <= roomBelow) return atBelow(natural)
  // Over a long highlight, rather than squeezed beside it: over its first lines (its last line and the
  // lines after it stay clear) or over its last lines (its first line stays clear), whichever covers less.
  const overFirst = y(highlight.last.top) - GAP - EDGE
  const overLast = floor - y(highlight.first.bottom) - GAP
  const onFirst = (height: number): CardPlace => ({ top: EDGE, left, width, maxHeight: Math.max(0, height) })
  const onLast = (height: number): CardPlace => ({ top: floor - Math.max(0, height), left, width, maxHeight: Math.max(0, height) })
  const coverFirst = natural <= overFirst ? EDGE + natural - above : Infinity
  const coverLast = natural <= overLast ? below + natural - floor : Infinity
  if (coverFirst < Infinity || coverLast < Infinity) return coverFirst <= coverLast ? onFirst(natural) : onLast(natural)
  // No room for the whole card: squeezed, it scrolls inside; beside the highlight where that leaves it enough room.
  if (roomAbove >= Math.min(natural, ENOUGH)) return atAbove(roomAbove)
  if (roomBelow >= Math.min(natural, ENOUGH)) return atBelow(ENOUGH)
  return overFirst >= overLast ? onFirst(Math.min(natural, overFirst)) : onLast(Math.min(natural, overLast))
}
