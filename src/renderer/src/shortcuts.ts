// The one table of keyboard shortcuts: the dispatcher reads it, and so does the sheet `?` opens.
// `Mod` is Ctrl (Cmd on a Mac). `inFields`: also while typing in a field, where it cannot mean typing.

export type ShortcutId =
  | 'highlight'
  | 'note'
  | 'tag'
  | 'colour'
  | 'nextBlock'
  | 'previousBlock'
  | 'extend'
  | 'nextHighlight'
  | 'previousHighlight'
  | 'undo'
  | 'redo'
  | 'import'
  | 'export'
  | 'compare'
  | 'help'
  | 'settings'
  | 'escape'

export interface Shortcut {
  id: ShortcutId
  keys: string[]
  does: string
  inFields?: boolean
}

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'nextBlock', keys: ['j'], does: 'Move the paragraph cursor to the next paragraph' },
  { id: 'previousBlock', keys: ['k'], does: 'Move the paragraph cursor to the previous paragraph' },
  {
    id: 'extend',
    keys: ['Shift+ArrowRight', 'Shift+ArrowLeft', 'Shift+ArrowDown', 'Shift+ArrowUp'],
    does: 'Select from the cursor: a word, or to the end of a paragraph, at a time'
  },
  { id: 'highlight', keys: ['h'], does: 'Highlight the selection, or the paragraph at the cursor, in the last colour' },
  { id: 'note', keys: ['n'], does: 'Highlight and write a note' },
  { id: 'tag', keys: ['t'], does: 'Highlight and tag it' },
  { id: 'colour', keys: ['1', '2', '3', '4', '5'], does: 'Highlight in yellow, green, blue, pink or purple' },
  { id: 'nextHighlight', keys: [']'], does: 'Go to the next highlight and open its card' },
  { id: 'previousHighlight', keys: ['['], does: 'Go to the previous highlight and open its card' },
  { id: 'undo', keys: ['Mod+Z'], does: 'Undo' },
  { id: 'redo', keys: ['Mod+Shift+Z', 'Mod+Y'], does: 'Redo' },
  { id: 'import', keys: ['Mod+O'], does: 'Import articles', inFields: true },
  { id: 'export', keys: ['Mod+E'], does: 'Export', inFields: true },
  { id: 'compare', keys: ['Mod+Shift+C'], does: 'Compare the two open texts', inFields: true },
  { id: 'help', keys: ['?'], does: 'Show this list of shortcuts' },
  { id: 'settings', keys: ['Mod+,'], does: 'Settings: theme and type', inFields: true },
  { id: 'escape', keys: ['Escape'], does: 'Close the card, or clear the selection and the cursor' }
]

/** Whether a key event is `key` as the table writes it ("Mod+Shift+C", "Shift+ArrowDown", "?"). */
export function matches(event: KeyboardEvent, key: string): boolean {
  const parts = key.split('+')
  const name = parts.pop()!
  const mod = parts.includes('Mod')
  const shift = parts.includes('Shift')
  if (mod !== (event.ctrlKey || event.metaKey) || event.altKey) return false
  // A printable character already carries its Shift ("?" is Shift+/), so Shift is only checked for named keys and letters with Mod.
  if (name.length > 1 || mod) {
    if (shift !== event.shiftKey) return false
    return event.key.toLowerCase() === name.toLowerCase()
  }
  return event.key === name
}

export function shortcutOf(event: KeyboardEvent): Shortcut | undefined {
  return SHORTCUTS.find((s) => s.keys.some((k) => matches(event, k)))
}

/** How a key is written for the reader. */
export function keyLabel(key: string, mac = /Mac|iPhone|iPad/.test(navigator.platform)): string {
  return key
    .replace('Mod', mac ? '⌘' : 'Ctrl')
    .replace('ArrowRight', '→')
    .replace('ArrowLeft', '←')
    .replace('ArrowDown', '↓')
    .replace('ArrowUp', '↑')
}
