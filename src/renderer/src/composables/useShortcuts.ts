// Keyboard: each key press is looked up in the one table of shortcuts (../shortcuts.ts) and handed to
// its action. Typing in a field is never intercepted, except by shortcuts that cannot mean typing.
import { onBeforeUnmount, onMounted } from 'vue'
import { shortcutOf, type ShortcutId } from '../shortcuts'

export type ShortcutActions = Partial<Record<ShortcutId, (event: KeyboardEvent) => boolean | void>>

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))
}

/** An action returning false declines the key (it then does what it would have done without us). */
export function useShortcuts(actions: ShortcutActions): void {
  function onKey(event: KeyboardEvent): void {
    const shortcut = shortcutOf(event)
    if (!shortcut || (typing(event.target) && !shortcut.inFields)) return
    const run = actions[shortcut.id]
    if (run && run(event) !== false) event.preventDefault()
  }
  onMounted(() => window.addEventListener('keydown', onKey))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey))
}
