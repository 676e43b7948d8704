import { describe, expect, it } from 'vitest'
import { declaredCharset, decodeBytes } from './decode-text'
import { decodeWindows1252 } from './windows-1252'

const utf8 = (s: string) => new TextEncoder().encode(s)
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'))
const utf16be = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le').swap16())
const concat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]))
const decoded = (bytes: Uint8Array, allowDeclaration = false) => {
  const result = decodeBytes(bytes, allowDeclaration)
  if (!result.ok) throw new Error('expected text')
  return result.value
}

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM, dropping the BOM', () => {
    expect(decoded(utf8('Café “quoted”'))).toEqual({ text: 'Café “quoted”', encoding: 'utf-8' })
    expect(decoded(concat([0xef, 0xbb, 0xbf], utf8('Café')))).toMatchObject({ text: 'Café', encoding: 'utf-8' })
  })

  it('reads UTF-16 by its BOM, either byte order', () => {
    expect(decoded(concat([0xff, 0xfe], utf16le('Ünïcode 🌊')))).toMatchObject({ text: 'Ünïcode 🌊', encoding: 'utf-16le' })
    expect(decoded(concat([0xfe, 0xff], utf16be('Ünïcode 🌊')))).toMatchObject({ text: 'Ünïcode 🌊', encoding: 'utf-16be' })
  })

  it('reads UTF-16 without a BOM from where its NUL bytes fall', () => {
    expect(decoded(utf16le('Plain English text.'))).toMatchObject({ text: 'Plain English text.', encoding: 'utf-16le' })
    expect(decoded(utf16be('Plain English text.'))).toMatchObject({ text: 'Plain English text.', encoding: 'utf-16be' })
    // Arabic letters have no NUL byte; the spaces and the full stop between them do.
    const arabic = 'مكتبة عامة جديدة في وسط المدينة.'
    expect(decoded(utf16le(arabic))).toMatchObject({ text: arabic, encoding: 'utf-16le' })
  })

  it('calls NUL bytes that follow no UTF-16 pattern binary', () => {
    expect(decodeBytes(concat(utf8('text'), [0, 0, 0, 1, 0xff, 0], utf8('more text')), true)).toEqual({ ok: false, error: 'binary' })
  })

  it('falls back to Windows-1252 when the bytes are not UTF-8, whatever the file is called', () => {
    const bytes = concat(utf8('Caf'), [0xe9, 0x20, 0x93], utf8('quoted'), [0x94, 0x20, 0x80, 0x20, 0x97])
    expect(decoded(bytes)).toEqual({ text: 'Café “quoted” € —', encoding: 'windows-1252' })
  })

  it('follows an HTML page’s declared charset when the bytes are not UTF-8', () => {
    const page = concat(utf8('<meta charset="windows-1251"><p>'), [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2])
    expect(decoded(page, true)).toMatchObject({ text: '<meta charset="windows-1251"><p>Привет', encoding: 'windows-1251' })
    // Without permission to read declarations (plain text), the same bytes are Windows-1252.
    expect(decoded(page, false).encoding).toBe('windows-1252')
  })

  it('trusts valid non-ASCII UTF-8 over a declaration that says otherwise', () => {
    const page = utf8('<meta charset="iso-8859-1"><p>Ελληνικά “quotes”')
    expect(decoded(page, true)).toMatchObject({ text: '<meta charset="iso-8859-1"><p>Ελληνικά “quotes”', encoding: 'utf-8' })
  })

  it('lets the declaration decide for pure ASCII, which may be a 7-bit encoding', () => {
    // "日本" in ISO-2022-JP: ESC $ B, two JIS characters, ESC ( B.
    const page = concat(utf8('<meta charset="iso-2022-jp"><p>'), [0x1b, 0x24, 0x42, 0x46, 0x7c, 0x4b, 0x5c, 0x1b, 0x28, 0x42])
    expect(decoded(page, true)).toMatchObject({ text: '<meta charset="iso-2022-jp"><p>日本', encoding: 'iso-2022-jp' })
  })
})

describe('declaredCharset', () => {
  it('reads <meta charset>, http-equiv and the XML declaration, ignoring unknown labels', () => {
    expect(declaredCharset(utf8('<html><head><META CHARSET=ISO-8859-1>'))).toBe('windows-1252')
    expect(declaredCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'))).toBe('koi8-r')
    expect(declaredCharset(utf8("<?xml version='1.0' encoding='Shift_JIS'?><html>"))).toBe('shift_jis')
    expect(declaredCharset(utf8('<meta charset="x-made-up"><meta charset="utf-8">'))).toBe('utf-8')
    expect(declaredCharset(utf8('<p>charset=koi8-r is mentioned in prose</p>'))).toBeUndefined()
  })
})

describe('decodeWindows1252', () => {
  it('maps 0x80–0x9F to the Windows characters, not to C1 controls', () => {
    const high = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i)
    expect(decodeWindows1252(high)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ')
    expect(decodeWindows1252(Uint8Array.from([0x41, 0xa0, 0xe9, 0xff]))).toBe('A\u00a0éÿ')
  })
})

describe('decodeBytes with the charset a web server sent', () => {
  it('follows the header over the page’s own declaration and over UTF-8 validity, but not over a BOM', () => {
    const page = concat(utf8('<meta charset="utf-8"><p>'), [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2])
    expect(decodeBytes(page, true, 'windows-1251')).toMatchObject({
      ok: true,
      value: { text: '<meta charset="utf-8"><p>Привет', encoding: 'windows-1251' }
    })
    expect(decodeBytes(utf8('Caf\u00e9'), true, 'ISO-8859-1')).toMatchObject({
      ok: true,
      value: { text: 'CafÃ©', encoding: 'windows-1252' }
    })
    expect(decodeBytes(concat([0xef, 0xbb, 0xbf], utf8('Café')), true, 'iso-8859-1')).toMatchObject({
      ok: true,
      value: { text: 'Café', encoding: 'utf-8' }
    })
  })

  it('ignores a header charset it does not know', () => {
    expect(decodeBytes(utf8('Café'), true, 'x-made-up')).toMatchObject({ ok: true, value: { text: 'Café', encoding: 'utf-8' } })
  })

  it('reads Shift_JIS and GB18030 named by the header', () => {
    const sjis = Uint8Array.from([0x93, 0xfa, 0x96, 0x7b])
    expect(decodeBytes(sjis, true, 'Shift_JIS')).toMatchObject({ ok: true, value: { text: '日本' } })
    const gb = Uint8Array.from([0xd6, 0xd0, 0xce, 0xc4])
    expect(decodeBytes(gb, true, 'gb18030')).toMatchObject({ ok: true, value: { text: '中文' } })
  })
})
