// The app's services on a library in a given folder, for tests and benchmarks: no dialogs, no clipboard.
import path from 'node:path'
import { openApp } from '../open-app'
import type { Platform } from '../platform'

export const RESOURCES_DIR = path.resolve(import.meta.dirname, '..', '..', '..', 'resources')

/** A desktop that answers every dialog with "cancelled" and ignores the clipboard and links. */
export const noDesktop: Platform = {
  showOpenDialog: async () => null,
  showSaveDialog: async () => null,
  writeClipboard: () => undefined,
  openExternal: async () => undefined
}

/** Opens (seeding on a first run) the library in `dataDir`. */
export const openTestApp = (dataDir: string) => openApp({ dataDir, resourcesDir: RESOURCES_DIR, platform: noDesktop })
