// The reader's current text selection in a pane, in canonical offsets, and where it is on screen.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Side } from './reader'

export interface PaneSelection {
  side: Side
  articleId: string
  start: number
  end: number
  /** Viewport rectangle of the selection, for placing the toolbar. */
  rect: { top: number; bottom: number; left: number; right: number }
}

export const useSelectionStore = defineStore('selection', () => {
  const current = ref<PaneSelection | null>(null)

  function clear(): void {
    current.value = null
    window.getSelection()?.removeAllRanges()
  }

  return { current, clear }
})
