// diptych:// links: from a note in a vault back to an article, a highlight or a pair of articles. One
// parser for every door they come in by (the system's protocol handler, a second instance, the CLI,
// the harness): strict, so that a link can never name more than these few things.
import type { TextQuoteSelector } from './model'
import { err, ok, type Result } from './result'

/** The parts of WHATWG's URL and URLSearchParams read here; both runtimes have them, the domain's lib does not declare them. */
interface SearchParams {
  readonly size: number
  keys(): IterableIterator<string>
  get(name: string): string | null
  getAll(name: string): string[]
  set(name: string, value: string): void
  toString(): string
}
interface ParsedUrl {
  readonly protocol: string
  readonly username: string
  readonly password: string
  readonly host: string
  readonly port: string
  readonly pathname: string
  readonly hash: string
  readonly searchParams: SearchParams
}
const { URL, URLSearchParams } = globalThis as unknown as {
  URL: new (url: string) => ParsedUrl
  URLSearchParams: new () => SearchParams
}

export const LINK_SCHEME = 'diptych'

/** The same ids the library accepts: ours (UUIDs) or the bundled articles' slugs; nothing like a path. */
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/

/** Whether an id can stand in a link: a writer checks it first, so that it never writes a link this parser refuses. */
export const isLinkId = (id: string): boolean => ID.test(id)

/** A link longer than this is no link Diptych wrote. */
export const MAX_LINK_LENGTH = 2_048
/** The quote a highlight link carries to find its passage when the highlight itself is gone. */
export const MAX_LINK_QUOTE = 300
export const MAX_LINK_CONTEXT = 32

export type DeepLink =
  | { kind: 'article'; articleId: string }
  | { kind: 'highlight'; articleId: string; highlightId: string; quote?: TextQuoteSelector }
  | { kind: 'pair'; leftId: string; rightId: string; linkId?: string }

const QUOTE_PARAMS = ['quote', 'prefix', 'suffix'] as const

function idsOk(...ids: string[]): boolean {
  return ids.every((id) => ID.test(id))
}

function quoteFrom(params: SearchParams): Result<TextQuoteSelector | undefined, string> {
  for (const key of params.keys()) {
    if (!(QUOTE_PARAMS as readonly string[]).includes(key)) return err(`it has a part Diptych does not know (“${key}”)`)
    if (params.getAll(key).length > 1) return err(`it names “${key}” twice`)
  }
  const exact = params.get('quote')
  const prefix = params.get('prefix') ?? ''
  const suffix = params.get('suffix') ?? ''
  if (exact === null) return params.size > 0 ? err('it gives context without a quote') : ok(undefined)
  if (exact.trim() === '') return err('its quote is empty')
  if (exact.length > MAX_LINK_QUOTE || prefix.length > MAX_LINK_CONTEXT || suffix.length > MAX_LINK_CONTEXT) {
    return err('its quote is longer than a link carries')
  }
  return ok({ exact, prefix, suffix })
}

/** Splits `//host/a/b` into its parts, decoding each; undefined when a part is empty or undecodable. */
function pathParts(url: ParsedUrl): string[] | undefined {
  const raw = [url.host, ...url.pathname.split('/').slice(1)]
  if (raw.at(-1) === '' && raw.length > 1) raw.pop()
  try {
    const parts = raw.map((p) => decodeURIComponent(p))
    return parts.every((p) => p !== '') ? parts : undefined
  } catch {
    return undefined
  }
}

/** Reads a diptych:// link; the error says in a few words why it is not one Diptych can open. */
export function parseDeepLink(input: string): Result<DeepLink, string> {
  if (input.length > MAX_LINK_LENGTH) return err('it is longer than any link Diptych writes')
  let url: ParsedUrl
  try {
    url = new URL(input)
  } catch {
    return err('it is not a link')
  }
  if (url.protocol !== `${LINK_SCHEME}:`) return err('it is not a diptych:// link')
  if (url.username || url.password || url.port || url.hash) return err('it has parts a diptych:// link never has')
  const parts = pathParts(url)
  if (!parts) return err('it has an empty or damaged part')
  const quote = quoteFrom(url.searchParams)
  if (!quote.ok) return quote
  const [what, ...rest] = parts
  if (what === 'article') {
    if (rest.length === 1 && idsOk(rest[0]) && !quote.value) return ok({ kind: 'article', articleId: rest[0] })
    if (rest.length === 3 && rest[1] === 'highlight' && idsOk(rest[0], rest[2])) {
      const link: DeepLink = { kind: 'highlight', articleId: rest[0], highlightId: rest[2] }
      return ok(quote.value ? { ...link, quote: quote.value } : link)
    }
    return err('it does not name an article, or an article and one of its highlights')
  }
  if (what === 'pair' && !quote.value) {
    if (rest.length === 2 && idsOk(rest[0], rest[1])) return ok({ kind: 'pair', leftId: rest[0], rightId: rest[1] })
    if (rest.length === 4 && rest[2] === 'link' && idsOk(rest[0], rest[1], rest[3])) {
      return ok({ kind: 'pair', leftId: rest[0], rightId: rest[1], linkId: rest[3] })
    }
    return err('it does not name two articles, or two articles and a link between them')
  }
  return err(`Diptych has no “${what}” to open`)
}

/** Cuts a context or quote to a length, without splitting a surrogate pair. */
export function cut(text: string, length: number, fromEnd = false): string {
  if (text.length <= length) return text
  let piece = fromEnd ? text.slice(text.length - length) : text.slice(0, length)
  if (fromEnd && /^[\udc00-\udfff]/.test(piece)) piece = piece.slice(1)
  if (!fromEnd && /[\ud800-\udbff]$/.test(piece)) piece = piece.slice(0, -1)
  return piece
}

/** Writes a link; parseDeepLink reads back exactly what it was given (quotes cut to what links carry). */
export function formatDeepLink(link: DeepLink): string {
  const e = encodeURIComponent
  switch (link.kind) {
    case 'article':
      return `${LINK_SCHEME}://article/${e(link.articleId)}`
    case 'highlight': {
      const base = `${LINK_SCHEME}://article/${e(link.articleId)}/highlight/${e(link.highlightId)}`
      if (!link.quote) return base
      const params = new URLSearchParams()
      const exact = cut(link.quote.exact, MAX_LINK_QUOTE)
      // A long quote is cut; what follows the cut is then the context that tells its place.
      const suffix = exact.length < link.quote.exact.length ? link.quote.exact.slice(exact.length) : link.quote.suffix
      params.set('quote', exact)
      if (link.quote.prefix) params.set('prefix', cut(link.quote.prefix, MAX_LINK_CONTEXT, true))
      if (suffix) params.set('suffix', cut(suffix, MAX_LINK_CONTEXT))
      return `${base}?${params.toString().replace(/\+/g, '%20')}`
    }
    case 'pair': {
      const base = `${LINK_SCHEME}://pair/${e(link.leftId)}/${e(link.rightId)}`
      return link.linkId ? `${base}/link/${e(link.linkId)}` : base
    }
  }
}
