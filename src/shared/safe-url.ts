// The one rule for which links Diptych keeps, shows and opens: http, https and mailto, parsed, never
// matched by pattern. The importer, the note renderer, the request schemas and the shell all use it.

/** The part of WHATWG's URL that the rule reads; both runtimes have it, the domain's lib does not declare it. */
interface ParsedUrl {
  readonly href: string
  readonly protocol: string
  readonly hostname: string
}
const WhatwgUrl = (globalThis as unknown as { URL: new (url: string, base?: string) => ParsedUrl }).URL

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])
/** Longer addresses are tracking blobs or data smuggled into a URL; the library file stays small. */
export const MAX_URL_LENGTH = 2048

/**
 * The normalised URL of a link Diptych may keep or open, or undefined. Relative URLs resolve against
 * `base` when one is given and are refused otherwise: there is no page to be relative to.
 */
export function safeUrl(raw: string | null | undefined, base?: string): string | undefined {
  if (!raw) return undefined
  // Browsers strip ASCII tab and newlines anywhere in a URL ("java\tscript:"); do the same before the
  // protocol is judged, and let URL parsing trim the C0 controls and spaces at both ends.
  const cleaned = raw.replace(/[\t\n\r]/g, '')
  let url: ParsedUrl
  try {
    url = base ? new WhatwgUrl(cleaned, base) : new WhatwgUrl(cleaned)
  } catch {
    return undefined
  }
  if (!LINK_PROTOCOLS.has(url.protocol)) return undefined
  if (url.protocol !== 'mailto:' && !url.hostname) return undefined
  return url.href.length <= MAX_URL_LENGTH ? url.href : undefined
}

/** A web page's address (an article's URL, a base for relative links): http(s) only. */
export function safeWebUrl(raw: string | null | undefined): string | undefined {
  const href = safeUrl(raw)
  return href && /^https?:/i.test(href) ? href : undefined
}

/** True when `href` is already a link Diptych keeps, exactly as it would normalise it. */
export const isSafeUrl = (href: string): boolean => safeUrl(href) === href
