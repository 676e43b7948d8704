// Where the comparison lies when it cannot sit beside the text: over the right pane's text, under that
// pane's bar and above the row of messages, so that it covers no pane's controls, no part of the left
// pane, and nothing is hidden under a message.
import { nextTick, onBeforeUnmount, ref, watch, type Ref } from 'vue'

export type OverlayBox = Partial<Record<'left' | 'top' | 'width' | 'bottom', string>>

export function useOverlayBox(active: Ref<boolean>, panes: Ref<HTMLElement | null>): Ref<OverlayBox> {
  const box = ref<OverlayBox>({})
  let observer: ResizeObserver | null = null

  function measure(): void {
    const root = panes.value
    if (!active.value || !root) return void (box.value = {})
    const area = root.getBoundingClientRect()
    const next: OverlayBox = { bottom: `${Math.max(0, window.innerHeight - area.bottom)}px` }
    const right = root.querySelector<HTMLElement>('.pane[data-side="right"]:not(.collapsed)')
    const bar = right?.querySelector<HTMLElement>('.pane-bar')
    if (right && bar && right.getBoundingClientRect().width > 0) {
      const pane = right.getBoundingClientRect()
      Object.assign(next, { left: `${pane.left}px`, width: `${pane.width}px`, top: `${bar.getBoundingClientRect().bottom}px` })
    }
    box.value = next
  }

  function observe(): void {
    observer?.disconnect()
    observer = null
    const root = panes.value
    if (!active.value || !root) return measure()
    observer = new ResizeObserver(measure)
    observer.observe(root)
    for (const el of root.querySelectorAll<HTMLElement>('.pane, .pane-bar')) observer.observe(el)
    measure()
  }

  watch(active, () => void nextTick(observe), { immediate: true })
  onBeforeUnmount(() => observer?.disconnect())
  return box
}
