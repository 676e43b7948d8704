// Electron's own surfaces (menus, scrollbars, the title bar) and prefers-color-scheme follow the
// reader's theme: the handlers that return settings set nativeTheme.themeSource on the way out.
import { nativeTheme } from 'electron'
import type { Handlers } from '../node'
import { appearanceOf, type Settings } from '../shared/model'

const SOURCE = { light: 'light', sepia: 'light', dark: 'dark', system: 'system' } as const

/** Electron's surfaces in the saved theme: at start, before the window is made, and on each change. */
export function followSettings(settings: Settings): void {
  nativeTheme.themeSource = SOURCE[appearanceOf(settings).theme]
}

export function followTheme(handlers: Handlers): Handlers {
  const follow = followSettings
  return {
    ...handlers,
    getLibrary: async (req) => {
      const snapshot = await handlers.getLibrary(req)
      follow(snapshot.settings)
      return snapshot
    },
    getLibraryView: async (req) => {
      const view = await handlers.getLibraryView(req)
      follow(view.settings)
      return view
    },
    updateSettings: async (req) => {
      const settings = await handlers.updateSettings(req)
      follow(settings)
      return settings
    }
  }
}
