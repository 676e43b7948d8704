// Follows the document selection and, when it lies in one pane's article text, records it in canonical
// offsets. A selection across the two panes, or outside article text, is not a highlight candidate.
import { onBeforeUnmount, onMounted } from 'vue'
import { offsetOf } from '../dom/text-offsets'
import { useSelectionStore } from '../stores/selection'
import type { Side } from '../stores/reader'

function paneOf(node: Node | null): HTMLElement | null {
  const el = node instanceof Element ? node : (node?.parentElement ?? null)
  return el?.closest<HTMLElement>('.pane[data-article]') ?? null
}

export function readSelection() {
  const sel = window.getSelection()
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null
  const range = sel.getRangeAt(0)
  const pane = paneOf(range.startContainer)
  if (!pane || pane !== paneOf(range.endContainer)) return null
  let start = offsetOf(range.startContainer, range.startOffset)
  let end = offsetOf(range.endContainer, range.endOffset)
  if (start === null || end === null) return null
  if (start > end) [start, end] = [end, start]
  if (end - start < 1) return null
  const box = range.getBoundingClientRect()
  return {
    side: Number(pane.dataset.sideIndex) as Side,
    articleId: pane.dataset.article!,
    start,
    end,
    rect: { top: box.top, bottom: box.bottom, left: box.left, right: box.right }
  }
}

export function useSelectionTracker(): void {
  const selection = useSelectionStore()
  let frame = 0
  const update = () => {
    cancelAnimationFrame(frame)
    frame = requestAnimationFrame(() => {
      selection.current = readSelection()
    })
  }
  onMounted(() => document.addEventListener('selectionchange', update))
  onBeforeUnmount(() => document.removeEventListener('selectionchange', update))
}
