// A guarded GET: http(s) only, no credentials in addresses, at most MAX_REDIRECTS redirects each checked
// like the first address, a total timeout, the content type checked and the size limited while the
// bytes arrive. Every failure is a WebError with a sentence for the reader.
import { WEB_SENTENCES, shownUrl } from '../../error-messages'
import { formatMegabytes } from '../import/import-failure'
import { AddressPolicy, bareHost, lookupFailure } from './address-policy'
import { nodeTransport, platformTransport, type OpenTransport, type Transport, type WebResponse } from './transport'
import { describeContentType, networkCodeIn, webErrorIn, WebError } from './web-error'

export const MAX_REDIRECTS = 5
export const USER_AGENT = 'Diptych/0.1 (reading app; saves one page when its reader asks)'

export interface WebClientOptions {
  /** How long a connection may take to open (Node only; Electron's network stack has its own). */
  connectTimeoutMs?: number
  /** How long one request may take in all: every redirect and the whole body. */
  totalTimeoutMs?: number
  /** Electron's session fetch; undici in Node otherwise. */
  platformFetch?: Transport
  /** The address rule; tests pass one with a classifier or resolver of their own. */
  policy?: AddressPolicy
}

export type Want = 'page' | 'image'

const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain', 'text/markdown', 'text/x-markdown'])

export interface Fetched {
  /** Where the bytes came from, after redirects. */
  url: string
  /** The media type without parameters, lower case; '' when the server did not say. */
  type: string
  charset?: string
  bytes: Uint8Array
}

export interface GetOptions {
  want: Want
  maxBytes: number
  signal?: AbortSignal
  onBytes?: (bytes: number, total: number | undefined) => void
}

/** The media type and charset of a Content-Type header. */
export function parseContentType(header: string | null): { type: string; charset?: string } {
  if (!header) return { type: '' }
  const [type, ...params] = header.split(';')
  const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1]).find(Boolean)
  return { type: type.trim().toLowerCase(), charset }
}

/** A reader's address as a URL Diptych may request, or a WebError saying why not. */
export function webUrl(raw: string, base?: string): URL {
  let url: URL
  try {
    url = new URL(raw.trim(), base)
  } catch {
    throw new WebError('bad-url', WEB_SENTENCES.badUrl(shownUrl(raw.trim())))
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new WebError('bad-url', WEB_SENTENCES.badUrl(shownUrl(url.href)))
  if (url.username || url.password)
    throw new WebError('credentials', WEB_SENTENCES.credentials(shownUrl(`${url.protocol}//${url.host}${url.pathname}`)))
  url.hash = ''
  return url
}

/** The address as webUrl makes it, or undefined where webUrl would refuse it. */
export function parsedWebUrl(raw: string): string | undefined {
  try {
    return webUrl(raw).href
  } catch {
    return undefined
  }
}

export class WebClient {
  readonly policy: AddressPolicy
  private readonly transport: OpenTransport
  private readonly totalTimeoutMs: number

  constructor(options: WebClientOptions = {}) {
    this.policy = options.policy ?? new AddressPolicy()
    this.totalTimeoutMs = options.totalTimeoutMs ?? 60_000
    this.transport = options.platformFetch
      ? platformTransport(options.platformFetch)
      : nodeTransport(this.policy, options.connectTimeoutMs ?? 15_000)
  }

  close(): Promise<void> {
    return this.transport.close()
  }

  /** GETs `raw`, following redirects itself, and reads the body within `maxBytes`. */
  async get(raw: string, options: GetOptions): Promise<Fetched> {
    let url = webUrl(raw)
    const timeout = AbortSignal.timeout(this.totalTimeoutMs)
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout
    try {
      const { response, at } = await this.follow(url, options.want, signal)
      url = at
      const { type, charset } = parseContentType(response.headers.get('content-type'))
      refuseType(url, type, options.want)
      const bytes = await readLimited(response, url, options, signal)
      return { url: url.href, type, charset, bytes }
    } catch (error) {
      if (options.signal?.aborted) throw new WebError('cancelled', WEB_SENTENCES.cancelled(shownUrl(url.href)))
      if (timeout.aborted) throw new WebError('timed-out', WEB_SENTENCES.timedOut(bareHost(url), this.totalTimeoutMs / 1000))
      throw explainFailure(error, url)
    }
  }

  private async follow(first: URL, want: Want, signal: AbortSignal): Promise<{ response: WebResponse; at: URL }> {
    const seen = new Set<string>()
    let url = first
    for (let hop = 0; ; hop++) {
      seen.add(url.href)
      await this.policy.check(url)
      const response = await this.transport.request(url.href, { signal, headers: requestHeaders(want) })
      const location = response.headers.get('location')
      if (response.status < 300 || response.status >= 400 || location === null) {
        refuseStatus(response.status, url)
        return { response, at: url }
      }
      await response.body?.cancel().catch(() => {})
      const next = webUrl(location, url.href)
      if (hop >= MAX_REDIRECTS || seen.has(next.href)) {
        throw new WebError('too-many-redirects', WEB_SENTENCES.tooManyRedirects(shownUrl(first.href), MAX_REDIRECTS))
      }
      url = next
    }
  }
}

function requestHeaders(want: Want): Record<string, string> {
  return {
    'user-agent': USER_AGENT,
    accept:
      want === 'page'
        ? 'text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8'
        : 'image/avif,image/webp,image/png,image/jpeg,image/gif,image/svg+xml;q=0.9,*/*;q=0.1'
  }
}

function refuseStatus(status: number, url: URL): void {
  const shown = shownUrl(url.href)
  if (status >= 200 && status < 300) return
  if (status === 404 || status === 410) throw new WebError('not-found', WEB_SENTENCES.notFound(shown))
  if (status === 401 || status === 403 || status === 451) throw new WebError('forbidden', WEB_SENTENCES.forbidden(shown))
  if (status === 429) throw new WebError('rate-limited', WEB_SENTENCES.rateLimited(bareHost(url)))
  throw new WebError('server-error', WEB_SENTENCES.serverError(shown))
}

function refuseType(url: URL, type: string, want: Want): void {
  // No type at all: the bytes are sniffed later (the importer refuses binary data).
  if (type === '') return
  const fits = want === 'page' ? PAGE_TYPES.has(type) : type.startsWith('image/') || type === 'application/octet-stream'
  if (!fits) throw new WebError('not-web-page', WEB_SENTENCES.notWebPage(shownUrl(url.href), describeContentType(type)))
}

async function readLimited(response: WebResponse, url: URL, options: GetOptions, signal: AbortSignal): Promise<Uint8Array> {
  const tooLarge = () => new WebError('too-large', WEB_SENTENCES.pageTooLarge(shownUrl(url.href), formatMegabytes(options.maxBytes)))
  const declared = Number(response.headers.get('content-length') ?? NaN)
  const length = Number.isFinite(declared) && declared >= 0 ? declared : undefined
  if (length !== undefined && length > options.maxBytes) {
    await response.body?.cancel().catch(() => {})
    throw tooLarge()
  }
  // A compressed body's length says nothing of the bytes it unpacks to, which are what is counted.
  const encoding = response.headers.get('content-encoding')
  const total = encoding && encoding !== 'identity' ? undefined : length
  const chunks: Uint8Array[] = []
  let received = 0
  if (response.body) {
    const reader = response.body.getReader()
    for (;;) {
      signal.throwIfAborted()
      const { done, value } = await reader.read()
      if (done) break
      received += value.byteLength
      if (received > options.maxBytes) {
        await reader.cancel().catch(() => {})
        throw tooLarge()
      }
      chunks.push(value)
      options.onBytes?.(received, total)
    }
  }
  return Buffer.concat(chunks, received)
}

const OFFLINE = new Set([
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'ERR_INTERNET_DISCONNECTED',
  'ERR_NETWORK_CHANGED',
  'ERR_ADDRESS_UNREACHABLE'
])
const TIMEOUT = new Set(['UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT', 'ERR_TIMED_OUT', 'ERR_CONNECTION_TIMED_OUT'])
const REFUSED = new Set(['ECONNREFUSED', 'ERR_CONNECTION_REFUSED'])

/** A failure of the network or of a connection's address check, in the reader's words. */
function explainFailure(error: unknown, url: URL): WebError {
  const known = webErrorIn(error)
  if (known) return known
  const host = bareHost(url)
  const code = networkCodeIn(error) ?? ''
  if (code === 'ENOTFOUND' || code === 'ERR_NAME_NOT_RESOLVED') return lookupFailure(host, error)
  if (OFFLINE.has(code)) return new WebError('offline', WEB_SENTENCES.offline(host))
  if (TIMEOUT.has(code)) return new WebError('timed-out', WEB_SENTENCES.timedOut(host))
  if (REFUSED.has(code)) return new WebError('connection-refused', WEB_SENTENCES.connectionRefused(host))
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return new WebError('insecure', WEB_SENTENCES.insecure(host))
  return new WebError('network', WEB_SENTENCES.networkFailed(host))
}
