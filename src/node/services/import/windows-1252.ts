// Decoding of legacy single- and multi-byte charsets. Node's TextDecoder("windows-1252") takes a Latin-1
// fast path in some versions (Node 20 here) and turns 0x80–0x9F into C1 control characters instead of
// € ‘ ’ “ ” – —, which are exactly the bytes that matter in text saved on Windows; iconv-lite, a
// maintained decoder, reads them right.
import { createRequire } from 'node:module'

type Iconv = typeof import('iconv-lite')
let loaded: Iconv | null = null

/** iconv-lite takes 25–60 ms to load, and only text that is not UTF-8 needs it: it loads on first use,
 *  so that `diptych align` of two UTF-8 files does not wait for it. */
function iconv(): Iconv {
  loaded ??= createRequire(import.meta.url)('iconv-lite') as Iconv
  return loaded
}

export function decodeWindows1252(bytes: Uint8Array): string {
  const text = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252')
  // The five bytes Windows-1252 leaves undefined come out as U+FFFD; WHATWG maps them to the C1
  // control of the same value. One byte is one UTF-16 unit in this charset, so positions line up.
  return text.includes('\ufffd') ? text.replace(/\ufffd/g, (_, i: number) => String.fromCharCode(bytes[i])) : text
}

/** Text in any WHATWG encoding label TextDecoder knows; Windows-1252 (and its aliases latin1, iso-8859-1…) through iconv-lite. */
export function decodeWith(encoding: string, bytes: Uint8Array): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes)
  try {
    return new TextDecoder(encoding).decode(bytes)
  } catch {
    // A Node built without full ICU knows fewer labels; iconv-lite knows the common ones.
    return iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding)
  }
}
