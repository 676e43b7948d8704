import { describe, expect, it } from 'vitest'
import { segmentsOf } from './segments'

describe('segmentsOf', () => {
  it('keeps plain text whole', () => {
    expect(segmentsOf({ kind: 'paragraph', text: 'Dear friends.' })).toEqual([
      { text: 'Dear friends.', emphasis: false, strong: false, code: false }
    ])
  })

  it('splits at overlapping marks and keeps every character once', () => {
    const block = {
      kind: 'paragraph' as const,
      text: 'We have to rebuild from scratch',
      marks: [
        { kind: 'emphasis' as const, start: 3, end: 18 },
        { kind: 'link' as const, start: 11, end: 31, href: 'https://example.org/' }
      ]
    }
    const segments = segmentsOf(block)
    expect(segments.map((s) => s.text).join('')).toBe(block.text)
    expect(segments.find((s) => s.text === 'rebuild')).toMatchObject({ emphasis: true, href: 'https://example.org/' })
    expect(segments.find((s) => s.text === ' from scratch')).toMatchObject({ emphasis: false, href: 'https://example.org/' })
  })

  it('ignores marks outside the text', () => {
    const segments = segmentsOf({ kind: 'paragraph', text: 'abc', marks: [{ kind: 'strong', start: 2, end: 10 }] })
    expect(segments).toEqual([{ text: 'abc', emphasis: false, strong: false, code: false }])
  })
})
