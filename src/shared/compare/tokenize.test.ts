import { describe, expect, it } from 'vitest'
import { Lexicon } from './lexicon'
import { tokenize, wordText } from './tokenize'

function words(text: string): { forms: string[]; stems: string[]; written: string[] } {
  const lexicon = new Lexicon()
  const t = tokenize(text, lexicon)
  return {
    forms: Array.from(t.form, (id) => lexicon.text(id)),
    stems: Array.from(t.stem, (id) => lexicon.text(id)),
    written: Array.from({ length: t.count }, (_, i) => wordText(text, t, i))
  }
}

describe('tokenize', () => {
  it('splits words, lowercases them and keeps their offsets', () => {
    const w = words('Belarus has expertise in urban planning, modern technologies.')
    expect(w.written).toEqual(['Belarus', 'has', 'expertise', 'in', 'urban', 'planning', 'modern', 'technologies'])
    expect(w.forms[0]).toBe('belarus')
    expect(w.stems.slice(5)).toEqual(['plan', 'modern', 'technology'])
  })

  it('drops a possessive and keeps apostrophes inside words, straight or curly', () => {
    expect(words("Azerbaijan's and Azerbaijan’s countries' don't").forms).toEqual(['azerbaijan', 'and', 'azerbaijan', 'countries', 'dont'])
  })

  it('leaves out the numbering of a list, not numbers in a sentence', () => {
    const text =
      'Members should:\n1) cover plants,\n 2. move pots and\n(3) lift tubers.\n(iv) Label them.\nb) Water less.\n2 in 5 gardens, 2.5 litres, 1994. Then'
    expect(words(text).written).toEqual(
      'Members should cover plants move pots and lift tubers Label them Water less 2 in 5 gardens 2.5 litres 1994 Then'.split(' ')
    )
  })

  it('splits hyphenated words and keeps numbers whole', () => {
    expect(words('well-paid agro-towns, 1,000 people and 3.5 percent').written).toEqual([
      'well',
      'paid',
      'agro',
      'towns',
      '1,000',
      'people',
      'and',
      '3.5',
      'percent'
    ])
  })

  it('does not take quotation marks or dashes for words', () => {
    expect(words('“Yes” – «non» — "maybe"').forms).toEqual(['yes', 'non', 'maybe'])
  })

  it('gives the same id to the same word in two texts of one lexicon', () => {
    const lexicon = new Lexicon()
    const a = tokenize('The Scale of work', lexicon)
    const b = tokenize('the scale OF WORK', lexicon)
    expect(Array.from(a.form)).toEqual(Array.from(b.form))
  })

  it('returns offsets that point at the words', () => {
    const text = '  Hello,\n\nworld… again! '
    const t = tokenize(text, new Lexicon())
    expect(Array.from({ length: t.count }, (_, i) => text.slice(t.start[i], t.end[i]))).toEqual(['Hello', 'world', 'again'])
  })
})

describe('the character classes', () => {
  it('agree with isWordCode for every UTF-16 code', async () => {
    const { INVISIBLE, isWordCode, tokenize } = await import('./tokenize')
    const { Lexicon } = await import('./lexicon')
    const wrong: number[] = []
    // One lexicon for all: a lexicon per character spent nine seconds building stem tables.
    const lexicon = new Lexicon()
    for (let c = 0; c < 0x10000; c++) {
      if (c === 39 || c === 0x2019 || c === 0x2bc || (c >= 0x300 && c < 0x370) || (c >= 0xd800 && c <= 0xdfff) || INVISIBLE.includes(c))
        continue
      const words = tokenize(`a${String.fromCharCode(c)}b`, lexicon).count
      if ((words === 1) !== isWordCode(c)) wrong.push(c)
    }
    expect(wrong.slice(0, 5)).toEqual([])
  })
})
