// Moving the panes together by the alignment: bring a pair level, and (when on) let the other pane
// follow as the reader scrolls, by the pairs rather than by the percentage scrolled.
import { ref, type Ref } from 'vue'
import { mapOffset } from '../../../shared/compare'
import { topRect } from '../dom/text-offsets'
import { useCompareStore } from '../stores/compare'
import type { Side } from '../stores/reader'

interface PaneHandle {
  range: (start: number, end: number) => Range | null
  scroller: HTMLElement | null
  topOffset: () => number | null
}

export function usePaneSync(panes: Ref<(PaneHandle | null)[]>) {
  const compare = useCompareStore()
  const enabled = ref(false)
  // Scrolls we cause in a pane must not be followed back into the other one: ignored per pane, briefly.
  const ignoreUntil = [0, 0]
  let frame = 0

  /** Scrolls `side` so that `target` sits at `y` pixels below the top of its pane. */
  function placeAt(side: Side, start: number, end: number, y: number): void {
    const pane = panes.value[side]
    const scroller = pane?.scroller
    const range = pane?.range(start, end)
    if (!scroller || !range) return
    // Blocks that come into view take their real height only at the next rendering update, which can
    // move the passage again after it looked placed: settle until it has held still for three frames.
    let frames = 0
    let still = 0
    const step = () => {
      const rect = topRect(range)
      const delta = rect.top - scroller.getBoundingClientRect().top - y
      ignoreUntil[side] = performance.now() + 150
      if (Math.abs(delta) > 1) {
        scroller.scrollTop += delta
        still = 0
      } else still++
      if (still < 3 && ++frames < 30) requestAnimationFrame(step)
    }
    step()
  }

  function level(index: number, from: Side): void {
    const pair = compare.pairs[index]
    const pane = panes.value[from]
    if (!pair || !pane?.scroller) return
    compare.hovered = index
    const mine = from === 0 ? pair.a : pair.b
    const theirs = from === 0 ? pair.b : pair.a
    const range = pane.range(mine.start, mine.end)
    const rect = range ? topRect(range) : undefined
    const y = rect ? rect.top - pane.scroller.getBoundingClientRect().top : -1
    // A passage off screen in its own pane comes into view first; the other is then brought level with it.
    const inView = y >= 0 && y <= pane.scroller.clientHeight - 40
    if (!inView) placeAt(from, mine.start, mine.end, 80)
    placeAt((1 - from) as Side, theirs.start, theirs.end, inView ? y : 80)
  }

  function follow(side: Side): void {
    if (!enabled.value || compare.pairs.length === 0 || performance.now() < ignoreUntil[side]) return
    // Once per frame, from where the pane is when the frame comes.
    cancelAnimationFrame(frame)
    frame = requestAnimationFrame(() => {
      const offset = panes.value[side]?.topOffset()
      if (offset === null || offset === undefined) return
      const mapped = mapOffset(compare.pairs, side, offset)
      if (mapped !== null) placeAt((1 - side) as Side, mapped, mapped + 1, 8)
    })
  }

  return { enabled, level, follow }
}
