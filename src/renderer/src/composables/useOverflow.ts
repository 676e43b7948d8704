// Which items of a bar fit: each item's width is measured once (from a hidden row that shows them all),
// and the items of lowest priority go into the "More" menu until the rest fit the space there is.
import { onBeforeUnmount, onMounted, type Ref } from 'vue'

export interface Fitting {
  id: string
  priority: number
}

/** The ids that fit in `available` px, keeping the highest priorities; `reserve` is the More button. */
export function fit(
  items: readonly Fitting[],
  widths: ReadonlyMap<string, number>,
  available: number,
  gap: number,
  reserve: number
): Set<string> {
  const total = (list: readonly Fitting[]) => list.reduce((sum, i) => sum + (widths.get(i.id) ?? 0) + gap, 0)
  if (total(items) <= available) return new Set(items.map((i) => i.id))
  const kept = [...items].sort((a, b) => b.priority - a.priority)
  while (kept.length && total(kept) + reserve > available) kept.pop()
  return new Set(kept.map((i) => i.id))
}

/** Re-measures whenever `space` changes size; `measure` returns each item's width and the space available. */
export function useOverflow(space: Ref<HTMLElement | null>, measure: () => void): void {
  let observer: ResizeObserver | undefined
  onMounted(() => {
    observer = new ResizeObserver(() => measure())
    if (space.value) observer.observe(space.value)
    window.addEventListener('resize', measure)
    measure()
  })
  onBeforeUnmount(() => {
    observer?.disconnect()
    window.removeEventListener('resize', measure)
  })
}

export const measuredWidths = (row: HTMLElement | null): Map<string, number> =>
  new Map(Array.from(row?.querySelectorAll<HTMLElement>('[data-item]') ?? []).map((el) => [el.dataset.item!, el.offsetWidth]))
