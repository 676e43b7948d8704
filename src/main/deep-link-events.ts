// The system's side of diptych:// links, and the only Electron code for them: registering the scheme,
// and collecting links from the cold start's command line, a second instance's (Windows, Linux) and
// macOS's open-url into the LinkInbox (src/shared/link-inbox.ts), which checks each one and holds it
// until the window's page has loaded.
import { app, type BrowserWindow } from 'electron'
import path from 'node:path'
import { LINK_SCHEME } from '../shared/deep-link'
import { LINK_CHANNEL, LinkInbox } from '../shared/link-inbox'

/** Makes Diptych the system's handler of diptych: links. Not under test: it would change the machine's settings. */
export function registerScheme(): void {
  if (process.env.DIPTYCH_NO_SCHEME_REGISTRATION === '1') return
  // Started as `electron path/to/app`: the system must start it the same way, with the link after.
  if (process.defaultApp) {
    if (process.argv.length >= 2) app.setAsDefaultProtocolClient(LINK_SCHEME, process.execPath, [path.resolve(process.argv[1])])
  } else app.setAsDefaultProtocolClient(LINK_SCHEME)
}

/** Listens for links from now on (open-url can come before ready) and takes the cold start's own. */
export function collectLinks(window: () => BrowserWindow | null, bringForward: () => void): LinkInbox {
  const inbox = new LinkInbox((arrival) => window()?.webContents.send(LINK_CHANNEL, arrival))
  app.on('open-url', (event, url) => {
    event.preventDefault()
    inbox.receive(url)
    if (app.isReady()) bringForward()
  })
  // Windows and Linux start a second instance with the link; it quits at once (the lock) and we get its argv.
  app.on('second-instance', (_event, argv) => {
    inbox.receiveArgv(argv)
    bringForward()
  })
  inbox.receiveArgv(process.argv)
  return inbox
}

/** Links go to a window once its page has loaded, and wait while it reloads or after it closed. */
export function windowTakesLinks(window: BrowserWindow, inbox: LinkInbox): void {
  window.webContents.on('did-start-loading', () => inbox.pageGone())
  window.webContents.on('did-finish-load', () => inbox.pageReady())
  window.on('closed', () => inbox.pageGone())
}
