import { describe, expect, it } from 'vitest'
import { Lexicon, plainBaseText, usePlainBase } from './lexicon'
import { parseSynonyms } from './synonyms'
import { tokenize } from './tokenize'

describe('Lexicon', () => {
  it('starts from a stored base (as the command line does) exactly as from the word lists', () => {
    const sentence = 'Mr. Olsen said the harbour cranes were not idle on Sunday, however.'
    const built = new Lexicon()
    const size = built.size
    const words = tokenize(sentence, built)
    const stored = plainBaseText()
    usePlainBase(stored)
    const restored = new Lexicon()
    expect(restored.size).toBe(size)
    const again = tokenize(sentence, restored)
    expect(Array.from(again.form)).toEqual(Array.from(words.form))
    expect(Array.from(again.stem)).toEqual(Array.from(words.stem))
    for (const key of ['stemOf', 'stop', 'common'] as const)
      expect(restored[key].slice(0, restored.size)).toEqual(built[key].slice(0, built.size))
    expect([...restored.abbreviations]).toEqual([...built.abbreviations])
    expect(plainBaseText()).toBe(stored)
  })

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
