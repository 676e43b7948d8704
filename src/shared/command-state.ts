// What the page tells the desktop shell about itself, so that the menu greys out what cannot act: how
// many articles are open, whether there is anything to undo, which card is open. Small, flat and
// checked on both sides of the bridge (the preload sends only a state that passes, main reads only one).
import { ZOOM_LIMITS } from './desktop'

/** The one message the page sends main: the state the commands' enabled rules read. */
export const COMMAND_STATE_CHANNEL = 'diptych:command-state'

export interface CommandState {
  /** Panes with an article, 0 to 2. */
  openCount: number
  canUndo: boolean
  canRedo: boolean
  /** A comparison of the two open articles is on screen. */
  compared: boolean
  /** The focus is in a field: Undo and Redo are the field's own. */
  typing: boolean
  /** A highlight's card is open. */
  cardOpen: boolean
  /** The focused article was saved from a web address (it has a page to check for a new edition). */
  focusedFromWeb: boolean
  /** The focused article has more than one edition. */
  focusedEditions: boolean
  /** The page zoom level (see desktop.ts). */
  zoom: number
}

export function idleCommandState(): CommandState {
  return {
    openCount: 0,
    canUndo: false,
    canRedo: false,
    compared: false,
    typing: false,
    cardOpen: false,
    focusedFromWeb: false,
    focusedEditions: false,
    zoom: 0
  }
}

const FLAGS = ['canUndo', 'canRedo', 'compared', 'typing', 'cardOpen', 'focusedFromWeb', 'focusedEditions'] as const
const KEYS = new Set<string>(['openCount', 'zoom', ...FLAGS])

/** The state, when a value from the other side of the bridge is exactly one; else null. */
export function commandStateOf(value: unknown): CommandState | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const record = value as Record<string, unknown>
  const keys = Object.keys(record)
  if (keys.length !== KEYS.size || keys.some((k) => !KEYS.has(k))) return null
  const { openCount, zoom } = record
  if (typeof openCount !== 'number' || !Number.isInteger(openCount) || openCount < 0 || openCount > 2) return null
  if (typeof zoom !== 'number' || !(zoom >= ZOOM_LIMITS.min && zoom <= ZOOM_LIMITS.max)) return null
  if (FLAGS.some((f) => typeof record[f] !== 'boolean')) return null
  const state = idleCommandState()
  state.openCount = openCount
  state.zoom = zoom
  for (const f of FLAGS) state[f] = record[f] as boolean
  return state
}
