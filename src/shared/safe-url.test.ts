import { describe, expect, it } from 'vitest'
import { safeUrl, safeWebUrl } from './safe-url'

describe('safeUrl', () => {
  it('keeps absolute http, https and mailto URLs, normalised', () => {
    expect(safeUrl('https://example.org/a b?q=1#x')).toBe('https://example.org/a%20b?q=1#x')
    expect(safeUrl('HTTP://Example.org')).toBe('http://example.org/')
    expect(safeUrl('mailto:news@example.org?subject=Hi')).toBe('mailto:news@example.org?subject=Hi')
    expect(safeUrl('  https://example.org/  ')).toBe('https://example.org/')
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    ' \u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://example.org/file',
    'chrome://settings',
    'blob:https://example.org/uuid',
    'http://',
    'https://'
  ])('drops %j', (href) => {
    expect(safeUrl(href)).toBeUndefined()
    expect(safeUrl(href, 'https://example.org/')).toBeUndefined()
  })

  it('resolves relative URLs against a base, and drops them without one', () => {
    expect(safeUrl('/news/1', 'https://example.org/a/b')).toBe('https://example.org/news/1')
    expect(safeUrl('c?x=1', 'https://example.org/a/b')).toBe('https://example.org/a/c?x=1')
    expect(safeUrl('/news/1')).toBeUndefined()
    expect(safeUrl('#section')).toBeUndefined()
  })

  it('drops empty and overlong URLs', () => {
    expect(safeUrl('')).toBeUndefined()
    expect(safeUrl(null)).toBeUndefined()
    expect(safeUrl(`https://example.org/${'a'.repeat(2100)}`)).toBeUndefined()
  })
})

describe('safeWebUrl', () => {
  it('accepts only absolute http(s) addresses', () => {
    expect(safeWebUrl('https://example.org/a')).toBe('https://example.org/a')
    expect(safeWebUrl('mailto:a@example.org')).toBeUndefined()
    expect(safeWebUrl('javascript:alert(1)//')).toBeUndefined()
    expect(safeWebUrl('/relative')).toBeUndefined()
  })
})
