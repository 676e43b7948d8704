// Keyboard: with a selection, h / n / t highlight (and open the note or the tags); Ctrl/Cmd+Z and
// Ctrl/Cmd+Shift+Z undo and redo; Escape closes the card. Typing in a field is never intercepted.
import { onBeforeUnmount, onMounted } from 'vue'

export interface ShortcutActions {
  hasSelection: () => boolean
  highlight: (focus: 'note' | 'tags' | null) => void
  undo: () => void
  redo: () => void
  escape: () => void
  extra?: (event: KeyboardEvent, mod: boolean) => boolean
}

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))
}

export function useShortcuts(actions: ShortcutActions): void {
  function onKey(event: KeyboardEvent): void {
    const mod = event.ctrlKey || event.metaKey
    if (actions.extra?.(event, mod)) return event.preventDefault()
    if (typing(event.target)) return
    const key = event.key.toLowerCase()
    if (mod && key === 'z') {
      event.preventDefault()
      if (event.shiftKey) actions.redo()
      else actions.undo()
      return
    }
    if (mod && key === 'y') {
      event.preventDefault()
      actions.redo()
      return
    }
    if (event.key === 'Escape') return actions.escape()
    if (mod || event.altKey || !actions.hasSelection()) return
    const focus = key === 'h' ? null : key === 'n' ? 'note' : key === 't' ? 'tags' : undefined
    if (focus === undefined) return
    event.preventDefault()
    actions.highlight(focus)
  }
  onMounted(() => window.addEventListener('keydown', onKey))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey))
}
