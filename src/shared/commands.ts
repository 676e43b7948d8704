// The one table of commands: the keyboard dispatcher, the shortcut sheet, the command palette and the
// application menu all read it, so a command has one name and one shortcut everywhere.
// Keys are written "Mod+Shift+C": `Mod` is Ctrl (Cmd on a Mac). `macKeys` replaces `keys` on a Mac.
// `role`: a native Electron role does the work (clipboard, full screen, closing the window), so the
// renderer leaves those keys to the system. `inFields`: also while typing, where it cannot mean typing.

/** The one message main sends the renderer: run this command (a menu item was chosen). */
export const COMMAND_CHANNEL = 'diptych:command'

import type { CommandState } from './command-state'
import { ZOOM_LIMITS } from './desktop'

export type { CommandState } from './command-state'

export type MenuName = 'app' | 'file' | 'edit' | 'view' | 'theme' | 'help'

export interface Command {
  id: string
  label: string
  does: string
  keys?: string[]
  macKeys?: string[]
  inFields?: boolean
  menu?: MenuName
  role?: string
  /** Needs the key that ran it (a colour digit, an arrow): not offered in the palette. */
  keyOnly?: boolean
  enabled?: (state: CommandState) => boolean
}

const two = (s: CommandState) => s.openCount >= 2
const one = (s: CommandState) => s.openCount >= 1
const compared = (s: CommandState) => s.compared

// Order is the sheet's order and, per menu, the menu's order.
export const COMMANDS = [
  { id: 'palette', label: 'Command palette…', does: 'Find a command or an article by name', keys: ['Mod+K'], inFields: true, menu: 'view' },
  { id: 'import', label: 'Import…', does: 'Import articles', keys: ['Mod+O'], inFields: true, menu: 'file' },
  { id: 'addFromUrl', label: 'Add from URL…', does: 'Add an article from a web address', keys: ['Mod+L'], inFields: true, menu: 'file' },
  { id: 'export', label: 'Export…', does: 'Export', keys: ['Mod+E'], inFields: true, menu: 'file' },
  {
    id: 'checkEdition',
    label: 'Check for a New Edition',
    does: 'Fetch the article of the focused pane again; a changed text becomes its new edition',
    menu: 'file',
    enabled: (s) => s.focusedFromWeb
  },
  { id: 'backups', label: 'Backups…', does: 'Show the library folder and its backups', menu: 'file' },
  { id: 'settings', label: 'Settings…', does: 'Open the settings', keys: ['Mod+,'], inFields: true, menu: 'app' },
  { id: 'close', label: 'Close Window', does: 'Close the window', keys: ['Mod+W'], menu: 'file', role: 'close' },
  { id: 'undo', label: 'Undo', does: 'Undo', keys: ['Mod+Z'], menu: 'edit', enabled: (s) => s.canUndo || s.typing },
  { id: 'redo', label: 'Redo', does: 'Redo', keys: ['Mod+Shift+Z', 'Mod+Y'], menu: 'edit', enabled: (s) => s.canRedo || s.typing },
  { id: 'cut', label: 'Cut', does: 'Cut the selected text', keys: ['Mod+X'], menu: 'edit', role: 'cut', keyOnly: true },
  { id: 'copy', label: 'Copy', does: 'Copy the selected text', keys: ['Mod+C'], menu: 'edit', role: 'copy', keyOnly: true },
  { id: 'paste', label: 'Paste', does: 'Paste, or import what was copied', keys: ['Mod+V'], menu: 'edit', role: 'paste', keyOnly: true },
  { id: 'selectAll', label: 'Select All', does: 'Select all', keys: ['Mod+A'], menu: 'edit', role: 'selectAll', keyOnly: true },
  {
    id: 'copyLink',
    label: 'Copy Link to Highlight',
    does: 'Copy a diptych:// link to the highlight whose card is open',
    menu: 'edit',
    enabled: (s) => s.cardOpen
  },
  {
    id: 'copyPairLink',
    label: 'Copy Link to This Pair',
    does: 'Copy a diptych:// link that opens the two articles side by side',
    menu: 'edit',
    enabled: two
  },
  {
    id: 'find',
    label: 'Find…',
    does: 'Find in the article of the focused pane',
    keys: ['Mod+F'],
    inFields: true,
    menu: 'edit',
    enabled: one
  },
  { id: 'library', label: 'Library', does: 'Show or hide the library', menu: 'view' },
  { id: 'annotations', label: 'Annotations', does: 'Show or hide the annotations of the focused pane', menu: 'view', enabled: one },
  {
    id: 'compare',
    label: 'Compare',
    does: 'Compare the two open texts',
    keys: ['Mod+Shift+C'],
    inFields: true,
    menu: 'view',
    enabled: two
  },
  {
    id: 'findSources',
    label: 'Find Sources…',
    does: 'List the articles of the library that the focused article quotes',
    menu: 'view',
    enabled: one
  },
  {
    id: 'compareEditions',
    label: 'Compare Editions',
    does: 'Show an earlier edition of the focused article beside the latest',
    menu: 'view',
    enabled: (s) => s.focusedEditions
  },
  { id: 'syncScroll', label: 'Sync Scroll', does: 'The other pane follows the alignment as you scroll', menu: 'view', enabled: compared },
  { id: 'themeLight', label: 'Light', does: 'Light theme', menu: 'theme' },
  { id: 'themeSepia', label: 'Sepia', does: 'Sepia theme', menu: 'theme' },
  { id: 'themeDark', label: 'Dark', does: 'Dark theme', menu: 'theme' },
  { id: 'themeSystem', label: 'Follow the System', does: 'Theme of the system', menu: 'theme' },
  {
    id: 'zoomIn',
    label: 'Zoom In',
    does: 'Make everything larger',
    keys: ['Mod+=', 'Mod+Plus'],
    inFields: true,
    menu: 'view',
    enabled: (s) => s.zoom < ZOOM_LIMITS.max
  },
  {
    id: 'zoomOut',
    label: 'Zoom Out',
    does: 'Make everything smaller',
    keys: ['Mod+-'],
    inFields: true,
    menu: 'view',
    enabled: (s) => s.zoom > ZOOM_LIMITS.min
  },
  {
    id: 'zoomReset',
    label: 'Actual Size',
    does: 'Back to the normal size',
    keys: ['Mod+0'],
    inFields: true,
    menu: 'view',
    enabled: (s) => s.zoom !== 0
  },
  {
    id: 'fullScreen',
    label: 'Full Screen',
    does: 'Enter or leave full screen',
    keys: ['F11'],
    macKeys: ['Ctrl+Mod+F'],
    menu: 'view',
    role: 'togglefullscreen'
  },
  { id: 'nextBlock', label: 'Next paragraph', does: 'Move the paragraph cursor to the next paragraph', keys: ['j'] },
  { id: 'previousBlock', label: 'Previous paragraph', does: 'Move the paragraph cursor to the previous paragraph', keys: ['k'] },
  {
    id: 'extend',
    label: 'Extend the selection',
    does: 'Select from the cursor: a word, or to the end of a paragraph, at a time',
    keys: ['Shift+ArrowRight', 'Shift+ArrowLeft', 'Shift+ArrowDown', 'Shift+ArrowUp'],
    keyOnly: true
  },
  { id: 'highlight', label: 'Highlight', does: 'Highlight the selection, or the paragraph at the cursor, in the last colour', keys: ['h'] },
  { id: 'note', label: 'Highlight with a note', does: 'Highlight and write a note', keys: ['n'] },
  { id: 'tag', label: 'Highlight and tag', does: 'Highlight and tag it', keys: ['t'] },
  {
    id: 'colour',
    label: 'Highlight in a colour',
    does: 'Highlight in yellow, green, blue, pink or purple',
    keys: ['1', '2', '3', '4', '5'],
    keyOnly: true
  },
  { id: 'nextHighlight', label: 'Next highlight', does: 'Go to the next highlight and open its card', keys: [']'] },
  { id: 'previousHighlight', label: 'Previous highlight', does: 'Go to the previous highlight and open its card', keys: ['['] },
  { id: 'help', label: 'Keyboard Shortcuts', does: 'Show this list of shortcuts', keys: ['?'], menu: 'help' },
  { id: 'about', label: 'About Diptych', does: 'Which version of Diptych this is', menu: 'help' },
  { id: 'escape', label: 'Close or clear', does: 'Close the card, or clear the selection and the cursor', keys: ['Escape'], keyOnly: true }
] as const satisfies readonly Command[]

export type CommandId = (typeof COMMANDS)[number]['id']

const byId = new Map<string, Command>(COMMANDS.map((c) => [c.id, c]))

export function commandById(id: CommandId): Command {
  return byId.get(id)!
}

/** Whether a value from outside (a menu message) names a command of the table. */
export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && byId.has(value)
}

export function keysOf(command: Command, mac: boolean): string[] {
  return (mac ? command.macKeys : undefined) ?? command.keys ?? []
}

export function isEnabled(command: Command, state: CommandState): boolean {
  return command.enabled ? command.enabled(state) : true
}

/** The commands that cannot act in this state: the menu and the palette grey them out. */
export function disabledCommands(state: CommandState): Set<CommandId> {
  return new Set(COMMANDS.filter((c: Command) => !isEnabled(c, state)).map((c) => c.id))
}

const KEY_NAMES: Record<string, [other: string, mac: string]> = {
  Mod: ['Ctrl', '⌘'],
  Ctrl: ['Ctrl', '⌃'],
  Shift: ['Shift', '⇧'],
  Alt: ['Alt', '⌥'],
  Plus: ['+', '+'],
  ArrowRight: ['→', '→'],
  ArrowLeft: ['←', '←'],
  ArrowDown: ['↓', '↓'],
  ArrowUp: ['↑', '↑']
}

const MAC_ORDER = ['Ctrl', 'Alt', 'Shift', 'Mod']

/** How a key is written for the reader: "Ctrl+Shift+C" elsewhere, "⇧⌘C" on a Mac. */
export function keyLabel(key: string, mac: boolean): string {
  const parts = key === '+' ? ['+'] : key.split('+')
  // A Mac writes its modifiers in one order: ⌃⌥⇧⌘.
  if (mac) {
    const name = parts.pop()!
    parts.sort((a, b) => MAC_ORDER.indexOf(a) - MAC_ORDER.indexOf(b)).push(name)
  }
  const names = parts.map((p) => KEY_NAMES[p]?.[mac ? 1 : 0] ?? (p.length === 1 ? p.toUpperCase() : p))
  if (parts.length === 1) return KEY_NAMES[key]?.[mac ? 1 : 0] ?? key
  return mac ? names.join('') : names.join('+')
}

/** The key as an Electron accelerator ("CmdOrCtrl+Shift+C"). */
export function accelerator(key: string): string {
  return key
    .split('+')
    .map((p) => (p === 'Mod' ? 'CmdOrCtrl' : p.startsWith('Arrow') ? p.slice(5) : p.length === 1 ? p.toUpperCase() : p))
    .join('+')
}

/** One line of the shortcut sheet, or of the palette. */
export interface CommandRow {
  id: CommandId
  label: string
  does: string
  keys: string[]
}

function row(command: Command, mac: boolean): CommandRow {
  return { id: command.id as CommandId, label: command.label, does: command.does, keys: keysOf(command, mac).map((k) => keyLabel(k, mac)) }
}

/** The shortcut sheet: every command that has a key, in table order. */
export function sheetRows(mac: boolean): CommandRow[] {
  return COMMANDS.filter((c: Command) => keysOf(c, mac).length > 0).map((c) => row(c, mac))
}

/** The palette: every command that can run without the key that usually runs it. */
export function paletteRows(mac: boolean): CommandRow[] {
  return COMMANDS.filter((c: Command) => !c.keyOnly).map((c) => row(c, mac))
}
