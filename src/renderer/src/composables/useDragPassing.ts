// A selection being dragged in the text passes under the highlight card rather than stopping on it.
import { ref } from 'vue'

export function useDragPassing() {
  const dragging = ref(false)
  function startDrag(event: PointerEvent): void {
    if (event.button !== 0) return
    dragging.value = true
    const end = () => (dragging.value = false)
    window.addEventListener('pointerup', end, { once: true })
    window.addEventListener('pointercancel', end, { once: true })
  }
  return { dragging, startDrag }
}
