// Keyboard: each key press is looked up in the one command table and handed to the command's action.
// Typing in a field is never intercepted, except by commands that cannot mean typing.
import { onBeforeUnmount, onMounted } from 'vue'
import type { CommandId } from '../../../shared/commands'
import { shortcutOf } from '../shortcuts'

/** An action runs from a key (event given), the menu or the palette (no event). */
export type CommandActions = Partial<Record<CommandId, (event?: KeyboardEvent) => boolean | void>>

export function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))
}

/** An action returning false declines the key (it then does what it would have done without us). */
export function useShortcuts(actions: CommandActions): void {
  function onKey(event: KeyboardEvent): void {
    const command = shortcutOf(event)
    if (!command || (typing(event.target) && !command.inFields)) return
    const run = actions[command.id as CommandId]
    if (run && run(event) !== false) event.preventDefault()
  }
  onMounted(() => window.addEventListener('keydown', onKey))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey))
}
