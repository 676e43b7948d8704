// Link targets an article may keep: absolute http(s) and mailto URLs, nothing else.

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])
/** Longer addresses are tracking blobs or data smuggled into a URL; the library file stays small. */
const MAX_HREF_LENGTH = 2048

/**
 * The URL to keep for a link, or undefined to drop the link (its text stays). Relative URLs resolve
 * against `base` when one is known, and are dropped otherwise: there is no page to be relative to.
 */
export function safeHref(raw: string | null | undefined, base?: string): string | undefined {
  if (!raw) return undefined
  // Browsers strip ASCII tab and newlines anywhere in a URL ("java\tscript:"); do the same before the
  // protocol is judged, and let URL parsing trim the C0 controls and spaces at both ends.
  const cleaned = raw.replace(/[\t\n\r]/g, '')
  let url: URL
  try {
    url = base ? new URL(cleaned, base) : new URL(cleaned)
  } catch {
    return undefined
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return undefined
  if (url.protocol !== 'mailto:' && !url.hostname) return undefined
  const href = url.href
  return href.length <= MAX_HREF_LENGTH ? href : undefined
}

/** A base URL for relative links: only an absolute http(s) address will do. */
export function safeBaseUrl(raw: string | null | undefined): string | undefined {
  const href = safeHref(raw)
  return href && /^https?:/i.test(href) ? href : undefined
}
