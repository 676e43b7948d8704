import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { CONTEXT_LENGTH, selectorsFor } from './selectors-for'

describe('selectorsFor', () => {
  it('takes the quote and 32 characters of context on each side', () => {
    const text = 'a'.repeat(40) + 'QUOTE' + 'b'.repeat(40)
    expect(selectorsFor(text, 40, 45)).toEqual({
      quote: { exact: 'QUOTE', prefix: 'a'.repeat(32), suffix: 'b'.repeat(32) },
      position: { start: 40, end: 45 }
    })
  })

  it('keeps shorter context at the edges of the text', () => {
    expect(selectorsFor('the cat sat', 4, 7).quote).toEqual({ exact: 'cat', prefix: 'the ', suffix: ' sat' })
  })

  it('does not cut a surrogate pair at either end of the context', () => {
    const emoji = '😀'
    // The prefix would start on the low half of the emoji, and the suffix end on its high half.
    const text = 'x' + emoji + 'y'.repeat(31) + 'Q' + 'z'.repeat(31) + emoji + 'w'
    const { prefix, suffix } = selectorsFor(text, 34, 35).quote
    expect(prefix).toBe('y'.repeat(31))
    expect(suffix).toBe('z'.repeat(31))
  })

  it('refuses empty, reversed, fractional or out-of-range selections', () => {
    expect(() => selectorsFor('abc', 1, 1)).toThrow(RangeError)
    expect(() => selectorsFor('abc', 2, 1)).toThrow(RangeError)
    expect(() => selectorsFor('abc', -1, 2)).toThrow(RangeError)
    expect(() => selectorsFor('abc', 0, 4)).toThrow(RangeError)
    expect(() => selectorsFor('abc', 0.5, 2)).toThrow(RangeError)
  })

  it('always yields context that ends at the quote and never exceeds the context length', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 120, unit: 'grapheme' }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % text.length
        const end = start + 1 + (b % (text.length - start))
        const { quote, position } = selectorsFor(text, start, end)
        expect(quote.exact).toBe(text.slice(start, end))
        expect(text.slice(0, start).endsWith(quote.prefix)).toBe(true)
        expect(text.slice(end).startsWith(quote.suffix)).toBe(true)
        expect(quote.prefix.length).toBeLessThanOrEqual(CONTEXT_LENGTH)
        expect(quote.suffix.length).toBeLessThanOrEqual(CONTEXT_LENGTH)
        expect(quote.prefix.length).toBeGreaterThanOrEqual(Math.min(start, CONTEXT_LENGTH - 1))
        expect(position).toEqual({ start, end })
      })
    )
  })
})
