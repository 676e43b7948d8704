// Electron main process: lifecycle, the single window with secure defaults, and the library.
import { app, BrowserWindow, nativeTheme, session, shell } from 'electron'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { APP_ORIGIN, registerAppSchemeAsPrivileged, serveRenderer } from './app-protocol'
import { electronPlatform } from './electron-platform'
import { createHandlers, externalUrl, openApp, resolveDataDir, type AppContext } from '../node'
import { registerCommandState, registerIpc } from './ipc'
import { installMenu } from './app-menu'
import { MINIMUM_SIZE, rememberPlacement, savedPlacement } from './window-memory'
import { followSettings, followTheme } from './native-theme'
import { isTrustedUrl } from './trusted-url'
import { EVENT_PREFIX } from '../shared/api'
import { collectLinks, registerScheme, windowTakesLinks } from './deep-link-events'
import type { LinkInbox } from '../shared/link-inbox'
import { clampZoom } from '../shared/desktop'
import { windowBackground } from '../shared/first-paint'
import { appearanceOf } from '../shared/model'

const here = path.dirname(fileURLToPath(import.meta.url))
let mainWindow: BrowserWindow | null = null
let context: AppContext | null = null
let links: LinkInbox | null = null

registerAppSchemeAsPrivileged()

/** A second instance or a link brings the window forward (making one if all were closed, on macOS). */
function bringForward(): void {
  if (!mainWindow && context) createWindow()
  if (mainWindow?.isMinimized()) mainWindow.restore()
  mainWindow?.focus()
}

// The lock forwards a second instance's command line (a diptych:// link) here, and that instance quits.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  registerScheme()
  links = collectLinks(() => mainWindow, bringForward)
  app.whenReady().then(start, (error) => {
    console.error(error)
    app.exit(1)
  })
}

function hardenSession(): void {
  // Diptych asks for no permission (camera, notifications, geolocation…); deny every request and check.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  // Nothing leaves the app over the network from the renderer: articles are local, images are not loaded.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url
    const allowed = isTrustedUrl(url, process.env.ELECTRON_RENDERER_URL) || url.startsWith('devtools://')
    callback({ cancel: !allowed })
  })
}

async function start(): Promise<void> {
  hardenSession()
  installMenu(app.isPackaged, () => mainWindow)
  const resourcesDir = app.isPackaged ? process.resourcesPath : path.join(app.getAppPath(), 'resources')
  context = await openApp({
    dataDir: resolveDataDir(process.argv, process.env, app.getPath('userData')),
    resourcesDir,
    platform: electronPlatform(() => mainWindow),
    parserWorker: path.join(here, 'parse-worker.js'),
    watchLibrary: true
  })
  // Another process or computer changed the library: the page reads it again (the window's focus asks too).
  context.watcher?.onChanged(() => mainWindow?.webContents.send(EVENT_PREFIX + 'libraryChanged'))
  registerIpc(followTheme(createHandlers(context)))
  registerCommandState((state) => installMenu(app.isPackaged, () => mainWindow, state))
  const store = context.store
  if (!process.env.ELECTRON_RENDERER_URL)
    serveRenderer(path.join(here, '../renderer'), store.dir, () => appearanceOf(store.data.settings).theme)
  createWindow()
  // Read and fold every article's text now, so that the first search does not wait for 2,000 files.
  void context.search.warm()
}

function createWindow(): void {
  // Window placement is this machine's, kept beside Electron's own files, never in the library.
  const placement = savedPlacement(app.getPath('userData'))
  // The saved theme and zoom from the first frame (the page applies them again once it has read the library).
  const settings = () => context!.store.data.settings
  followSettings(settings())
  mainWindow = new BrowserWindow({
    ...placement.options,
    minWidth: MINIMUM_SIZE.width,
    minHeight: MINIMUM_SIZE.height,
    show: false,
    title: 'Diptych',
    backgroundColor: windowBackground(appearanceOf(settings()).theme, nativeTheme.shouldUseDarkColors),
    webPreferences: {
      preload: path.join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true
    }
  })
  rememberPlacement(mainWindow, app.getPath('userData'))
  if (links) windowTakesLinks(mainWindow, links)
  mainWindow.once('ready-to-show', () => {
    if (placement.maximized) mainWindow?.maximize()
    mainWindow?.show()
  })
  const contents = mainWindow.webContents
  // No page but ours is ever shown: links open in the system browser, everything else is refused.
  contents.setWindowOpenHandler(({ url }) => {
    const safe = externalUrl(url)
    if (safe) void shell.openExternal(safe)
    return { action: 'deny' }
  })
  // Set once the page's document exists: a zoom set before the first navigation commits is dropped.
  contents.on('did-navigate', () => contents.setZoomLevel(clampZoom(settings().zoom ?? 0)))
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-frame-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  if (process.env.ELECTRON_RENDERER_URL) void mainWindow.loadURL(process.env.ELECTRON_RENDERER_URL)
  else void mainWindow.loadURL(`${APP_ORIGIN}/index.html`)
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

let flushed = false
app.on('before-quit', (event) => {
  if (flushed || !context) return
  // Hold the quit until every queued write is on disk.
  event.preventDefault()
  context.watcher?.close()
  void context.store.close().finally(() => {
    flushed = true
    app.quit()
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

app.on('activate', () => {
  if (BrowserWindow.getAllWindows().length === 0 && context) createWindow()
})

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault())
})
