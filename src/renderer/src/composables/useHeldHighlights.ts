// Keeps the highlights of some articles at hand while a component is shown, whether or not they are in a
// pane (the window otherwise holds only the panes' highlights: see stores/library-highlights.ts).
import { onBeforeUnmount, watch } from 'vue'
import { useLibraryStore } from '../stores/library'

export function useHeldHighlights(articleIds: () => readonly string[]): void {
  const library = useLibraryStore()
  let release: (() => void) | null = null
  let gone = false
  watch(
    () => articleIds().join(' '),
    async () => {
      const next = await library.pinHighlights(articleIds())
      release?.()
      release = next
      if (gone) release()
    },
    { immediate: true }
  )
  onBeforeUnmount(() => {
    gone = true
    release?.()
    release = null
  })
}
