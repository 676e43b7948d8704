import { expect, it } from 'vitest'
import fc from 'fast-check'
import { BitPattern, reverse } from './bit-vector'
import { ContextScorer } from './context'
import { approximateCandidates, bracketCandidates, mergeRanges, pieceRanges } from './find-approx'
import type { QuotePatterns } from './find-approx'

const patterns = (quote: string): QuotePatterns => ({ forward: new BitPattern(quote), backward: new BitPattern(reverse(quote)) })
const PREFIX = 'at the press conference on Monday'.slice(-32)
const SUFFIX = ', according to the agency report.'.slice(0, 32)
const QUOTE = 'the minister said the talks would resume next week'

it('finds an edited quote, bounded where its context says', () => {
  const edited = 'the minister said that the talks would resume next week'
  const text = 'Some other sentence. ' + PREFIX + edited + SUFFIX + ' More text follows here.'
  const start = text.indexOf(edited)
  const { candidates } = approximateCandidates(text, patterns(QUOTE), new ContextScorer(PREFIX, SUFFIX), [[0, text.length]], 12, [])
  expect(candidates).toEqual([{ start, end: start + edited.length, quoteErrors: 5 }])
})

it('prefers the end where the suffix follows exactly over cutting off the tail of a passage', () => {
  const inserted = 'the minister said the talks, which broke down in March over the border question, would resume next week'
  const text = PREFIX + inserted + SUFFIX
  const { candidates } = approximateCandidates(text, patterns(QUOTE), new ContextScorer(PREFIX, SUFFIX), [[0, text.length]], 60, [])
  expect(candidates[0]).toMatchObject({ start: PREFIX.length, end: PREFIX.length + inserted.length })
})

it('leaves out places at an exact copy, which are scored on their own', () => {
  const text = PREFIX + QUOTE + SUFFIX
  const ends = [PREFIX.length + QUOTE.length]
  expect(approximateCandidates(text, patterns(QUOTE), new ContextScorer(PREFIX, SUFFIX), [[0, text.length]], 10, ends).candidates).toEqual(
    []
  )
})

it('brackets a passage edited beyond the quote search by its intact context', () => {
  const rewritten = 'the minister said that the negotiations would resume within days'
  const text = 'x'.repeat(50) + PREFIX + rewritten + SUFFIX + 'y'.repeat(50)
  const start = text.indexOf(rewritten)
  const found = bracketCandidates(text, patterns(QUOTE), PREFIX, SUFFIX, [[0, text.length]], 25)
  expect(found).toHaveLength(1)
  expect(found[0]).toMatchObject({ start, end: start + rewritten.length })
  expect(bracketCandidates(text, patterns(QUOTE), PREFIX, SUFFIX, [[0, text.length]], 5)).toEqual([])
})

it('piece ranges cover every copy of the quote within the error bound (pigeonhole with a spare piece)', () => {
  const words = fc.constantFrom('the ', 'minister ', 'said ', 'talks ', 'would ', 'resume ', 'next ', 'week ', 'of ', 'a ')
  fc.assert(
    fc.property(
      fc.array(words, { minLength: 20, maxLength: 120 }).map((w) => w.join('')),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom('', 'X', 'YZ')), { maxLength: 3 }),
      fc.nat(),
      (text, edits, pick) => {
        const start = pick % (text.length - 40)
        const quote = text.slice(start, start + 40)
        let copy = quote
        for (const [at, insert] of edits) {
          const i = at % copy.length
          copy = copy.slice(0, i) + insert + copy.slice(i + 1)
        }
        const edited = text.slice(0, start) + copy + text.slice(start + 40)
        const ranges = pieceRanges(edited, quote, 3)
        expect(ranges.some(([from, to]) => from <= start && to >= start + copy.length)).toBe(true)
      }
    )
  )
})

it('merges overlapping and touching ranges', () => {
  expect(
    mergeRanges([
      [10, 20],
      [0, 5],
      [5, 8],
      [15, 30]
    ])
  ).toEqual([
    [0, 8],
    [10, 30]
  ])
})
