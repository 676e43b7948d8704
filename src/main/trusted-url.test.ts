import { describe, expect, it } from 'vitest'
import { isTrustedUrl } from './trusted-url'

describe('isTrustedUrl', () => {
  it('trusts the app scheme on its own host only', () => {
    expect(isTrustedUrl('app://diptych/index.html')).toBe(true)
    expect(isTrustedUrl('app://diptych/assets/x.js')).toBe(true)
    expect(isTrustedUrl('app://evil/index.html')).toBe(false)
    expect(isTrustedUrl('app://diptych.evil/index.html')).toBe(false)
    expect(isTrustedUrl('file:///tmp/index.html')).toBe(false)
    expect(isTrustedUrl('https://diptych/index.html')).toBe(false)
    expect(isTrustedUrl('not a url')).toBe(false)
  })

  it('trusts the dev server by origin, not by prefix', () => {
    expect(isTrustedUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true)
    expect(isTrustedUrl('http://localhost:51730/', 'http://localhost:5173')).toBe(false)
    expect(isTrustedUrl('http://localhost:5173.evil.com/', 'http://localhost:5173')).toBe(false)
    expect(isTrustedUrl('http://localhost:5173/', undefined)).toBe(false)
  })
})
