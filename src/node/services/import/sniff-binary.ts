// Recognises files that are not text before any decoding: known magic numbers first, then, on the
// decoded text, a share of control characters that no prose has.

export type Sniffed = { kind: 'binary'; looksLike: string } | { kind: 'unsupported'; what: string; advice: string }

interface Magic {
  /** Bytes at the start of the file; null matches any byte. */
  bytes: (number | null)[]
  looksLike: string
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0))

// Only signatures that prose cannot start with: each has a non-printable byte or is a format's own banner.
const MAGIC: Magic[] = [
  { bytes: [0x89, ...ascii('PNG'), 0x0d, 0x0a, 0x1a, 0x0a], looksLike: 'a PNG image' },
  { bytes: ascii('%PDF-'), looksLike: 'a PDF document' },
  { bytes: [0xff, 0xd8, 0xff], looksLike: 'a JPEG image' },
  { bytes: ascii('GIF87a'), looksLike: 'a GIF image' },
  { bytes: ascii('GIF89a'), looksLike: 'a GIF image' },
  { bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')], looksLike: 'a WebP image' },
  { bytes: [0x1f, 0x8b], looksLike: 'a compressed (gzip) file' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], looksLike: 'an older Microsoft Office document' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], looksLike: 'a 7-Zip archive' },
  { bytes: [...ascii('Rar!'), 0x1a, 0x07], looksLike: 'a RAR archive' },
  { bytes: [0x7f, ...ascii('ELF')], looksLike: 'a program' },
  { bytes: [0x00, 0x00, 0x01, 0x00], looksLike: 'an icon' }
]

const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0x50, 0x4b, 0x07, 0x08]
]

/** Office files and e-books are ZIP archives; the extension tells the reader which one they chose. */
const ZIP_KINDS: Record<string, string> = {
  docx: 'a Word document',
  xlsx: 'an Excel workbook',
  pptx: 'a PowerPoint presentation',
  odt: 'an OpenDocument text',
  epub: 'an EPUB book'
}

function startsWith(bytes: Uint8Array, signature: readonly (number | null)[]): boolean {
  if (bytes.length < signature.length) return false
  return signature.every((b, i) => b === null || bytes[i] === b)
}

export function fileExtension(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
}

/** Looks at the first bytes only; undefined when nothing known was recognised. */
export function sniffSignature(bytes: Uint8Array, fileName: string): Sniffed | undefined {
  for (const magic of MAGIC) {
    if (startsWith(bytes, magic.bytes)) return { kind: 'binary', looksLike: magic.looksLike }
  }
  if (ZIP_SIGNATURES.some((sig) => startsWith(bytes, sig))) {
    return { kind: 'binary', looksLike: ZIP_KINDS[fileExtension(fileName)] ?? 'a ZIP archive' }
  }
  if (startsWith(bytes, ascii('{\\rtf'))) {
    return { kind: 'unsupported', what: 'a Rich Text (RTF) document', advice: 'Save it as plain text or HTML and import that.' }
  }
  // UTF-32 would otherwise pass as UTF-16 full of NULs; TextDecoder cannot read it.
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return { kind: 'unsupported', what: 'text in the UTF-32 encoding', advice: 'Save it as UTF-8 and import that.' }
  }
  return undefined
}

/** A saved web archive (.mht/.mhtml) is text, but MIME parts of encoded HTML, not an article. */
export function looksLikeWebArchive(text: string): boolean {
  const head = text.slice(0, 4096)
  return /^MIME-Version:/im.test(head) && /Content-Type:\s*multipart\/related/i.test(head)
}

// Sampled, not counted over the whole text: a 50 MB file is judged by its first 64 K characters.
const SAMPLE_CHARS = 65_536
/** Prose has next to none; binary data read as Windows-1252 has about one in ten. */
const MAX_CONTROL_SHARE = 0.02

/**
 * Whether decoded text is really binary data: too many C0/C1 control characters (other than tab,
 * line breaks and form feed) or replacement characters from undecodable bytes.
 */
export function looksLikeBinaryText(text: string): boolean {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text
  if (sample.length === 0) return false
  let suspicious = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) {
      suspicious++
    }
  }
  return suspicious / sample.length > MAX_CONTROL_SHARE
}
