// Where a picture of an imported page comes from. One rule for every importer: an http(s) address
// (resolved against the page), or, for a saved file with no address of its own, a relative path that
// the asset store reads from beside the file. Never data:, javascript:, file: or blob:.
import { MAX_URL_LENGTH } from '../../../shared/safe-url'

const SCHEME = /^[a-z][a-z0-9+.-]*:/i
/** File names that sites put in `src` while the real picture waits in another attribute. */
const PLACEHOLDER =
  /(?:^|[/_-])(?:spacer|blank|pixel|transparent|placeholder|lazy|loading|grey|gray|empty)(?:[-_.]?(?:1x1|\d+))?\.(?:gif|png|svg)(?:[?#]|$)/i
/** Smaller than this on a side: an icon, an emoji, an avatar, a spacer or a tracking pixel, not a figure. */
export const MIN_FIGURE_SIDE = 50

/**
 * The address of a picture Diptych may fetch or read, or undefined. With an http(s) `base` a relative
 * address resolves against it; without one (a saved file) it is kept as written, a path beside the file.
 */
export function imageSource(raw: string | null | undefined, base?: string): string | undefined {
  // Browsers strip tabs and newlines anywhere in a URL ("java\tscript:"): judge what they would load.
  const cleaned = raw?.replace(/[\t\n\r]/g, '').trim()
  if (!cleaned || cleaned.startsWith('#') || PLACEHOLDER.test(cleaned)) return undefined
  if (base || SCHEME.test(cleaned) || cleaned.startsWith('//')) {
    let url: URL
    try {
      url = base ? new URL(cleaned, base) : new URL(cleaned)
    } catch {
      return undefined
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return undefined
    return url.href.length <= MAX_URL_LENGTH ? url.href : undefined
  }
  // A relative path of a saved file: a backslash is a Windows separator, never an escape.
  return cleaned.length <= MAX_URL_LENGTH && !cleaned.includes('\\') ? cleaned : undefined
}

interface Candidate {
  url: string
  /** Width in pixels (`640w`), or pixel density (`2x`) scaled so that any width descriptor beats it. */
  size: number
}

/** The candidates of a `srcset`, parsed as the HTML standard does (URLs may hold commas). */
export function srcsetCandidates(srcset: string): Candidate[] {
  const out: Candidate[] = []
  let i = 0
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i])) i++
    const urlStart = i
    while (i < srcset.length && !/\s/.test(srcset[i])) i++
    let url = srcset.slice(urlStart, i)
    let descriptor = ''
    if (url.endsWith(',')) url = url.replace(/,+$/, '')
    else {
      const descStart = i
      let depth = 0
      while (i < srcset.length && (srcset[i] !== ',' || depth > 0)) {
        if (srcset[i] === '(') depth++
        else if (srcset[i] === ')') depth = Math.max(0, depth - 1)
        i++
      }
      descriptor = srcset.slice(descStart, i).trim()
    }
    if (url) out.push({ url, size: descriptorSize(descriptor) })
  }
  return out
}

function descriptorSize(descriptor: string): number {
  const w = /^(\d+)w$/i.exec(descriptor)
  if (w) return 1_000 + Number(w[1])
  const x = /^(\d+(?:\.\d+)?)x$/i.exec(descriptor)
  return x ? Number(x[1]) : 1
}

/** The largest usable candidate of a `srcset` (by width, else by density), or undefined. */
export function largestCandidate(srcset: string | null, base?: string): string | undefined {
  if (!srcset) return undefined
  let best: { src: string; size: number } | undefined
  for (const c of srcsetCandidates(srcset)) {
    const src = imageSource(c.url, base)
    if (src && (!best || c.size > best.size)) best = { src, size: c.size }
  }
  return best?.src
}

/** A width or height attribute as a whole number of pixels, or undefined ("100%", "auto", garbage). */
export function pixels(raw: string | null): number | undefined {
  if (!raw || !/^\s*\d{1,6}(?:px)?\s*$/i.test(raw)) return undefined
  const n = Number.parseInt(raw, 10)
  return n >= 1 && n <= 100_000 ? n : undefined
}

/** Whether an image's stated size makes it an icon or a tracking pixel rather than a picture. */
export function isTinyImage(el: Element): boolean {
  const [w, h] = [pixels(el.getAttribute('width')), pixels(el.getAttribute('height'))]
  return (w !== undefined && w < MIN_FIGURE_SIDE) || (h !== undefined && h < MIN_FIGURE_SIDE)
}
