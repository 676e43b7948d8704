// A library served to the browser: the same openApp as Electron and the command line, the handler
// table behind the browser-mode server, and one close for both.
import { createHandlers } from '../handlers'
import { openApp, type AppContext } from '../open-app'
import type { Platform } from '../platform'
import { appearanceOf } from '../../shared/model'
import { BrowserPlatform } from './browser-platform'
import { startServer, type RunningServer } from './server'

export interface ServeOptions {
  dataDir: string
  resourcesDir: string
  rendererDir: string
  /** Where exports are written (the browser has no save dialog). */
  exportDir: string
  port?: number
  parserWorker?: string
  /** Tests script the desktop; the browser mode's own platform otherwise. */
  platform?: Platform
}

export interface ServedLibrary {
  server: RunningServer
  context: AppContext
  close(): Promise<void>
}

export async function serveLibrary(options: ServeOptions): Promise<ServedLibrary> {
  const context = await openApp({
    dataDir: options.dataDir,
    resourcesDir: options.resourcesDir,
    platform: options.platform ?? new BrowserPlatform(options.exportDir),
    parserWorker: options.parserWorker,
    watchLibrary: true
  })
  let server: RunningServer
  try {
    server = await startServer({
      handlers: createHandlers(context),
      rendererDir: options.rendererDir,
      port: options.port,
      dataDir: options.dataDir,
      theme: () => appearanceOf(context.store.data.settings).theme
    })
  } catch (error) {
    context.watcher?.close()
    await context.store.close()
    throw error
  }
  // Another process or computer changed the library: the pages read it again.
  context.watcher?.onChanged(() => server.notify('libraryChanged'))
  return {
    server,
    context,
    close: async () => {
      context.watcher?.close()
      await server.close()
      await context.store.close()
    }
  }
}
