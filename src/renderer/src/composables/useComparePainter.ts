// Quiet marks on the passages that have a counterpart in the other pane, and the lit pair under the pointer.
import { onBeforeUnmount, watch, type Ref } from 'vue'
import { clear, paint } from '../dom/highlight-registry'
import { useCompareStore } from '../stores/compare'
import type { Side } from '../stores/reader'

export function useComparePainter(side: Side, rendered: Ref<boolean>, range: (start: number, end: number) => Range | null) {
  const compare = useCompareStore()
  const owner = `compare-${side}`

  function repaint(): void {
    if (!rendered.value || compare.pairs.length === 0) return clear(owner)
    const byName = new Map<string, Range[]>([
      ['pair-verbatim', []],
      ['pair-close', []],
      ['pair-paraphrase', []],
      ['pair-hover', []]
    ])
    for (const s of compare.spansOf(side)) {
      const r = range(s.start, s.end)
      if (!r) continue
      byName.get(`pair-${s.kind}`)!.push(r)
      if (s.index === compare.hovered) byName.get('pair-hover')!.push(r)
    }
    paint(owner, byName)
  }

  watch(() => [compare.pairs, compare.hovered, rendered.value], repaint, { flush: 'post' })
  onBeforeUnmount(() => clear(owner))
}
