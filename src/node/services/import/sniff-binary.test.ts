import { describe, expect, it } from 'vitest'
import { fileExtension, looksLikeBinaryText, looksLikeWebArchive, sniffSignature } from './sniff-binary'

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)))

describe('sniffSignature', () => {
  it.each([
    ['PNG', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'a PNG image'],
    ['PDF', bytes('%PDF-1.7\n%âãÏÓ'), 'a PDF document'],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'), 'a JPEG image'],
    ['GIF87a', bytes('GIF87a', [1, 0, 1, 0]), 'a GIF image'],
    ['GIF89a', bytes('GIF89a', [1, 0, 1, 0]), 'a GIF image'],
    ['WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'a WebP image'],
    ['gzip', bytes([0x1f, 0x8b, 8, 0]), 'a compressed (gzip) file']
  ])('recognises %s', (_, data, looksLike) => {
    expect(sniffSignature(data, 'article.html')).toEqual({ kind: 'binary', looksLike })
  })

  it('names ZIP-based formats by their extension, and plain ZIPs as archives', () => {
    const zip = bytes('PK', [3, 4, 20, 0, 0, 0])
    expect(sniffSignature(zip, 'report.docx')).toEqual({ kind: 'binary', looksLike: 'a Word document' })
    expect(sniffSignature(zip, 'book.EPUB')).toEqual({ kind: 'binary', looksLike: 'an EPUB book' })
    expect(sniffSignature(zip, 'page.html')).toEqual({ kind: 'binary', looksLike: 'a ZIP archive' })
  })

  it('calls RTF and UTF-32 unsupported rather than binary', () => {
    expect(sniffSignature(bytes('{\\rtf1\\ansi Hello}'), 'a.txt')?.kind).toBe('unsupported')
    expect(sniffSignature(bytes([0xff, 0xfe, 0, 0], 'A', [0, 0, 0]), 'a.txt')?.kind).toBe('unsupported')
  })

  it('leaves text alone, including text that merely mentions a format', () => {
    expect(sniffSignature(bytes('<!DOCTYPE html><p>PNG and PDF</p>'), 'a.html')).toBeUndefined()
    expect(sniffSignature(bytes('PK is a footballer'), 'a.txt')).toBeUndefined()
    expect(sniffSignature(bytes([0xff, 0xfe], 'A', [0]), 'a.txt')).toBeUndefined()
    expect(sniffSignature(new Uint8Array(0), 'a.txt')).toBeUndefined()
  })
})

describe('looksLikeBinaryText', () => {
  it('accepts prose with tabs, line breaks and form feeds', () => {
    expect(looksLikeBinaryText('Line one\tcolumn\r\nLine two\fpage two\n'.repeat(50))).toBe(false)
    expect(looksLikeBinaryText('')).toBe(false)
  })

  it('refuses text with more than one control character in fifty', () => {
    // Two in a hundred is the most a text may have.
    expect(looksLikeBinaryText(`${'a'.repeat(98)}\u0001\u0002`)).toBe(false)
    expect(looksLikeBinaryText(`${'a'.repeat(97)}\u0001\u0002\u0003`)).toBe(true)
    expect(looksLikeBinaryText('\ufffd'.repeat(5) + 'x'.repeat(95))).toBe(true)
  })

  it('refuses random bytes read as Windows-1252', () => {
    let seed = 7
    const random = Array.from({ length: 4000 }, () => String.fromCharCode((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256))
    expect(looksLikeBinaryText(random.join(''))).toBe(true)
  })
})

describe('fileExtension and looksLikeWebArchive', () => {
  it('takes the last extension of the last path segment, lower-cased', () => {
    expect(fileExtension('C:\\saved\\Page.HTM')).toBe('htm')
    expect(fileExtension('/tmp/archive.tar.gz')).toBe('gz')
    expect(fileExtension('.bashrc')).toBe('')
    expect(fileExtension('README')).toBe('')
  })

  it('recognises MHTML by its MIME header', () => {
    expect(looksLikeWebArchive('From: <Saved by Blink>\nMIME-Version: 1.0\nContent-Type: multipart/related;\n\ttype="text/html"')).toBe(
      true
    )
    expect(looksLikeWebArchive('An essay about MIME-Version: headers and multipart/related parts.')).toBe(false)
  })
})
