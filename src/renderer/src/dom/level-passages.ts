// Two passages, one in each pane, brought to the same height: a link to a pair opens levelled on its
// link. Each pane first scrolls its passage near its top (a scroll request, which also flashes it); a
// short article cannot, so both then settle as low as the lower one sits.
import { paneText } from './focus-when-shown'
import { BLOCK_SELECTOR, rangeFor, topRect } from './text-offsets'

interface Passage {
  articleId: string
  start: number
  end: number
}

const WAIT_MS = 5_000

function placed(side: 0 | 1, p: Passage): { scroller: HTMLElement; range: Range } | null {
  const scroller = document.querySelector<HTMLElement>(paneText(side))
  if (!scroller || scroller.closest<HTMLElement>('.pane')?.dataset.article !== p.articleId) return null
  const blocks = Array.from(scroller.querySelectorAll<HTMLElement>(BLOCK_SELECTOR))
  const range = blocks.length
    ? rangeFor(
        blocks,
        blocks.map((b) => Number(b.dataset.start)),
        p.start,
        p.end
      )
    : null
  return range && { scroller, range }
}

/** Levels the passages once both are on the page and have held still for a few frames (blocks take their real height late). */
export function levelPassages(left: Passage, right: Passage, ready: () => boolean = () => true): void {
  // The wait counts from when both panes are ready, within a longer bound for a pane that never is.
  const giveUp = performance.now() + 3 * WAIT_MS
  let until = Infinity
  let last = ''
  let still = 0
  const step = () => {
    if (!ready()) {
      if (performance.now() < giveUp) requestAnimationFrame(step)
      return
    }
    until = Math.min(until, performance.now() + WAIT_MS)
    const both = [placed(0, left), placed(1, right)]
    if (both[0] && both[1]) {
      const ys = both.map((p) => topRect(p!.range).top - p!.scroller.getBoundingClientRect().top)
      const key = ys.map(Math.round).join()
      still = key === last ? still + 1 : 0
      last = key
      if (still >= 3) {
        if (Math.abs(ys[0] - ys[1]) <= 1) return
        const y = Math.max(...ys)
        both.forEach((p, i) => (p!.scroller.scrollTop -= y - ys[i]))
        still = 0
      }
    }
    if (performance.now() < until) requestAnimationFrame(step)
  }
  requestAnimationFrame(step)
}
