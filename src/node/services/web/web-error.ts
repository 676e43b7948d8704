// A web page that could not be saved, with the reason as a value (tests and the CLI's JSON check it) and
// a sentence for the reader (from WEB_SENTENCES). Raised by the guarded fetch; never an internal error.
import { AppError } from '../../errors'

export type WebFailure =
  | 'bad-url'
  | 'credentials'
  | 'not-found'
  | 'forbidden'
  | 'rate-limited'
  | 'server-error'
  | 'timed-out'
  | 'too-large'
  | 'not-article'
  | 'not-web-page'
  | 'host-not-found'
  | 'offline'
  | 'connection-refused'
  | 'insecure'
  | 'network'
  | 'too-many-redirects'
  | 'refused-address'
  | 'cancelled'

export class WebError extends AppError {
  constructor(
    readonly reason: WebFailure,
    message: string
  ) {
    super(reason === 'cancelled' ? 'cancelled' : 'import', message)
  }
}

/** The first WebError in an error's chain of causes (undici wraps what a connection's lookup throws). */
export function webErrorIn(error: unknown): WebError | undefined {
  for (let e = error, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof WebError) return e
  }
  return undefined
}

/** A system or network code anywhere in an error's chain of causes (ENOTFOUND, UND_ERR_CONNECT_TIMEOUT…). */
export function networkCodeIn(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string') return code
    // Electron's net module says it in the message: "net::ERR_NAME_NOT_RESOLVED".
    const net = /net::(ERR_[A-Z_]+)/.exec(String((e as Error).message ?? ''))
    if (net) return net[1]
  }
  return undefined
}

const KNOWN_TYPES: [RegExp, string][] = [
  [/^application\/pdf$/, 'a PDF document'],
  [/^image\//, 'a picture'],
  [/^video\//, 'a video'],
  [/^audio\//, 'a sound file'],
  [/^application\/(zip|x-zip-compressed|gzip|x-tar|x-7z-compressed|x-rar-compressed)$/, 'a compressed archive'],
  [/^application\/(json|ld\+json)$/, 'JSON data'],
  [/^application\/(rss|atom)\+xml$/, 'a news feed'],
  [/(^|\/)(xml|x-xml)$/, 'an XML document'],
  [/^application\/(msword|vnd\.)/, 'an office document'],
  [/^application\/epub\+zip$/, 'an e-book']
]

/** What a content type is, for a sentence: "a PDF document (application/pdf)". */
export function describeContentType(type: string): string {
  const clean = type.replace(/[^\w.+/-]/g, '').slice(0, 80)
  if (!clean) return 'a file whose type the site does not say'
  const known = KNOWN_TYPES.find(([pattern]) => pattern.test(clean))
  return known ? `${known[1]} (${clean})` : `a file of type ${clean}`
}
