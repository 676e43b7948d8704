import { describe, expect, it } from 'vitest'
import { findAll, fold } from './fold'

describe('folding for search and find', () => {
  it('ignores case and accents and keeps every offset', () => {
    expect(fold('Çavuşoğlu ÉTÉ')).toBe('cavusoglu ete')
    expect(fold('İstanbul').length).toBe('İstanbul'.length)
  })

  it('finds every occurrence, folded, with offsets into the text', () => {
    const text = 'Élysée talks. The elysee said: ELYSÉE.'
    expect(findAll(text, 'elysee').map((m) => text.slice(m.start, m.end))).toEqual(['Élysée', 'elysee', 'ELYSÉE'])
  })

  it('does not overlap, stops at the limit and finds nothing for an empty query', () => {
    expect(findAll('aaaa', 'aa')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 }
    ])
    expect(findAll('a a a a', 'a', 3)).toHaveLength(3)
    expect(findAll('text', '')).toEqual([])
  })

  it('never spans the blank line between two blocks', () => {
    expect(findAll('the end\n\nthe start', 'end the')).toEqual([])
  })
})
