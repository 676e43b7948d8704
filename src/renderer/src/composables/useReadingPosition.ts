// Remembers where the reader is in an article (the canonical offset at the top of the pane) and
// brings them back there when the article opens again, after a restart too.
import { onBeforeUnmount, type Ref } from 'vue'
import { offsetOf, topRect } from '../dom/text-offsets'

const SAVE_DELAY_MS = 400

export function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null }
  if (doc.caretPositionFromPoint) {
    const pos = doc.caretPositionFromPoint(x, y)
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null
  }
  const range = document.caretRangeFromPoint?.(x, y)
  return range ? { node: range.startContainer, offset: range.startOffset } : null
}

export function useReadingPosition(scroller: Ref<HTMLElement | null>, save: (offset: number) => void) {
  let timer: ReturnType<typeof setTimeout> | undefined
  let restoring = false

  function topOffset(): number | null {
    const el = scroller.value
    if (!el) return null
    if (el.scrollTop < 4) return 0
    const rect = el.getBoundingClientRect()
    const text = el.querySelector<HTMLElement>('.article-text')
    const left = (text?.getBoundingClientRect().left ?? rect.left) + 4
    // Probe a few lines down from the top edge until the point lands in text (margins between blocks).
    for (let dy = 6; dy < 200; dy += 12) {
      const caret = caretAt(left, rect.top + dy)
      if (caret) {
        const offset = offsetOf(caret.node, caret.offset)
        if (offset !== null) return offset
      }
    }
    return null
  }

  function onScroll(): void {
    if (restoring) return
    clearTimeout(timer)
    timer = setTimeout(() => {
      timer = undefined
      const offset = topOffset()
      if (offset !== null) save(offset)
    }, SAVE_DELAY_MS)
  }

  /** Scrolls so that `range` starts at the top of the pane; again each frame while blocks that come
   * into view take their real height (content-visibility), until it holds still. */
  function restore(range: Range | null, block: HTMLElement | null): Promise<void> {
    const el = scroller.value
    if (!el || !range || !block) return Promise.resolve()
    restoring = true
    const align = () => {
      const rect = el.getBoundingClientRect()
      const target = topRect(range)
      el.scrollTop += target.top - rect.top - 8
    }
    block.scrollIntoView({ block: 'start' })
    align()
    return new Promise((resolve) => {
      let frames = 0
      let still = 0
      const settle = () => {
        const before = el.scrollTop
        align()
        still = Math.abs(el.scrollTop - before) < 1 ? still + 1 : 0
        if (still >= 3 || ++frames > 30) {
          restoring = false
          resolve()
        } else requestAnimationFrame(settle)
      }
      requestAnimationFrame(settle)
    })
  }

  /** Saves a position still waiting for its delay, now (before the pane shows another article). */
  function flush(): void {
    if (timer === undefined) return
    clearTimeout(timer)
    timer = undefined
    const offset = topOffset()
    if (offset !== null) save(offset)
  }

  onBeforeUnmount(flush)

  return { onScroll, restore, topOffset, flush }
}
