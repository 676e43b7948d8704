// The browser mode's server: the built renderer and the one channel table over HTTP POST, on loopback
// only, for a page that proves with the start-up secret that the reader opened it.
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { EVENT_PREFIX, type ApiEvent } from '../../shared/api'
import { pageInTheme } from '../../shared/first-paint'
import type { Theme } from '../../shared/model'
import { err } from '../../shared/result'
import { dispatch, type Handlers } from '../handlers'
import { SENTENCES } from '../error-messages'
import { isMediaPath, readMedia } from '../media-route'
import { judge, SESSION_COOKIE, TOKEN_PARAM } from './request-guard'
import { withPageEffects } from './page-effects'
import { arrivalOrder } from './arrival-order'

/** Largest request body: an imported file of MAX_ARTICLE_BYTES travels as base64 in JSON. */
export const MAX_BODY_BYTES = 72 * 1024 * 1024

// prettier-ignore
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json',
  '.jpg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.avif': 'image/avif'
}

export interface ServerOptions {
  handlers: Handlers
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** 0 takes a free port. */
  port?: number
  /** The library folder, whose pictures `/media/<name>` serves (through the same route as the app's). */
  dataDir?: string
  /** For tests only: a known secret. */
  secret?: string
  /** The saved theme, written into index.html so that the first frame is in it (shared/first-paint.ts). */
  theme?: () => Theme
}

export interface RunningServer {
  /** The opening URL, secret included: the first thing `diptych serve` prints. */
  url: string
  port: number
  /** The addresses it listens on (127.0.0.1, and ::1 where the system has IPv6). */
  addresses: string[]
  /** How many API requests have begun to arrive (their head read): what a closing page sent, the test harness waits to see here. */
  readonly apiRequests: number
  /** Sends an event to every page that listens (`GET /events`, a stream of server-sent events). */
  notify(event: ApiEvent): void
  close(): Promise<void>
}

/** How long stopping waits for a request that has begun to arrive to arrive whole. */
const CLOSE_GRACE_MS = 10_000

/** Where the page listens for events: what main sends the window over IPC in Electron. */
export const EVENTS_PATH = '/events'

/** The renderer's own policy, from its built page, with framing refused: the same CSP as in Electron. */
async function contentSecurityPolicy(rendererDir: string): Promise<string> {
  const html = await fs.readFile(path.join(rendererDir, 'index.html'), 'utf8')
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
  if (!policy) throw new Error(`no Content-Security-Policy in ${rendererDir}/index.html`)
  return `${policy}; frame-ancestors 'none'`
}

function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY'
  }
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > MAX_BODY_BYTES) throw new BodyTooLarge()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge()
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const rendererDir = path.resolve(options.rendererDir)
  const csp = await contentSecurityPolicy(rendererDir)
  const headers = securityHeaders(csp)
  const secret = options.secret ?? randomBytes(32).toString('base64url')
  let port = 0
  // Requests being answered: closing waits for them, so that a change the page sent is written before the library closes.
  const inFlight = new Set<Promise<void>>()
  const listening = new Set<ServerResponse>()
  let apiRequests = 0
  const order = arrivalOrder()
  let stopping = false

  function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
    res.writeHead(status, { ...headers, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra })
    res.end(body)
  }

  async function api(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    const turn = order.take(channel)
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      turn.leave()
      return send(res, 415, 'Send JSON.', 'text/plain; charset=utf-8')
    }
    let raw: unknown
    try {
      raw = JSON.parse((await readBody(req)).toString('utf8'))
    } catch (error) {
      turn.leave()
      if (error instanceof BodyTooLarge) return send(res, 413, 'The request is too large.', 'text/plain; charset=utf-8')
      // The same answer as a malformed request over IPC gets: the page's createApi reads it alike.
      const answer = err({ kind: 'invalid-request', message: SENTENCES.unknownRequest })
      return send(res, 400, JSON.stringify({ result: answer }), 'application/json')
    }
    const { result, effects } = await turn.run(() => withPageEffects(() => dispatch(options.handlers, channel, raw)))
    send(res, 200, JSON.stringify({ result, ...effects }), 'application/json')
  }

  async function file(res: ServerResponse, pathname: string, method: string): Promise<void> {
    if (isMediaPath(pathname)) {
      const media = options.dataDir ? await readMedia(options.dataDir, pathname) : ({ status: 404 } as const)
      if (media.status !== 200) return send(res, 404, 'Not found.', 'text/plain; charset=utf-8')
      const { 'Content-Type': type, ...extra } = media.headers
      // A picture's name is the hash of its bytes: it never changes.
      const cache = { 'Cache-Control': 'private, max-age=31536000, immutable' }
      return send(res, 200, method === 'HEAD' ? Buffer.alloc(0) : media.body, type, { ...extra, ...cache })
    }
    let relative: string
    try {
      relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname)
    } catch {
      return send(res, 400, 'Bad request.', 'text/plain; charset=utf-8')
    }
    const target = path.resolve(rendererDir, '.' + relative)
    const read = target.startsWith(rendererDir + path.sep) ? await fs.readFile(target).catch(() => null) : null
    if (!read) return send(res, 404, 'Not found.', 'text/plain; charset=utf-8')
    const page = options.theme && target === path.join(rendererDir, 'index.html')
    const body = page ? pageInTheme(read.toString('utf8'), options.theme!()) : read
    const type = TYPES[path.extname(target).toLowerCase()] ?? 'application/octet-stream'
    send(res, 200, method === 'HEAD' ? Buffer.alloc(0) : body, type)
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://server.invalid')
    const verdict = judge(
      {
        method: req.method ?? '',
        host: req.headers.host,
        origin: req.headers.origin,
        cookie: req.headers.cookie,
        token: url.pathname === '/' ? url.searchParams.get(TOKEN_PARAM) : null,
        upgrade: false
      },
      secret,
      port
    )
    if (!verdict.allow) return send(res, verdict.status, verdict.reason, 'text/plain; charset=utf-8')
    if (verdict.via === 'token') {
      // The secret leaves the address bar: from here on the cookie carries it, which no other site's page can send.
      return send(res, 303, '', 'text/plain; charset=utf-8', {
        'Set-Cookie': `${SESSION_COOKIE}=${secret}; HttpOnly; SameSite=Strict; Path=/`,
        Location: '/'
      })
    }
    if (url.pathname === EVENTS_PATH && req.method === 'GET') {
      res.writeHead(200, { ...headers, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' })
      res.write(': listening\n\n')
      listening.add(res)
      res.on('close', () => listening.delete(res))
      return
    }
    const channel = /^\/api\/([A-Za-z]+)$/.exec(url.pathname)?.[1]
    if (req.method === 'POST') {
      if (!channel) return send(res, 404, 'Not found.', 'text/plain; charset=utf-8')
      apiRequests++
      return api(req, res, channel)
    }
    return file(res, url.pathname, req.method ?? 'GET')
  }

  // Once answered, a kept-alive connection is idle: while stopping, it goes.
  const closeIdle = () => servers.forEach((s) => s.closeIdleConnections())
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    if (stopping) res.on('finish', () => setImmediate(closeIdle))
    const work = handle(req, res)
      .catch(() => {
        if (!res.headersSent) send(res, 500, 'Something went wrong.', 'text/plain; charset=utf-8')
        else res.destroy()
      })
      .finally(() => inFlight.delete(work))
    inFlight.add(work)
  }
  const refuseUpgrade = (req: IncomingMessage, socket: import('node:stream').Duplex) => {
    const verdict = judge(
      {
        method: req.method ?? '',
        host: req.headers.host,
        origin: req.headers.origin,
        cookie: req.headers.cookie,
        token: null,
        upgrade: true
      },
      secret,
      port
    )
    const status = verdict.allow ? 400 : verdict.status
    socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
  }

  const servers: http.Server[] = []
  const addresses: string[] = []
  async function listen(host: string, wanted: number): Promise<number | undefined> {
    const server = http.createServer(listener)
    server.on('upgrade', refuseUpgrade)
    server.headersTimeout = 30_000
    server.requestTimeout = 10 * 60_000
    const bound = await new Promise<number | undefined>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) => {
        // A system without IPv6 has no ::1; 127.0.0.1 is enough there.
        if (host === '::1' && (error.code === 'EADDRNOTAVAIL' || error.code === 'EAFNOSUPPORT')) resolve(undefined)
        else reject(error)
      })
      server.listen({ host, port: wanted, exclusive: true }, () => resolve((server.address() as AddressInfo).port))
    })
    if (bound !== undefined) {
      servers.push(server)
      addresses.push(host)
    }
    return bound
  }

  port = (await listen('127.0.0.1', options.port ?? 0))!
  try {
    await listen('::1', port)
  } catch (error) {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))))
    throw error
  }
  return {
    url: `http://127.0.0.1:${port}/?${TOKEN_PARAM}=${secret}`,
    port,
    addresses,
    get apiRequests() {
      return apiRequests
    },
    notify: (event) => {
      for (const res of listening) res.write(`event: ${EVENT_PREFIX}${event}\ndata: \n\n`)
    },
    close: async () => {
      stopping = true
      for (const res of listening) res.end()
      // No new connection; an idle one goes now, one that has begun a request (a save on its way, even
      // half its head) is answered first, then goes: closing must not drop what the page has sent.
      const closing = Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))))
      closeIdle()
      // A client that never finishes its request is cut off in the end.
      const cutOff = setTimeout(() => servers.forEach((s) => s.closeAllConnections()), CLOSE_GRACE_MS)
      await closing
      clearTimeout(cutOff)
      // A request whose client went away may still be writing to the library.
      await Promise.all([...inFlight])
    }
  }
}
