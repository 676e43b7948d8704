// What kind of picture some bytes are, judged by their first bytes only: never by a file name, a URL or
// a server's Content-Type, which a page controls and which lie. SVG, being text, is recognised by its
// root element and then sanitised (svg-sanitize.ts) before anything keeps it.

export type ImageExtension = 'png' | 'jpg' | 'gif' | 'webp' | 'avif' | 'svg'

const startsWith = (bytes: Uint8Array, ascii: string, at = 0): boolean =>
  bytes.length >= at + ascii.length && [...ascii].every((c, i) => bytes[at + i] === c.charCodeAt(0))

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** The extension for a raster picture's bytes, 'svg' for an SVG document, undefined for anything else. */
export function imageType(bytes: Uint8Array): ImageExtension | undefined {
  if (PNG.every((b, i) => bytes[i] === b)) return 'png'
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg'
  if (startsWith(bytes, 'GIF87a') || startsWith(bytes, 'GIF89a')) return 'gif'
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8)) return 'webp'
  if (isAvif(bytes)) return 'avif'
  if (looksLikeSvg(bytes)) return 'svg'
  return undefined
}

/** An ISO-BMFF `ftyp` box whose major or compatible brands name AVIF (a still `avif` or a sequence `avis`). */
function isAvif(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, 'ftyp', 4)) return false
  const size = ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0
  const end = Math.min(size, bytes.length)
  // Major brand at 8, minor version at 12, compatible brands from 16, four bytes each.
  for (let at = 8; at + 4 <= end; at += at === 8 ? 8 : 4) {
    if (startsWith(bytes, 'avif', at) || startsWith(bytes, 'avis', at)) return true
  }
  return false
}

/**
 * Text whose first element is `<svg`: after an optional BOM, white space, an XML declaration, comments,
 * processing instructions and a doctype. Only the first 4 KB are looked at.
 */
function looksLikeSvg(bytes: Uint8Array): boolean {
  let head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '')
  for (;;) {
    head = head.trimStart()
    const prolog = /^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)/i.exec(head)
    if (!prolog) break
    head = head.slice(prolog[0].length)
  }
  return /^<svg[\s>/]/.test(head)
}
