// Bytes to text. The encoding is detected from the bytes — BOM, NUL pattern, UTF-8 validity, an HTML
// page's own declaration — never guessed from the file name.
import { err, ok, type Result } from '../../../shared/result'
import { decodeWindows1252, decodeWith } from './windows-1252'

/** The text and the encoding it was read in; or 'binary', for bytes that are no text. */
export type Decoded = Result<{ text: string; encoding: string }, 'binary'>

const UTF16_SAMPLE_BYTES = 4096

/** Which byte of each pair holds the NULs of ASCII characters written in UTF-16, if any. */
function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, UTF16_SAMPLE_BYTES) & ~1
  let even = 0
  let odd = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++
    if (bytes[i + 1] === 0) odd++
  }
  const pairs = n / 2
  // Text in UTF-16 has its NULs on one side only (spaces, digits and Latin letters have a zero high
  // byte); binary data has them on both. One in twenty pairs is enough: Arabic or Greek prose still has
  // spaces and punctuation.
  if (odd >= Math.max(1, pairs * 0.05) && even <= odd / 20) return 'utf-16le'
  if (even >= Math.max(1, pairs * 0.05) && odd <= even / 20) return 'utf-16be'
  return undefined
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

// Browsers look at the first 1024 bytes; saved pages often have long heads of inlined styles before the
// meta element, so look further. A declaration later in the body is not one.
const DECLARATION_SCAN_BYTES = 8192

/** The charset an HTML or XML document declares for itself, as a label TextDecoder knows. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = decodeWindows1252(bytes.subarray(0, DECLARATION_SCAN_BYTES))
  const candidates: string[] = []
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']?([\w.:-]+)/i.exec(head)
  if (xml) candidates.push(xml[1])
  for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = meta[0]
    const charset = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag)
    if (charset) candidates.push(charset[1])
  }
  // An unknown label is ignored, as browsers do.
  for (const label of candidates) {
    const encoding = charsetEncoding(label)
    if (encoding) return encoding
  }
  return undefined
}

function decodeStrict(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

/** A charset label (from a Content-Type header) as the encoding TextDecoder names it; undefined when unknown. */
export function charsetEncoding(label: string | undefined): string | undefined {
  if (!label) return undefined
  try {
    return new TextDecoder(label.trim()).encoding
  } catch {
    return undefined
  }
}

/**
 * Decodes bytes as text. `allowDeclaration` lets an HTML page's own charset declaration speak for bytes
 * that are not UTF-8; plain text and Markdown have no such declaration. `headerCharset`, the charset a
 * web server sent with the page, comes before anything in the bytes but a BOM (the WHATWG order).
 */
export function decodeBytes(bytes: Uint8Array, allowDeclaration: boolean, headerCharset?: string): Decoded {
  const bom = bomEncoding(bytes)
  if (bom) {
    // A BOM is the strongest statement a file can make; damaged sequences become U+FFFD and are judged
    // later by how many there are.
    return ok({ text: new TextDecoder(bom).decode(bytes), encoding: bom })
  }
  const header = charsetEncoding(headerCharset)
  if (header) return ok({ text: decodeWith(header, bytes), encoding: header })
  const utf16 = utf16ByNulPattern(bytes)
  if (utf16) return ok({ text: new TextDecoder(utf16).decode(bytes), encoding: utf16 })
  if (bytes.indexOf(0) !== -1) return err('binary')

  const declared = allowDeclaration ? declaredCharset(bytes) : undefined
  const utf8 = decodeStrict(bytes, 'utf-8')
  if (utf8 !== undefined) {
    // Valid UTF-8 with any non-ASCII byte is UTF-8 whatever the page claims: Windows-1252 or Latin
    // text is almost never valid UTF-8 by accident. Pure ASCII (same length in bytes and characters)
    // may still be a 7-bit encoding such as ISO-2022-JP, so there the declaration decides.
    const pureAscii = utf8.length === bytes.length
    if (pureAscii && declared && declared !== 'utf-8' && !declared.startsWith('utf-16')) {
      return ok({ text: decodeWith(declared, bytes), encoding: declared })
    }
    return ok({ text: utf8, encoding: 'utf-8' })
  }
  if (declared && declared !== 'utf-8' && !declared.startsWith('utf-16')) {
    return ok({ text: decodeWith(declared, bytes), encoding: declared })
  }
  // Not UTF-8 and nothing declared: Windows-1252 decodes every byte, and is what such files nearly
  // always are (Latin-1 is its subset as far as printable characters go).
  return ok({ text: decodeWindows1252(bytes), encoding: 'windows-1252' })
}
