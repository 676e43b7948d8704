// What the desktop shell offers the page besides the API: the menu's commands and the page zoom.
// Absent in a plain browser, where the browser has its own menu and zoom.
import type { CommandState } from './command-state'
import type { CommandId } from './commands'
import type { LinkArrival } from './link-inbox'

export interface Desktop {
  /** Calls `run` with each command chosen in the application menu (ids checked against the table). */
  onCommand(run: (id: CommandId) => void): void
  /** Calls `run` with each diptych:// link the system hands the app (checked on both sides of the bridge). */
  onLink(run: (arrival: LinkArrival) => void): void
  /** Zoom level of the page: 0 is actual size, each step is 20 % larger or smaller. */
  setZoom(level: number): void
  /** Tells main what the page holds, so that the menu greys out what cannot act (checked on both sides). */
  setCommandState(state: CommandState): void
}

export const ZOOM_LIMITS = { min: -3, max: 5 } as const

export function clampZoom(level: number): number {
  return Number.isFinite(level) ? Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, level)) : 0
}

/** One press of Zoom In (+1) or Zoom Out (-1): a half level, about 10 %, within the limits. */
export const ZOOM_STEP = 0.5

export function zoomAfter(level: number, direction: 1 | -1): number {
  return clampZoom(clampZoom(level) + direction * ZOOM_STEP)
}
