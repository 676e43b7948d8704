// The desktop side of Platform, backed by Electron. Kept thin: everything else is tested without it.
import { clipboard, dialog, shell, type BrowserWindow } from 'electron'
import { externalUrl, type Platform } from '../node'
import { electronWebFetch } from './electron-web-fetch'

export function electronPlatform(window: () => BrowserWindow | null): Platform {
  return {
    async showOpenDialog({ title, filters, multiple }) {
      const win = window()
      const options = { title, filters, properties: multiple ? (['openFile', 'multiSelections'] as const) : (['openFile'] as const) }
      const result = win
        ? await dialog.showOpenDialog(win, { ...options, properties: [...options.properties] })
        : await dialog.showOpenDialog({ ...options, properties: [...options.properties] })
      return result.canceled ? null : result.filePaths
    },
    async showSaveDialog({ title, defaultName, filters, folder }) {
      const win = window()
      if (folder) {
        const opts = { title, properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> }
        const result = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts)
        return result.canceled ? null : (result.filePaths[0] ?? null)
      }
      const opts = { title, defaultPath: defaultName, filters }
      const result = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts)
      return result.canceled ? null : (result.filePath ?? null)
    },
    async writeClipboard(text) {
      await clipboard.writeText(text)
    },
    async openExternal(url) {
      const safe = externalUrl(url)
      if (safe) await shell.openExternal(safe)
    },
    // The address of every request is checked before it is made (WebClient); redirects come back here
    // as 3xx responses to be checked in turn.
    webFetch: electronWebFetch
  }
}
