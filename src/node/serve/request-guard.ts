// Who may talk to the browser-mode server: the decision for one request, made before anything else
// reads it. A page of another site can reach a loopback port, so being local proves nothing; what
// does is the secret made at start (in a cookie once traded), a Host that is this server's own (DNS
// rebinding points another name at 127.0.0.1), and for anything that changes state, this server's own
// Origin (a form or fetch from another site carries its own).
import { timingSafeEqual } from 'node:crypto'

export const SESSION_COOKIE = 'diptych_session'
/** The query parameter of the opening URL that carries the secret once. */
export const TOKEN_PARAM = 'token'

export interface RequestFacts {
  method: string
  /** The Host header, as sent. */
  host: string | undefined
  origin: string | undefined
  cookie: string | undefined
  /** The token of the query string, only on the opening request. */
  token: string | null
  /** Whether the request asks to upgrade the connection (WebSocket). */
  upgrade: boolean
}

export type Verdict =
  { allow: true; via: 'cookie' } | { allow: true; via: 'token' } | { allow: false; status: 400 | 401 | 403 | 405 | 421; reason: string }

/** The Host values this server answers to: its loopback names with its port, nothing else. */
export function ownHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`])
}

function sameSecret(given: string, secret: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(secret)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The value of one cookie in a Cookie header; undefined when absent or given twice (one must not shadow another). */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined
  const values = header
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.startsWith(`${name}=`))
    .map((part) => part.slice(name.length + 1))
  return values.length === 1 ? values[0] : undefined
}

const SAFE_METHODS = new Set(['GET', 'HEAD'])
const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST'])

export function judge(request: RequestFacts, secret: string, port: number): Verdict {
  const hosts = ownHosts(port)
  if (!request.host || !hosts.has(request.host.toLowerCase())) {
    return { allow: false, status: 421, reason: 'This server answers only to its own loopback address.' }
  }
  if (!KNOWN_METHODS.has(request.method)) return { allow: false, status: 405, reason: 'Method not allowed.' }
  // A state change, or a connection upgrade, must come from a page this server served.
  if ((!SAFE_METHODS.has(request.method) || request.upgrade) && !(request.origin && hosts.has(originHost(request.origin)))) {
    return { allow: false, status: 403, reason: 'Requests that change the library must come from Diptych’s own page.' }
  }
  if (request.upgrade) return { allow: false, status: 400, reason: 'This server does not upgrade connections.' }
  const cookie = cookieValue(request.cookie, SESSION_COOKIE)
  if (cookie !== undefined && sameSecret(cookie, secret)) return { allow: true, via: 'cookie' }
  if (request.token !== null && SAFE_METHODS.has(request.method) && sameSecret(request.token, secret)) return { allow: true, via: 'token' }
  return { allow: false, status: 401, reason: 'Open Diptych with the address it printed when it started.' }
}

/** `host:port` of an Origin header; an Origin that is not http on a host of ours yields ''. */
function originHost(origin: string): string {
  const match = /^http:\/\/([^/]+)$/.exec(origin)
  return match ? match[1].toLowerCase() : ''
}
