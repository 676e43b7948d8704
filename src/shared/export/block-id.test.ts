import { describe, expect, it } from 'vitest'
import { fnv1a32, highlightBlockId } from './block-id'

describe('highlight block ids', () => {
  it('use FNV-1a 32 (published test vectors)', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5)
    expect(fnv1a32('a')).toBe(0xe40c292c)
    expect(fnv1a32('foobar')).toBe(0xbf9cf968)
  })

  it('are h- and 8 hex digits, the same on every export', () => {
    expect(highlightBlockId('hl-aa-rebuild-from-scratch')).toBe('h-8e316078')
    expect(highlightBlockId('a')).toBe('h-e40c292c')
    // Leading zeros are kept, so the id always has 8 digits.
    expect(highlightBlockId('')).toMatch(/^h-[0-9a-f]{8}$/)
  })

  it('differ for ids that differ by one character', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `hl-${i}`)
    expect(new Set(ids.map(highlightBlockId)).size).toBe(ids.length)
  })
})
