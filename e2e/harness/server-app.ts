// The browser mode under test: `diptych serve`'s server on 127.0.0.1 with a real library, and the
// built renderer in Chromium talking to it over HTTP, with no binding and no routing in between.
import path from 'node:path'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { serveLibrary, type ServedLibrary } from '../../src/node'
import type { AppHandle } from './app-handle'
import { ScriptedPlatform } from './scripted-platform'

const root = path.resolve(import.meta.dirname, '../..')

export class ServerApp implements AppHandle {
  readonly mode = 'server' as const
  readonly platform = new ScriptedPlatform()
  page!: Page
  served!: ServedLibrary
  /** Requests the page made to anything but its own server. */
  readonly foreignRequests: string[] = []
  /** Other origins a test lets its pages load (an attacker's page, in the security tests). */
  readonly allowedOrigins: string[] = []
  private browserContext!: BrowserContext
  /** API requests the pages have sent, counted as they call fetch: stopping waits until the server has seen as many begin to arrive. */
  private apiSent = 0

  constructor(
    private readonly browser: Browser,
    readonly dataDir: string
  ) {}

  get origin(): string {
    return `http://127.0.0.1:${this.served.server.port}`
  }

  async start(): Promise<void> {
    this.served = await serveLibrary({
      dataDir: this.dataDir,
      resourcesDir: path.join(root, 'resources'),
      rendererDir: path.join(root, 'out/renderer'),
      exportDir: path.join(this.dataDir, 'exports'),
      parserWorker: path.join(root, 'out/main/parse-worker.js'),
      platform: this.platform
    })
    this.browserContext = await this.browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 })
    const own = this.origin + '/'
    await this.browserContext.route(
      (url) => !url.href.startsWith(own) && !this.allowedOrigins.includes(url.origin),
      (route) => {
        this.foreignRequests.push(route.request().url())
        return route.abort('blockedbyclient')
      }
    )
    this.apiSent = 0
    // Counted in the page, as the page calls fetch: Playwright reports no request the page sends as it
    // goes (pagehide), and those are the ones stopping must wait for. A binding call made then still arrives
    // before the page's close event.
    await this.browserContext.exposeBinding('__diptychApiSent', () => void this.apiSent++)
    await this.browserContext.addInitScript(() => {
      const fetchNow = window.fetch.bind(window)
      const sent = (window as unknown as { __diptychApiSent: () => Promise<void> }).__diptychApiSent
      window.fetch = (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input), location.href)
        const method = init?.method ?? (input instanceof Request ? input.method : 'GET')
        if (method === 'POST' && url.origin === location.origin && url.pathname.startsWith('/api/')) void sent()
        return fetchNow(input, init)
      }
    })
    this.page = await this.browserContext.newPage()
    // The page picks files itself in the browser mode: a dialog answer becomes the file chooser's, taken
    // from the one queue the server's save dialog takes from too, so that each answer is used once.
    this.page.on('filechooser', (chooser) => {
      const paths = this.platform.answers.shift()
      void chooser.setFiles(paths ?? [])
    })
    await this.page.goto(this.served.server.url)
    await this.page.locator('.app[data-ready="true"]').waitFor()
  }

  async stop(): Promise<void> {
    // As a reader closes the tab: the page goes, what it had sent (its pagehide saves too, sent keepalive)
    // still travels to the server, as long as the browser runs. Closing the browser context at once
    // would drop a request not yet arrived; so the harness waits until the server has seen every request
    // the page sent begin to arrive (one held by a test's route never does: 5 s at most), then stops the
    // server, which answers whatever it has begun to receive.
    if (this.page && !this.page.isClosed()) {
      const closed = this.page.waitForEvent('close')
      await this.page.close({ runBeforeUnload: true })
      await closed
      for (const end = Date.now() + 5_000; this.served.server.apiRequests < this.apiSent && Date.now() < end;)
        await new Promise((resolve) => setTimeout(resolve, 20))
    }
    await this.browserContext?.close()
    await this.served?.close()
  }

  async restart(): Promise<void> {
    await this.stop()
    await this.start()
  }

  async answerDialog(paths: string[] | null): Promise<void> {
    // Open dialogs are the page's file chooser here, save dialogs still the server's: whichever comes next takes it.
    this.platform.answers.push(paths)
  }

  async clipboard(): Promise<string> {
    return this.platform.clipboard
  }

  async openedExternally(): Promise<string[]> {
    return [...this.platform.opened]
  }

  async openUrl(uri: string): Promise<void> {
    // The browser mode's door for links: the page's address, as `diptych open` prints it.
    await this.page.evaluate((link) => void (location.hash = `#/open?uri=${encodeURIComponent(link)}`), uri)
  }
}
