// A web server for tests and benchmarks: 127.0.0.1 only, a free port, and it stops by itself (when the
// caller closes it, and after `idleMs` without a request; it never keeps a process alive). Its pages
// are the cases of saving an article from the web: see WEB_PAGES for the addresses.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { makePng } from './png'
import { articlePage, bigPage, codePage, emptyPage, figurePage, legacyPage, PDF_BYTES, prose, tablePage } from './web-pages'

export { LEGACY_SAMPLE } from './web-pages'

/** The paths of the server's pages, by what they test. */
export const WEB_PAGES = {
  /** Lazy pictures (data-src, srcset, picture), a figure with caption, a table, code; pictures /img/1–6.png. */
  article: '/article',
  /** One figure; `figureWith(src)` points its picture anywhere. */
  figure: '/figure',
  table: '/table',
  code: '/code',
  /** Three redirects, then the article. */
  redirects: '/redirect/3',
  /** More redirects than Diptych follows. */
  tooManyRedirects: '/redirect/9',
  /** Two addresses that redirect to each other. */
  loop: '/loop/a',
  notFound: '/missing',
  forbidden: '/paywalled',
  rateLimited: '/busy',
  serverError: '/broken',
  /** Answers only after `slowMs`. */
  slow: '/slow',
  /** Sends its headers and some text, then stops until `slowMs`. */
  slowBody: '/slow-body',
  /** 25 MB of HTML, sent without saying its length. */
  huge: '/huge',
  /** Says it is 25 MB long. */
  hugeDeclared: '/huge-declared',
  pdf: '/paper.pdf',
  json: '/data.json',
  text: '/notes.txt',
  markdown: '/notes.md',
  /** No article text (a page built by scripts). */
  empty: '/app',
  windows1252: '/charset/windows-1252',
  shiftJis: '/charset/shift_jis',
  gb18030: '/charset/gb18030',
  /** Windows-1252 bytes with no declaration anywhere. */
  undeclared: '/charset/none',
  /** ~1 MB with 30 pictures (/img/big-1…30.png, about 30 KB each). */
  big: '/big',
  /** A "picture" that is an HTML page. */
  notAPicture: '/img/not-a-picture',
  /** A picture larger than `hugeImageBytes`. */
  hugePicture: '/img/huge.png'
} as const

export interface WebServer {
  /** http://127.0.0.1:<port> */
  readonly origin: string
  /** The full address of a path of this server. */
  url(path: string): string
  /** A page whose one figure shows the picture at `src`. */
  figureWith(src: string): string
  /** A redirect to `to` (any address). */
  redirectTo(to: string): string
  /** Serves `html` at `path` from now on (a page that changes between two fetches); returns its address. */
  page(path: string, html: string): string
  /** The paths asked for, in order (with their query strings). */
  readonly requests: string[]
  close(): Promise<void>
}

export interface WebServerOptions {
  /** Stops after this long without a request. Default 60 s. */
  idleMs?: number
  /** How long /slow and /slow-body keep the reader waiting. Default 30 s. */
  slowMs?: number
  /** Size of /img/huge.png. Default 16 MB (over MAX_IMAGE_BYTES). */
  hugeImageBytes?: number
}

const HUGE_PAGE_BYTES = 25 * 1024 * 1024

type Route = (req: IncomingMessage, res: ServerResponse, query: URLSearchParams) => void

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'content-length': String(Buffer.byteLength(body)), ...headers })
  res.end(body)
}

const html = (body: string) => (_: IncomingMessage, res: ServerResponse) => send(res, 200, 'text/html; charset=utf-8', body)
const status = (code: number) => (_: IncomingMessage, res: ServerResponse) => send(res, code, 'text/html', `<h1>${code}</h1>`)

export async function startWebServer(options: WebServerOptions = {}): Promise<WebServer> {
  const slowMs = options.slowMs ?? 30_000
  const timers = new Set<NodeJS.Timeout>()
  const later = (ms: number, run: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t)
      run()
    }, ms)
    t.unref()
    timers.add(t)
  }
  const bigImages = new Map<number, Buffer>()
  const bigImage = (n: number) => bigImages.get(n) ?? bigImages.set(n, makePng(100, 100, n, true)).get(n)!

  const exact: Record<string, Route> = {
    [WEB_PAGES.article]: html(articlePage()),
    [WEB_PAGES.table]: html(tablePage()),
    [WEB_PAGES.code]: html(codePage()),
    [WEB_PAGES.empty]: html(emptyPage()),
    [WEB_PAGES.big]: html(bigPage(1024 * 1024, 30)),
    [WEB_PAGES.figure]: (_, res, q) => send(res, 200, 'text/html', figurePage(q.get('src') ?? '/img/1.png')),
    [WEB_PAGES.notFound]: status(404),
    [WEB_PAGES.forbidden]: status(403),
    [WEB_PAGES.rateLimited]: status(429),
    [WEB_PAGES.serverError]: status(503),
    [WEB_PAGES.pdf]: (_, res) => send(res, 200, 'application/pdf', PDF_BYTES),
    [WEB_PAGES.json]: (_, res) => send(res, 200, 'application/json', '{"article": false}'),
    [WEB_PAGES.text]: (_, res) =>
      send(res, 200, 'text/plain; charset=utf-8', `Notes on the bridge\n\n${prose(4).replace(/<\/?p>/g, '\n')}`),
    [WEB_PAGES.markdown]: (_, res) =>
      send(res, 200, 'text/markdown; charset=utf-8', `# Notes in Markdown\n\n${prose(4).replace(/<\/?p>/g, '\n')}\n\n- one\n- two\n`),
    [WEB_PAGES.windows1252]: (_, res) => send(res, 200, 'text/html', legacyPage('windows-1252', true)),
    [WEB_PAGES.shiftJis]: (_, res) => send(res, 200, 'text/html', legacyPage('shift_jis', true)),
    [WEB_PAGES.gb18030]: (_, res) => send(res, 200, 'text/html', legacyPage('gb18030', true)),
    [WEB_PAGES.undeclared]: (_, res) => send(res, 200, 'text/html', legacyPage('windows-1252', false)),
    [WEB_PAGES.notAPicture]: html(articlePage()),
    [WEB_PAGES.hugePicture]: (_, res) => {
      const bytes = options.hugeImageBytes ?? 16 * 1024 * 1024
      send(res, 200, 'image/png', Buffer.concat([makePng(4, 4, 9), Buffer.alloc(bytes)]))
    },
    [WEB_PAGES.slow]: (_, res) => later(slowMs, () => send(res, 200, 'text/html', articlePage())),
    [WEB_PAGES.slowBody]: (_, res) => {
      res.writeHead(200, { 'content-type': 'text/html' })
      res.write('<!DOCTYPE html><html><body><p>The start of a page that')
      later(slowMs, () => res.end(' never finishes in time.</p></body></html>'))
    },
    [WEB_PAGES.huge]: (_, res) => streamHuge(res, false),
    [WEB_PAGES.hugeDeclared]: (_, res) => streamHuge(res, true),
    '/loop/a': (_, res) => send(res, 302, 'text/plain', '', { location: '/loop/b' }),
    '/loop/b': (_, res) => send(res, 302, 'text/plain', '', { location: '/loop/a' }),
    '/redirect-to': (_, res, q) => send(res, 302, 'text/plain', '', { location: q.get('to') ?? '/' })
  }

  function streamHuge(res: ServerResponse, declare: boolean): void {
    res.writeHead(200, { 'content-type': 'text/html', ...(declare ? { 'content-length': String(HUGE_PAGE_BYTES) } : {}) })
    const block = Buffer.from(prose(200))
    let sent = 0
    const pump = () => {
      while (sent < HUGE_PAGE_BYTES && !res.destroyed) {
        const part = block.subarray(0, Math.min(block.length, HUGE_PAGE_BYTES - sent))
        sent += part.length
        if (!res.write(part)) return void res.once('drain', pump)
      }
      res.end()
    }
    pump()
  }

  const route = (path: string): Route | undefined => {
    if (exact[path]) return exact[path]
    const redirect = /^\/redirect\/(\d+)$/.exec(path)
    if (redirect) {
      const left = Number(redirect[1])
      return (_, res) => send(res, 301, 'text/plain', '', { location: left > 1 ? `/redirect/${left - 1}` : WEB_PAGES.article })
    }
    const image = /^\/img\/(\d+)\.png$/.exec(path)
    if (image) return (_, res) => send(res, 200, 'image/png', makePng(40, 30, Number(image[1])))
    const big = /^\/img\/big-(\d+)\.png$/.exec(path)
    if (big) return (_, res) => send(res, 200, 'image/png', bigImage(Number(big[1])))
    return undefined
  }

  const requests: string[] = []
  const sockets = new Set<Socket>()
  let idle: NodeJS.Timeout | undefined
  const server = createServer((req, res) => {
    requests.push(req.url ?? '')
    resetIdle()
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const handler = route(url.pathname)
    if (handler) handler(req, res, url.searchParams)
    else send(res, 404, 'text/html', '<h1>Not found</h1>')
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  let closed: Promise<void> | undefined
  const close = () =>
    (closed ??= new Promise<void>((resolve) => {
      clearTimeout(idle)
      for (const t of timers) clearTimeout(t)
      for (const s of sockets) s.destroy()
      server.close(() => resolve())
    }))
  function resetIdle(): void {
    clearTimeout(idle)
    idle = setTimeout(() => void close(), options.idleMs ?? 60_000)
    idle.unref()
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  server.unref()
  resetIdle()
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    figureWith: (src) => `${origin}${WEB_PAGES.figure}?src=${encodeURIComponent(src)}`,
    redirectTo: (to) => `${origin}/redirect-to?to=${encodeURIComponent(to)}`,
    page: (path, body) => {
      exact[path] = html(body)
      return new URL(path, origin).href
    },
    requests,
    close
  }
}

/**
 * For a Vitest file: a server started before its tests and closed after them. Call at the top level;
 * the function it returns gives the running server. (Kept free of a Vitest import here so that
 * benchmarks and Playwright can use this module: the caller passes its beforeAll and afterAll.)
 */
export function useWebServer(
  hooks: { beforeAll: (fn: () => Promise<void>) => void; afterAll: (fn: () => Promise<void>) => void },
  options?: WebServerOptions
): () => WebServer {
  let server: WebServer | undefined
  hooks.beforeAll(async () => {
    server = await startWebServer(options)
  })
  hooks.afterAll(async () => {
    await server?.close()
  })
  return () => {
    if (!server) throw new Error('the web server starts in beforeAll: call this inside a test')
    return server
  }
}
