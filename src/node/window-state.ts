// Where the window opens: the size, place and maximised state it had when it was last closed, kept
// per machine (the user-data folder, never the library, which may be shared with another computer),
// and made to fit the displays there are now: a monitor unplugged since must not hide the window.
import { promises as fs, readFileSync } from 'node:fs'
import path from 'node:path'
import { writeFileAtomic } from './store/atomic-file'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface WindowState {
  bounds: Rect
  maximized: boolean
}

export interface Placement {
  /** No x and y: let the system centre the window. */
  bounds: { width: number; height: number; x?: number; y?: number }
  maximized: boolean
}

export interface Size {
  width: number
  height: number
}

/** How much of a window must show on a display for it to count as there: enough to grab its title bar. */
const GRAB = { width: 120, height: 40 }

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

function asState(saved: unknown): WindowState | null {
  if (!saved || typeof saved !== 'object') return null
  const { bounds, maximized } = saved as Partial<WindowState>
  if (!bounds || ![bounds.x, bounds.y, bounds.width, bounds.height].every(finite)) return null
  if (bounds.width <= 0 || bounds.height <= 0) return null
  return { bounds, maximized: maximized === true }
}

function overlap(a: Rect, b: Rect): Size {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y))
  }
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), Math.max(lo, hi))

/**
 * The saved window fitted to the displays' work areas (the first is the primary): kept where it was
 * when enough of it shows; otherwise moved onto the display it overlaps most, or the primary one;
 * never larger than that display, never smaller than the window's minimum.
 */
export function placeWindow(saved: unknown, workAreas: readonly Rect[], defaults: Size, minimum: Size): Placement {
  const state = asState(saved)
  if (!state || workAreas.length === 0) return { bounds: { ...defaults }, maximized: state?.maximized ?? false }
  const { bounds } = state
  const areas = workAreas.map((area) => ({ area, seen: overlap(bounds, area) }))
  const visible = areas.find(({ seen }) => seen.width >= GRAB.width && seen.height >= GRAB.height)
  const best = areas.reduce((a, b) => (b.seen.width * b.seen.height > a.seen.width * a.seen.height ? b : a))
  const area = (visible ?? (best.seen.width * best.seen.height > 0 ? best : areas[0])).area
  const width = clamp(bounds.width, Math.min(minimum.width, area.width), area.width)
  const height = clamp(bounds.height, Math.min(minimum.height, area.height), area.height)
  const fits = visible && width === bounds.width && height === bounds.height
  const x = fits ? bounds.x : clamp(bounds.x, area.x, area.x + area.width - width)
  const y = fits ? bounds.y : clamp(bounds.y, area.y, area.y + area.height - height)
  return { bounds: { x, y, width, height }, maximized: state.maximized }
}

export const WINDOW_STATE_FILE = 'window-state.json'

/**
 * The saved state, or null when there is none or it cannot be read (the window then opens as new).
 * Read at once: a few bytes, once, before the window can be made.
 */
export function readWindowState(dir: string): unknown {
  try {
    return JSON.parse(readFileSync(path.join(dir, WINDOW_STATE_FILE), 'utf8')) as unknown
  } catch {
    return null
  }
}

export async function writeWindowState(dir: string, state: WindowState): Promise<void> {
  await fs.mkdir(dir, { recursive: true })
  await writeFileAtomic(path.join(dir, WINDOW_STATE_FILE), JSON.stringify(state) + '\n')
}
