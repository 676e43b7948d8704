// The Electron shell (index.ts, ipc.ts, app-protocol.ts) run against a scripted stand-in for the
// electron module: the binary cannot be downloaded here, so this is how its secure defaults and its
// IPC wiring are checked.
import path from 'node:path'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { COMMAND_CHANNEL } from '../shared/commands'
import { CHANNELS, IPC_PREFIX } from '../shared/api'
import { useTempDirs } from '../node/test-support/temp-dir'
import { solidPng } from '../node/test-support/pictures'
import { AssetStore } from '../node/store/assets'
import { LINK_CHANNEL } from '../shared/link-inbox'
import { COMMAND_STATE_CHANNEL, idleCommandState } from '../shared/command-state'

const tempDir = useTempDirs()
const root = path.resolve(import.meta.dirname, '../..')

type Listener = (...args: unknown[]) => unknown
const fake = vi.hoisted(() => {
  const state = {
    windows: [] as {
      options: Record<string, unknown>
      events: Map<string, (...a: unknown[]) => unknown>
      openHandler?: (d: { url: string }) => unknown
      loaded?: string
      zoom?: number
    }[],
    handlers: new Map<string, (event: unknown, req: unknown) => unknown>(),
    listeners: new Map<string, (event: unknown, value: unknown) => unknown>(),
    privileged: [] as unknown[],
    protocolHandler: null as null | ((req: { url: string }) => unknown),
    permissionRequest: null as null | ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void),
    permissionCheck: null as null | ((...a: unknown[]) => boolean),
    beforeRequest: null as null | ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
    opened: [] as string[],
    appEvents: new Map<string, Listener>(),
    menu: null as null | { template: Record<string, unknown>[] },
    sent: [] as unknown[][],
    userData: '',
    schemeClients: [] as unknown[][],
    nativeTheme: { themeSource: 'system' as string, shouldUseDarkColors: false }
  }
  return state
})

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => fake.windows
    webContents: Record<string, unknown>
    constructor(options: Record<string, unknown>) {
      const entry = { options, events: new Map<string, Listener>() } as (typeof fake.windows)[number]
      fake.windows.push(entry)
      this.webContents = {
        setWindowOpenHandler: (h: (d: { url: string }) => unknown) => (entry.openHandler = h),
        on: (name: string, cb: Listener) => entry.events.set(name, cb),
        send: (...args: unknown[]) => fake.sent.push(args),
        setZoomLevel: (level: number) => (entry.zoom = level)
      }
      Object.assign(this, {
        once: () => undefined,
        on: () => undefined,
        loadURL: async (url: string) => (entry.loaded = url),
        show: () => undefined,
        isMinimized: () => false,
        focus: () => undefined
      })
    }
  }
  return {
    app: {
      requestSingleInstanceLock: () => true,
      setAsDefaultProtocolClient: (...args: unknown[]) => fake.schemeClients.push(args),
      isReady: () => true,
      whenReady: () => Promise.resolve(),
      on: (name: string, cb: Listener) => fake.appEvents.set(name, cb),
      getPath: () => fake.userData,
      getAppPath: () => root,
      isPackaged: false,
      quit: () => undefined,
      exit: () => undefined
    },
    BrowserWindow,
    Menu: {
      buildFromTemplate: (template: Record<string, unknown>[]) => ({ template }),
      setApplicationMenu: (menu: typeof fake.menu) => (fake.menu = menu)
    },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1280, height: 760 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1280, height: 760 } }]
    },
    ipcMain: {
      handle: (channel: string, fn: (e: unknown, r: unknown) => unknown) => fake.handlers.set(channel, fn),
      on: (channel: string, fn: (e: unknown, v: unknown) => unknown) => fake.listeners.set(channel, fn)
    },
    protocol: {
      registerSchemesAsPrivileged: (list: unknown[]) => fake.privileged.push(...list),
      handle: (_scheme: string, fn: (req: { url: string }) => unknown) => (fake.protocolHandler = fn)
    },
    net: { fetch: async (url: string) => new Response(url) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: typeof fake.permissionRequest) => (fake.permissionRequest = fn),
        setPermissionCheckHandler: (fn: typeof fake.permissionCheck) => (fake.permissionCheck = fn),
        webRequest: { onBeforeRequest: (fn: typeof fake.beforeRequest) => (fake.beforeRequest = fn) }
      }
    },
    shell: { openExternal: async (url: string) => void fake.opened.push(url) },
    nativeTheme: fake.nativeTheme,
    dialog: {},
    clipboard: { writeText: () => undefined }
  }
})

const sender = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } })

describe('the Electron shell', () => {
  const before = process.env.DIPTYCH_DATA_DIR
  const argv = process.argv
  beforeAll(async () => {
    // Started by the system with a link, in development (`electron path/to/app diptych://…`).
    process.argv = [...argv, 'diptych://article/aa-report']
    Object.assign(process, { defaultApp: true })
    // The app's library for the whole file (tempDir's folders go after each test).
    process.env.DIPTYCH_DATA_DIR = mkdtempSync(path.join(os.tmpdir(), 'diptych-shell-'))
    // A window last closed on a monitor that is gone, larger than the one display left.
    fake.userData = tempDir()
    writeFileSync(
      path.join(fake.userData, 'window-state.json'),
      JSON.stringify({ bounds: { x: 3000, y: 100, width: 1600, height: 1000 }, maximized: false })
    )
    await import('./index')
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1), { timeout: 10_000 })
  }, 20_000)
  afterAll(() => {
    rmSync(process.env.DIPTYCH_DATA_DIR!, { recursive: true, force: true })
    process.argv = argv
    Object.assign(process, { defaultApp: undefined })
    process.env.DIPTYCH_DATA_DIR = before
  })

  it('opens one window with context isolation, the sandbox and no Node', () => {
    const prefs = fake.windows[0].options.webPreferences as Record<string, unknown>
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, webSecurity: true })
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.cjs$/)
    expect(fake.windows[0].loaded).toBe('app://diptych/index.html')
  })

  it('denies navigation and new windows; web links go to the system browser', () => {
    const w = fake.windows[0]
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() }
      w.events.get(name)!(event)
      expect(event.preventDefault, name).toHaveBeenCalled()
    }
    expect(w.openHandler!({ url: 'https://example.org/a' })).toEqual({ action: 'deny' })
    expect(w.openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' })
    expect(w.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    expect(fake.opened).toEqual(['https://example.org/a'])
  })

  it('denies every permission and every request that leaves the app', () => {
    const answers: boolean[] = []
    fake.permissionRequest!({}, 'media', (ok) => answers.push(ok))
    expect(answers).toEqual([false])
    expect(fake.permissionCheck!({}, 'notifications')).toBe(false)
    const cancel = (url: string) => {
      let result = true
      fake.beforeRequest!({ url }, (r) => (result = r.cancel))
      return result
    }
    expect(cancel('app://diptych/assets/index.js')).toBe(false)
    expect(cancel('https://example.org/tracker.png')).toBe(true)
    expect(cancel('file:///etc/passwd')).toBe(true)
  })

  it('serves the renderer from app:// and nothing outside its folder', async () => {
    expect(fake.privileged).toEqual([expect.objectContaining({ scheme: 'app' })])
    const ok = (await fake.protocolHandler!({ url: 'app://diptych/assets/index.js' })) as Response
    // Beside the main bundle: out/renderer when built, src/renderer here.
    expect(await ok.text()).toMatch(/\/renderer\/assets\/index\.js$/)
    const escape = (await fake.protocolHandler!({ url: 'app://diptych/..%2f..%2fpackage.json' })) as Response
    expect(escape.status).toBe(404)
    const other = (await fake.protocolHandler!({ url: 'app://elsewhere/index.html' })) as Response
    expect(other.status).toBe(404)
  })

  it('serves the library’s pictures under app://diptych/media/ and nothing else there', async () => {
    const png = solidPng(2, 2, [0, 128, 255])
    const saved = await new AssetStore(process.env.DIPTYCH_DATA_DIR!).save(png)
    if (!saved.ok) throw new Error(saved.error)
    const picture = (await fake.protocolHandler!({ url: `app://diptych/media/${saved.value}` })) as Response
    expect(picture.status).toBe(200)
    expect(picture.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await picture.arrayBuffer())).toEqual(png)
    for (const bad of ['media/..%2flibrary.json', `media/${'e'.repeat(64)}.png`, 'media/library.json']) {
      const answer = (await fake.protocolHandler!({ url: `app://diptych/${bad}` })) as Response
      expect(answer.status, bad).toBe(404)
    }
  })

  it('registers every channel and answers only the app page', async () => {
    expect([...fake.handlers.keys()].sort()).toEqual(CHANNELS.map((c) => IPC_PREFIX + c).sort())
    const getLibrary = fake.handlers.get(`${IPC_PREFIX}getLibrary`)!
    const mine = (await getLibrary(sender('app://diptych/index.html'), null)) as { ok: boolean; value?: { articles: unknown[] } }
    expect(mine.ok).toBe(true)
    expect(mine.value!.articles).toHaveLength(2)
    for (const refused of [
      sender('https://evil.example/'),
      sender('app://elsewhere/x'),
      sender('app://diptych/index.html', {}),
      { senderFrame: null }
    ]) {
      expect(await getLibrary(refused, null)).toEqual({
        ok: false,
        error: { kind: 'invalid-request', message: 'Request from an unknown page refused.' }
      })
    }
    const bad = (await fake.handlers.get(`${IPC_PREFIX}getArticleBody`)!(sender('app://diptych/index.html'), { id: '../x' })) as {
      ok: boolean
      error?: { kind: string }
    }
    expect(bad).toMatchObject({ ok: false, error: { kind: 'invalid-request' } })
  })

  it('paints the first frame in the saved theme and zoom: window colour, the page’s root element, the zoom level', async () => {
    expect(fake.windows[0].options.backgroundColor).toBe('#efece6')
    const page = async () => (await (fake.protocolHandler!({ url: 'app://diptych/index.html' }) as Promise<Response>)).text()
    expect(await page()).toMatch(/<html lang="en" data-theme="system">/)
    const app = sender('app://diptych/index.html')
    const appearance = { theme: 'dark', font: 'inter', size: 20, lineHeight: 1.6, lineLength: 60 }
    expect(await fake.handlers.get(`${IPC_PREFIX}updateSettings`)!(app, { appearance, zoom: 1.5 })).toMatchObject({ ok: true })
    expect(fake.nativeTheme.themeSource).toBe('dark')
    expect(await page()).toMatch(/<html lang="en" data-theme="dark">/)
    fake.windows[0].events.get('did-navigate')!()
    expect(fake.windows[0].zoom).toBe(1.5)
  })

  it('greys out the menu items the page says cannot act, and hears only its own page', () => {
    const disabled = () => JSON.stringify(fake.menu!.template).match(/"enabled":false/g)?.length ?? 0
    const report = fake.listeners.get(COMMAND_STATE_CHANNEL)!
    expect(disabled()).toBe(0)
    report(sender('https://evil.example/'), idleCommandState())
    report(sender('app://diptych/index.html'), { ...idleCommandState(), openCount: 7 })
    expect(disabled()).toBe(0)
    report(sender('app://diptych/index.html'), idleCommandState())
    expect(disabled()).toBeGreaterThan(5)
  })

  it('opens the window where it was last closed, brought back onto a display that is there', () => {
    expect(fake.windows[0].options).toMatchObject({ x: 0, y: 0, width: 1280, height: 760, minWidth: 720, minHeight: 480 })
  })

  it('sets the menu from the template; a command item sends its id to the page, a role item does not', () => {
    type Item = { id?: string; label?: string; role?: string; click?: () => void; submenu?: Item[] }
    const items = (list: Item[]): Item[] => list.flatMap((i) => [i, ...items(i.submenu ?? [])])
    const all = items(fake.menu!.template as Item[])
    expect(all.some((i) => i.role === 'reload')).toBe(true) // not packaged here
    const find = all.find((i) => i.id === 'find')!
    find.click!()
    expect(fake.sent).toEqual([[COMMAND_CHANNEL, 'find']])
    expect(all.find((i) => i.id === 'copy')).toMatchObject({ role: 'copy' })
    expect(all.find((i) => i.id === 'copy')!.click).toBeUndefined()
  })

  it('registers the scheme to start the app as it was started, and hands the page each link once it has loaded', () => {
    expect(fake.schemeClients).toEqual([['diptych', process.execPath, [path.resolve(argv[1])]]])
    const w = fake.windows[0]
    fake.sent.length = 0
    w.events.get('did-start-loading')!()
    const preventDefault = vi.fn()
    fake.appEvents.get('open-url')!({ preventDefault }, 'diptych://pair/aa-report/bb-statement')
    expect(preventDefault).toHaveBeenCalled()
    fake.appEvents.get('second-instance')!({}, ['/opt/Diptych/diptych', '--no-sandbox', 'diptych://article/x/highlight/h?quote=a%20b'], '/')
    fake.appEvents.get('second-instance')!({}, ['/opt/Diptych/diptych', 'diptych://article/%2E%2E%2Flibrary.json'], '/')
    expect(fake.sent).toEqual([])
    w.events.get('did-finish-load')!()
    expect(fake.sent).toEqual([
      [LINK_CHANNEL, { uri: 'diptych://article/aa-report', link: { kind: 'article', articleId: 'aa-report' } }],
      [
        LINK_CHANNEL,
        { uri: 'diptych://pair/aa-report/bb-statement', link: { kind: 'pair', leftId: 'aa-report', rightId: 'bb-statement' } }
      ],
      [
        LINK_CHANNEL,
        {
          uri: 'diptych://article/x/highlight/h?quote=a%20b',
          link: { kind: 'highlight', articleId: 'x', highlightId: 'h', quote: { exact: 'a b', prefix: '', suffix: '' } }
        }
      ],
      [LINK_CHANNEL, { refused: 'Diptych cannot open this link: it does not name an article, or an article and one of its highlights.' }]
    ])
  })
})
