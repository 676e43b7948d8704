// Paints a pane's highlights through the shared registry: one range list per colour, plus the
// focused highlight and a short flash when the reader jumps to one.
import { onBeforeUnmount, watch, type Ref } from 'vue'
import { HIGHLIGHT_COLORS } from '../../../shared/model'
import { clear, paint } from '../dom/highlight-registry'
import type { PlacedHighlight } from './useAnchoredHighlights'

const FLASH_MS = 1400

export function useHighlightPainter(
  owner: string,
  placed: Ref<readonly PlacedHighlight[]>,
  focusedId: Ref<string | null>,
  rendered: Ref<boolean>,
  range: (start: number, end: number) => Range | null
) {
  let flashTimer: ReturnType<typeof setTimeout> | undefined
  // DOM ranges of placed highlights, kept while the article's DOM stays the same.
  const ranges = new Map<string, Range | null>()
  const cachedRange = (start: number, end: number) => {
    const key = `${start}:${end}`
    if (!ranges.has(key)) ranges.set(key, range(start, end))
    return ranges.get(key)!
  }
  watch(rendered, () => ranges.clear())

  function repaint(): void {
    if (!rendered.value) return clear(owner)
    const byName = new Map<string, Range[]>(HIGHLIGHT_COLORS.map((c) => [`hl-${c}`, []]))
    byName.set('hl-focus', [])
    for (const p of placed.value) {
      const r = cachedRange(p.start, p.end)
      if (!r) continue
      byName.get(`hl-${p.highlight.color}`)!.push(r)
      if (p.highlight.id === focusedId.value) byName.get('hl-focus')!.push(r)
    }
    paint(owner, byName)
  }

  function flash(start: number, end: number): void {
    const r = range(start, end)
    if (!r) return
    paint(`${owner}-flash`, new Map([['hl-flash', [r]]]))
    clearTimeout(flashTimer)
    flashTimer = setTimeout(() => clear(`${owner}-flash`), FLASH_MS)
  }

  watch([placed, focusedId, rendered], repaint, { flush: 'post' })
  onBeforeUnmount(() => {
    clearTimeout(flashTimer)
    clear(owner)
    clear(`${owner}-flash`)
  })

  return { repaint, flash }
}
