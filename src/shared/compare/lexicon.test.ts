import { describe, expect, it } from 'vitest'
import { Lexicon } from './lexicon'
import { parseSynonyms } from './synonyms'
import { tokenize } from './tokenize'

describe('Lexicon', () => {
  it('starts every lexicon with the same word lists, and words one learns stay its own', () => {
    const first = new Lexicon()
    const size = first.size
    const words = tokenize('The harbour cranes were idle on Sunday.', first)
    expect(first.size).toBeGreaterThan(size)
    const second = new Lexicon(50_000)
    expect(second.size).toBe(size)
    const again = tokenize('The harbour cranes were idle on Sunday.', second)
    expect(Array.from(again.form)).toEqual(Array.from(words.form))
    expect(Array.from(again.stem, (id) => second.text(id))).toEqual(Array.from(words.stem, (id) => first.text(id)))
    expect(Array.from(again.form, (id) => second.stop[id])).toEqual([1, 0, 0, 1, 0, 1, 0])
  })

  it('gives the words of one synonym group one stem only in a lexicon made with that table, common words too', () => {
    const table = parseSynonyms('hous hom')
    const withTable = tokenize('house home', new Lexicon(1024, table))
    const without = tokenize('house home', new Lexicon())
    expect(withTable.stem[0]).toBe(withTable.stem[1])
    expect(without.stem[0]).not.toBe(without.stem[1])
  })
})
