// The grams never rule out an article that holds a query (search would lose a hit), and do rule out
// those that cannot, however articles come and go.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ArticleGrams } from './search-grams'

// Few characters, so that queries often hit; some beyond the first 1,024 (their grams share keys) and
// one outside the Basic Multilingual Plane (two UTF-16 units).
const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'é', 'ж', '中', '文', '𝒜', '\u0000'), maxLength: 40 })

describe('the grams of articles', () => {
  it('rule out no article that holds the query, whatever was set, set again and deleted', () => {
    const step = fc.tuple(fc.nat(70), fc.option(text, { nil: null }))
    fc.assert(
      fc.property(fc.array(step, { maxLength: 200 }), fc.array(text, { maxLength: 10 }), (steps, queries) => {
        const index = new ArticleGrams()
        const texts = new Map<string, string>()
        for (const [n, t] of steps) {
          const id = `a${n}`
          if (t === null) {
            index.delete(id)
            texts.delete(id)
          } else {
            index.set(id, t)
            texts.set(id, t)
          }
        }
        const asked = [...queries, ...[...texts.values()].map((t) => t.slice(1, 5))].filter((q) => q.length >= 2)
        for (const q of asked) {
          const may = index.mayHold(q)
          for (const [id, t] of texts) if (t.includes(q)) expect(may(id), `${id} holds ${JSON.stringify(q)}`).toBe(true)
        }
      })
    )
  })

  it('keeps every gram of a long text, however the table grows while it is read', () => {
    const index = new ArticleGrams()
    const letters = 'abcdefghijklmnopqrstuvwxyzàéîõü'
    // Made-up letters, most of whose trigrams occur once: a gram missed when first met is not set later.
    let long = ''
    for (let x = 1; long.length < 5_000;) long += letters[(x = (x * 48_271) % 2_147_483_647) % letters.length]
    index.set('a', long)
    const missed = []
    for (let i = 0; i + 3 <= long.length; i++) if (!index.mayHold(long.slice(i, i + 3))('a')) missed.push(long.slice(i, i + 3))
    for (let i = 0; i + 2 <= long.length; i++) if (!index.mayHold(long.slice(i, i + 2))('a')) missed.push(long.slice(i, i + 2))
    expect(missed).toEqual([])
  })

  it('rules out the articles that cannot hold the query, beyond the first 32 and 64 of them', () => {
    const index = new ArticleGrams()
    for (let i = 0; i < 100; i++) index.set(`a${i}`, i % 10 === 7 ? `the wombat ${i}` : `the platypus ${i}`)
    const wombat = index.mayHold('wombat')
    const may = Array.from({ length: 100 }, (_, i) => wombat(`a${i}`))
    expect(may.flatMap((m, i) => (m ? [i] : []))).toEqual([7, 17, 27, 37, 47, 57, 67, 77, 87, 97])
    expect(index.mayHold('pl')('a7')).toBe(false)
    expect(index.mayHold('pl')('a8')).toBe(true)
    expect(index.mayHold('echidna')('a8')).toBe(false)
  })

  it('answers that an article set after the question may hold it, though it takes a deleted one’s place', () => {
    const index = new ArticleGrams()
    index.set('old', 'platypus')
    index.set('other', 'platypus')
    const wombat = index.mayHold('wombat')
    index.delete('old')
    index.set('new', 'a wombat')
    expect(wombat('new')).toBe(true)
    expect(wombat('other')).toBe(false)
    expect(index.mayHold('wombat')('new')).toBe(true)
    expect(index.mayHold('wombat')('other')).toBe(false)
  })

  it('answers that an article it does not hold may hold anything', () => {
    expect(new ArticleGrams().mayHold('wombat')('never-set')).toBe(true)
  })

  it('forgets what an article held when it is set again', () => {
    const index = new ArticleGrams()
    index.set('a', 'a wombat')
    index.set('a', 'a platypus')
    expect(index.mayHold('wombat')('a')).toBe(false)
    expect(index.mayHold('platypus')('a')).toBe(true)
  })
})
