// Windows-1252 decoding by table. Node's TextDecoder("windows-1252") takes a Latin-1 fast path in some
// versions (Node 20 here) and turns 0x80–0x9F into C1 control characters instead of € ‘ ’ “ ” – —,
// which are exactly the bytes that matter in text saved on Windows.

/** Characters for bytes 0x80–0x9F; the five bytes Windows-1252 leaves undefined map to C1, as WHATWG does. */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018,
  0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178
].map((code) => String.fromCharCode(code))

export function decodeWindows1252(bytes: Uint8Array): string {
  // Latin-1 maps every byte to the code point of the same value; only 0x80–0x9F differ from 1252.
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  return latin1.replace(/[\u0080-\u009f]/g, (c) => HIGH[c.charCodeAt(0) - 0x80])
}

/** A TextDecoder for any label, except that Windows-1252 (and its aliases latin1, iso-8859-1…) uses the table. */
export function decodeWith(encoding: string, bytes: Uint8Array): string {
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes)
}
