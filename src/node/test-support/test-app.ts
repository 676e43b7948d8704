// The app's services on a library in a given folder, for tests and benchmarks: no dialogs, no clipboard.
import path from 'node:path'
import { createHandlers, dispatch } from '../handlers'
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

/** A test app with `call`, which goes through the handler table as a request from the renderer does and
 * throws the reader's sentence when the request fails. */
export async function openCallableApp(dataDir: string) {
  const app = await openTestApp(dataDir)
  const handlers = createHandlers(app)
  const call = async <T>(channel: string, req?: unknown): Promise<T> => {
    const r = await dispatch(handlers, channel, req)
    if (!r.ok) throw new Error(r.error.message)
    return r.value as T
  }
  return { app, call }
}
