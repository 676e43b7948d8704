// What the desktop shell offers the page besides the API: the menu's commands and the page zoom.
// Absent in a plain browser, where the browser has its own menu and zoom.
import type { CommandId } from './commands'
import type { LinkArrival } from './link-inbox'

export interface Desktop {
  /** Calls `run` with each command chosen in the application menu (ids checked against the table). */
  onCommand(run: (id: CommandId) => void): void
  /** Calls `run` with each diptych:// link the system hands the app (checked on both sides of the bridge). */
  onLink(run: (arrival: LinkArrival) => void): void
  /** Zoom level of the page: 0 is actual size, each step is 20 % larger or smaller. */
  setZoom(level: number): void
}

export const ZOOM_LIMITS = { min: -3, max: 5 } as const

export function clampZoom(level: number): number {
  return Number.isFinite(level) ? Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, level)) : 0
}
