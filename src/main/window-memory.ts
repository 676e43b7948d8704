// The main window opens where it was last closed (fitted to today's displays) and remembers where it
// is: saved when it moves, resizes or closes, in the per-machine user-data folder.
import { screen, type BrowserWindow, type BrowserWindowConstructorOptions } from 'electron'
import { placeWindow, readWindowState, writeWindowState } from '../node'

const DEFAULT_SIZE = { width: 1440, height: 900 }
export const MINIMUM_SIZE = { width: 720, height: 480 }

export function savedPlacement(dir: string): { options: BrowserWindowConstructorOptions; maximized: boolean } {
  const primary = screen.getPrimaryDisplay()
  // The primary display first: a window whose monitor is gone comes back there.
  const displays = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)]
  const placement = placeWindow(
    readWindowState(dir),
    displays.map((d) => d.workArea),
    DEFAULT_SIZE,
    MINIMUM_SIZE
  )
  return { options: placement.bounds, maximized: placement.maximized }
}

export function rememberPlacement(window: BrowserWindow, dir: string): void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const save = () => {
    clearTimeout(timer)
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return
    // A maximised window keeps the size it will go back to when unmaximised.
    const bounds = window.isMaximized() ? window.getNormalBounds() : window.getBounds()
    writeWindowState(dir, { bounds, maximized: window.isMaximized() }).catch((error: unknown) => {
      console.error('The window position could not be saved.', error)
    })
  }
  const later = () => {
    clearTimeout(timer)
    timer = setTimeout(save, 500)
  }
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event as 'resize', later)
  window.on('close', save)
}
