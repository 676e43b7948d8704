// Injected into the page in Chromium mode: the same createApi as the preload, over a Playwright binding
// that calls the real handler table in the test process; and the desktop's extras as the preload has
// them, where `__diptychMenu(id)` stands for choosing a menu item, zoom is CSS zoom and the page's state for
// the menu goes to the harness (`__diptychCommandState`); `__diptychLibraryChanged()` is main's event that
// another process changed the library.
import { createApi } from '../../src/shared/api'
import { isCommandId, type CommandId } from '../../src/shared/commands'
import { clampZoom, type Desktop } from '../../src/shared/desktop'
import { pageLinkEnd } from '../../src/shared/link-inbox'

declare global {
  interface Window {
    /** The answer as JSON text (see chromium-app.ts). */
    __diptychInvoke: (channel: string, req: unknown) => Promise<string>
    __diptychMenu: (id: string) => boolean
    /** What ipcRenderer.send(COMMAND_STATE_CHANNEL, …) would send main (see ChromiumApp.menuItems). */
    __diptychCommandState: (state: unknown) => Promise<void>
    /** What main's library-changed event would do (the harness calls it when its watcher fires). */
    __diptychLibraryChanged: () => void
    /** What main's webContents.send(LINK_CHANNEL, …) would deliver (see ChromiumApp.openUrl). */
    __diptychLink: (arrival: unknown) => void
  }
}

const changeListeners: (() => void)[] = []
Object.defineProperty(window, 'api', {
  value: createApi(
    async (channel, req) => JSON.parse(await window.__diptychInvoke(channel, req)) as unknown,
    (_event, run) => void changeListeners.push(run)
  ),
  writable: false,
  configurable: false
})
Object.defineProperty(window, '__diptychLibraryChanged', { value: () => changeListeners.forEach((run) => run()) })

const listeners: ((id: CommandId) => void)[] = []
const links = pageLinkEnd()
const desktop: Desktop = {
  onCommand: (run) => void listeners.push(run),
  onLink: links.onLink,
  setZoom: (level) => {
    document.documentElement.style.zoom = String(1.2 ** clampZoom(level))
  },
  setCommandState: (state) => void window.__diptychCommandState(state)
}
Object.defineProperty(window, 'desktop', { value: Object.freeze(desktop), writable: false, configurable: false })
Object.defineProperty(window, '__diptychMenu', {
  value: (id: string) => {
    if (!isCommandId(id)) return false
    for (const run of listeners) run(id)
    return listeners.length > 0
  }
})
Object.defineProperty(window, '__diptychLink', { value: links.take })
