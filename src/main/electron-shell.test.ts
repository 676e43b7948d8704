// The Electron shell (index.ts, ipc.ts, app-protocol.ts) run against a scripted stand-in for the
// electron module: the binary cannot be downloaded here, so this is how its secure defaults and its
// IPC wiring are checked.
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CHANNELS, IPC_PREFIX } from '../shared/api'
import { useTempDirs } from '../node/test-support/temp-dir'

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
    }[],
    handlers: new Map<string, (event: unknown, req: unknown) => unknown>(),
    privileged: [] as unknown[],
    protocolHandler: null as null | ((req: { url: string }) => unknown),
    permissionRequest: null as null | ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void),
    permissionCheck: null as null | ((...a: unknown[]) => boolean),
    beforeRequest: null as null | ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
    opened: [] as string[],
    nativeTheme: { themeSource: 'system' as string },
    appEvents: new Map<string, Listener>()
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
        on: (name: string, cb: Listener) => entry.events.set(name, cb)
      }
      Object.assign(this, {
        once: () => undefined,
        on: () => undefined,
        loadURL: async (url: string) => (entry.loaded = url),
        show: () => undefined,
        isMinimized: () => false
      })
    }
  }
  return {
    app: {
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      on: (name: string, cb: Listener) => fake.appEvents.set(name, cb),
      getPath: () => '/nonexistent',
      getAppPath: () => root,
      isPackaged: false,
      quit: () => undefined,
      exit: () => undefined
    },
    BrowserWindow,
    ipcMain: { handle: (channel: string, fn: (e: unknown, r: unknown) => unknown) => fake.handlers.set(channel, fn) },
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
  beforeAll(async () => {
    process.env.DIPTYCH_DATA_DIR = tempDir()
    await import('./index')
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1), { timeout: 10_000 })
  }, 20_000)
  afterAll(() => {
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
    const ok = (await fake.protocolHandler!({ url: 'app://diptych/index.html' })) as Response
    // Beside the main bundle: out/renderer when built, src/renderer here.
    expect(await ok.text()).toMatch(/\/renderer\/index\.html$/)
    const escape = (await fake.protocolHandler!({ url: 'app://diptych/..%2f..%2fpackage.json' })) as Response
    expect(escape.status).toBe(404)
    const other = (await fake.protocolHandler!({ url: 'app://elsewhere/index.html' })) as Response
    expect(other.status).toBe(404)
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
})
