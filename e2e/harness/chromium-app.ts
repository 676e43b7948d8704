// The app in plain Chromium: the built renderer, served through page.route, talking to the real
// handler table (real store, real files) through a Playwright binding.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { createHandlers, dispatch, isMediaPath, openApp, readMedia, type AppContext } from '../../src/node'
import { commandStateOf, type CommandState } from '../../src/shared/command-state'
import { pageInTheme } from '../../src/shared/first-paint'
import { LinkInbox } from '../../src/shared/link-inbox'
import { menuCommands, menuTemplate } from '../../src/shared/menu-template'
import { appearanceOf } from '../../src/shared/model'
import type { AppHandle, MenuItemState } from './app-handle'
import { ScriptedPlatform } from './scripted-platform'

export const APP_URL = 'http://diptych.test/index.html'
const root = path.resolve(import.meta.dirname, '../..')
const rendererDir = path.join(root, 'out/renderer')

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json'
}

let bridgeScript: Promise<string> | null = null
function bridge(): Promise<string> {
  bridgeScript ??= build({
    entryPoints: [path.join(import.meta.dirname, 'bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022'
  }).then((r) => r.outputFiles[0].text)
  return bridgeScript
}

export class ChromiumApp implements AppHandle {
  readonly mode = 'chromium' as const
  readonly platform = new ScriptedPlatform()
  page!: Page
  context!: AppContext
  /** Milliseconds the binding waits before answering a channel: main made slow on purpose. */
  readonly delays = new Map<string, number>()
  /** What the page last told main for its menu (checked as main checks it); null until it has. */
  commandState: CommandState | null = null
  private browserContext!: BrowserContext
  /** Main's inbox for diptych:// links (src/main/deep-link-events.ts), sending to the page as main does. */
  private readonly deliveries: Promise<unknown>[] = []
  private readonly links = new LinkInbox((arrival) =>
    this.deliveries.push(this.page.evaluate((sent) => window.__diptychLink(sent), arrival))
  )

  constructor(
    private readonly browser: Browser,
    readonly dataDir: string,
    /** How long the first page load may take (a generated library of 100,000 highlights, in the bench). */
    private readonly loadTimeout?: number
  ) {}

  async start(): Promise<void> {
    this.context = await openApp({
      dataDir: this.dataDir,
      resourcesDir: path.join(root, 'resources'),
      platform: this.platform,
      // The app's own parser worker, as built, when there is one.
      parserWorker: path.join(root, 'out/main/parse-worker.js'),
      watchLibrary: true
    })
    // Main's event, as Electron sends it to the window: another process changed the library.
    this.context.watcher?.onChanged(() => void this.page?.evaluate(() => window.__diptychLibraryChanged()).catch(() => undefined))
    const handlers = createHandlers(this.context)
    this.browserContext = await this.browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 })
    await this.browserContext.exposeBinding('__diptychInvoke', async (_source, channel: unknown, req: unknown) => {
      const delay = this.delays.get(String(channel))
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay))
      // As JSON text: Playwright's own serialisation of a large answer (a library of 20,000 highlights)
      // takes tens of seconds; JSON is what the browser mode's WebSocket carries anyway.
      return JSON.stringify(await dispatch(handlers, channel, req))
    })
    this.commandState = null
    await this.browserContext.exposeBinding('__diptychCommandState', (_source, value: unknown) => {
      const state = commandStateOf(value)
      if (state) this.commandState = state
    })
    await this.browserContext.addInitScript({ content: await bridge() })
    await this.browserContext.route('http://diptych.test/**', async (route) => {
      const url = new URL(route.request().url())
      // The library's pictures, answered as the Electron shell answers them (src/node/media-route.ts).
      if (isMediaPath(url.pathname)) {
        const media = await readMedia(this.dataDir, url.pathname)
        return media.status === 200
          ? route.fulfill({ status: 200, body: media.body, headers: media.headers })
          : route.fulfill({ status: 404 })
      }
      const file = path.resolve(rendererDir, '.' + decodeURIComponent(url.pathname))
      if (!file.startsWith(rendererDir + path.sep)) return route.fulfill({ status: 404 })
      const read = await fs.readFile(file).catch(() => null)
      if (!read) return route.fulfill({ status: 404 })
      // The page in the saved theme, as main's app:// protocol serves it.
      const theme = () => appearanceOf(this.context.store.data.settings).theme
      const body = file === path.join(rendererDir, 'index.html') ? pageInTheme(read.toString('utf8'), theme()) : read
      await route.fulfill({ status: 200, body, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream' })
    })
    // Nothing else may be fetched: the app never reaches out.
    await this.browserContext.route(/^(?!http:\/\/diptych\.test\/)/, (route) => route.abort('blockedbyclient'))
    this.page = await this.browserContext.newPage()
    await this.page.goto(APP_URL, { timeout: this.loadTimeout, waitUntil: this.loadTimeout ? 'commit' : 'load' })
    await this.page.locator('.app[data-ready="true"]').waitFor({ timeout: this.loadTimeout })
    this.links.pageReady()
  }

  async stop(): Promise<void> {
    this.context?.watcher?.close()
    this.links.pageGone()
    await this.browserContext?.close()
    await this.context?.store.close()
  }

  async restart(): Promise<void> {
    await this.stop()
    await this.start()
  }

  async answerDialog(paths: string[] | null): Promise<void> {
    this.platform.answers.push(paths)
  }

  async clipboard(): Promise<string> {
    return this.platform.clipboard
  }

  slowDown(channel: string, ms: number): void {
    this.delays.set(channel, ms)
  }

  async openedExternally(): Promise<string[]> {
    return [...this.platform.opened]
  }

  async openUrl(uri: string): Promise<void> {
    // What a second instance started by the system hands the first one (Windows, Linux).
    this.links.receiveArgv([process.execPath, root, uri])
    await Promise.all(this.deliveries.splice(0))
  }

  async menuItems(): Promise<MenuItemState[]> {
    const template = menuTemplate({ platform: process.platform, packaged: true, state: this.commandState ?? undefined })
    return menuCommands(template).map((e) => ({ id: e.id!, enabled: e.enabled !== false }))
  }

  async chooseMenuCommand(id: string): Promise<void> {
    // A greyed-out item cannot be chosen, as in Electron.
    if ((await this.menuItems()).some((item) => item.id === id && !item.enabled)) throw new Error(`The menu item ${id} is greyed out.`)
    const delivered = await this.page.evaluate((command) => window.__diptychMenu(command), id)
    if (!delivered) throw new Error(`The page did not take the menu command ${id}.`)
  }
}
