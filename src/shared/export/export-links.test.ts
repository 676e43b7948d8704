import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatDeepLink, parseDeepLink } from '../deep-link'
import { articleLink, highlightLink, pairLink } from './export-links'

describe('the links an export writes', () => {
  it('are formatDeepLink’s, character for character, for any quote and context', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 60 }))
    fc.assert(
      fc.property(text, text, text, (exact, prefix, suffix) => {
        const quote = { exact, prefix, suffix }
        const written = highlightLink({ id: 'h1', articleId: 'a-1', quote }, true)
        const expected = formatDeepLink({ kind: 'highlight', articleId: 'a-1', highlightId: 'h1', ...(exact.trim() ? { quote } : {}) })
        expect(written).toBe(expected)
        expect(parseDeepLink(written!).ok).toBe(true)
      }),
      { numRuns: 1_000 }
    )
  })

  it('are left out for ids no link can carry', () => {
    const quote = { exact: 'x', prefix: '', suffix: '' }
    expect(highlightLink({ id: 'h 1', articleId: 'a', quote }, true)).toBeUndefined()
    expect(highlightLink({ id: 'h1', articleId: 'a/b', quote }, true)).toBeUndefined()
    expect(articleLink('../x')).toBeUndefined()
    expect(pairLink('a', 'b', 'l 1')).toBeUndefined()
    expect(articleLink('a1')).toBe('diptych://article/a1')
    expect(pairLink('a', 'b', 'l1')).toBe('diptych://pair/a/b/link/l1')
  })
})
