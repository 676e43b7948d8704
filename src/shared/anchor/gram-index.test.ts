import { expect, it } from 'vitest'
import fc from 'fast-check'
import { GRAM, GramIndex, PieceFinder } from './gram-index'

function naive(text: string, needle: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at)
  return found
}

// A three-letter alphabet makes grams repeat and hashes collide in buckets, which lookups must sort out.
const small = (min: number, max: number) => fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: min, maxLength: max })

it('finds every occurrence of a needle of at least 8 characters, as indexOf does', () => {
  fc.assert(
    fc.property(small(0, 400), small(GRAM, 14), (text, needle) => {
      expect(new GramIndex(text).occurrences(needle)).toEqual(naive(text, needle))
    })
  )
})

it('finds needles taken from the text, including at its very end', () => {
  fc.assert(
    fc.property(small(GRAM, 300), fc.nat(), (text, at) => {
      const start = at % (text.length - GRAM + 1)
      const needle = text.slice(start, start + GRAM)
      expect(new GramIndex(text).occurrences(needle)).toEqual(naive(text, needle))
    })
  )
})

it('refuses needles shorter than a gram', () => {
  expect(() => new GramIndex('abcdefghij').occurrences('abc')).toThrow(RangeError)
})

it('PieceFinder answers the same before and after it builds its index', () => {
  const text = 'the minister said that the press said nothing. '.repeat(30) + 'and said that the ministry said'
  const finder = new PieceFinder(text)
  const needles = ['ministry', 'the minister', ' said ', 'press said', 'absent!!']
  expect(finder.rarest('said that the ministry')).toBe(-1)
  // Enough searches to make the finder switch to its index part-way through.
  for (let round = 0; round < 20; round++) {
    for (const needle of needles) expect(finder.find(needle)).toEqual(naive(text, needle))
  }
  // Indexed, it looks a piece up by its rarest gram: one touching "ministry", not "said that".
  const piece = 'said that the ministry'
  const at = finder.rarest(piece)
  expect(naive(text, piece.slice(at, at + GRAM))).toHaveLength(1)
})
