import { describe, expect, it } from 'vitest'
import { safeBaseUrl, safeHref } from './safe-href'

describe('safeHref', () => {
  it('keeps absolute http, https and mailto URLs, normalised', () => {
    expect(safeHref('https://example.org/a b?q=1#x')).toBe('https://example.org/a%20b?q=1#x')
    expect(safeHref('HTTP://Example.org')).toBe('http://example.org/')
    expect(safeHref('mailto:news@example.org?subject=Hi')).toBe('mailto:news@example.org?subject=Hi')
    expect(safeHref('  https://example.org/  ')).toBe('https://example.org/')
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
    expect(safeHref(href)).toBeUndefined()
    expect(safeHref(href, 'https://example.org/')).toBeUndefined()
  })

  it('resolves relative URLs against a base, and drops them without one', () => {
    expect(safeHref('/news/1', 'https://example.org/a/b')).toBe('https://example.org/news/1')
    expect(safeHref('c?x=1', 'https://example.org/a/b')).toBe('https://example.org/a/c?x=1')
    expect(safeHref('/news/1')).toBeUndefined()
    expect(safeHref('#section')).toBeUndefined()
  })

  it('drops empty and overlong URLs', () => {
    expect(safeHref('')).toBeUndefined()
    expect(safeHref(null)).toBeUndefined()
    expect(safeHref(`https://example.org/${'a'.repeat(2100)}`)).toBeUndefined()
  })
})

describe('safeBaseUrl', () => {
  it('accepts only absolute http(s) addresses', () => {
    expect(safeBaseUrl('https://example.org/a')).toBe('https://example.org/a')
    expect(safeBaseUrl('mailto:a@example.org')).toBeUndefined()
    expect(safeBaseUrl('javascript:alert(1)//')).toBeUndefined()
    expect(safeBaseUrl('/relative')).toBeUndefined()
  })
})
