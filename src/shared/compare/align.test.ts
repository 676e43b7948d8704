import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { align } from './align'
import { quoteCheck } from './quoteCheck'
import type { AlignedPair } from './types'

const slice = (text: string, s: { start: number; end: number }): string => text.slice(s.start, s.end)

function shown(a: string, b: string, pairs: AlignedPair[]): { a: string; b: string; kind: string }[] {
  return pairs.map((p) => ({ a: slice(a, p.a), b: slice(b, p.b), kind: p.kind }))
}

const FILLER_A = 'The weather was mild for the season. Shops on the main street opened late.'
const FILLER_B = 'Trains ran on time all week. A new bakery drew long queues near the station.'

describe('align: constructed pairs', () => {
  it('finds a verbatim passage inside other text', () => {
    const quote =
      'The council has approved a forty-two million dollar flood defence plan, the largest public works project in the history of this city.'
    const a = `${FILLER_A} Ortiz said: "${quote}" Residents applauded.`
    const b = `${FILLER_B} Good evening. ${quote} Thank you.`
    expect(shown(a, b, align(a, b))).toEqual([{ a: quote.slice(0, -1), b: quote.slice(0, -1), kind: 'verbatim' }])
  })

  it('calls a passage with one word changed close', () => {
    const a = `${FILLER_A} Most of the money comes from the state resilience fund, and not one cent of it will come from new property taxes.`
    const b = `${FILLER_B} Most of the money comes from the state resilience fund, and not one dollar of it will come from new property taxes.`
    const pairs = align(a, b)
    expect(pairs).toHaveLength(1)
    expect(pairs[0].kind).toBe('close')
    expect(slice(a, pairs[0].a)).toBe(
      'Most of the money comes from the state resilience fund, and not one cent of it will come from new property taxes'
    )
    expect(slice(b, pairs[0].b)).toContain('not one dollar')
    expect(pairs[0].score).toBeGreaterThan(0.9)
    expect(pairs[0].score).toBeLessThan(1)
  })

  it('pairs each clause of a sentence whose clauses were swapped with its own counterpart', () => {
    const a = 'After the floods last spring, the minister promised that the old bridge over the river would be rebuilt within two years.'
    const b = 'The minister promised that the old bridge over the river would be rebuilt within two years, after the floods last spring.'
    expect(shown(a, b, align(a, b))).toEqual([
      { a: 'After the floods last spring', b: 'after the floods last spring', kind: 'verbatim' },
      {
        a: 'the minister promised that the old bridge over the river would be rebuilt within two years',
        b: 'The minister promised that the old bridge over the river would be rebuilt within two years',
        kind: 'verbatim'
      }
    ])
  })

  it('calls the same words in another order a paraphrase', () => {
    const a = `${FILLER_A} In essence, we have to rebuild from scratch an area larger than Lebanon, where not a single stone was left intact.`
    const b = `${FILLER_B} Not a single stone was left intact in an area larger than Lebanon, which we have to rebuild from scratch.`
    const pairs = align(a, b)
    expect(pairs.length).toBeGreaterThan(0)
    expect(pairs.every((p) => p.a.start >= FILLER_A.length && p.b.start >= FILLER_B.length)).toBe(true)
    expect(pairs.some((p) => p.kind === 'paraphrase' && slice(a, p.a).includes('rebuild from scratch'))).toBe(true)
  })

  it('finds a reworded passage and calls it a paraphrase', () => {
    const a = `${FILLER_A} Officials said the new water treatment plant will cost about 80 million dollars and should open in 2027.`
    const b = `${FILLER_B} The water treatment plant, due to open in 2027, is expected to cost roughly 80 million dollars, according to city officials.`
    const pairs = align(a, b)
    expect(pairs).toHaveLength(1)
    expect(pairs[0].kind).toBe('paraphrase')
    expect(slice(a, pairs[0].a)).toContain('water treatment plant')
    expect(slice(b, pairs[0].b)).toContain('water treatment plant')
  })

  it('gives no pair for unrelated texts that share only common words and phrases', () => {
    const a =
      'At the end of the day, the farmers in the region sold most of their wheat to one of the largest mills in the country. Prices were higher than last year.'
    const b =
      'Negotiators met at the end of the day in the region to discuss the ceasefire, one of the most difficult issues of the year. Talks will go on next week.'
    expect(align(a, b)).toEqual([])
  })

  it('pairs repeated boilerplate occurrence by occurrence', () => {
    const boilerplate =
      'Northwind Foods is a family-owned producer of frozen vegetables based in Portland, Oregon, founded in 1962 and employing more than two thousand people.'
    const a = `Northwind recalled spinach on Monday. ${boilerplate}\n\nOn Friday it recalled corn as well. ${boilerplate}`
    const b = `Sales rose in the first quarter. ${boilerplate}\n\nThe company opened a plant in Salem. ${boilerplate}`
    const pairs = align(a, b)
    expect(pairs).toHaveLength(2)
    expect(pairs.map((p) => p.kind)).toEqual(['verbatim', 'verbatim'])
    expect(pairs[0].a.start).toBeLessThan(pairs[1].a.start)
    expect(pairs[0].b.start).toBeLessThan(pairs[1].b.start)
    for (const p of pairs) expect(slice(b, p.b)).toBe(boilerplate.slice(0, -1))
  })

  it('pairs a passage quoted twice once (one to one), and the quote check still checks both quotes', () => {
    const passage = 'We cannot stop the rain, but we can decide how ready we are when it comes.'
    const a = `"${passage}" she said at the start. Later, closing the meeting, she said again: "${passage}"`
    const b = `${FILLER_B} ${passage} Thank you, and good night.`
    const pairs = align(a, b)
    expect(pairs).toHaveLength(1)
    expect(slice(b, pairs[0].b)).toBe(passage.slice(0, -1))
    const checked = quoteCheck(a, b)
    expect(checked.map((e) => e.kind)).toEqual(['verbatim', 'verbatim'])
  })

  it('finds nothing in empty or wordless texts', () => {
    expect(align('', '')).toEqual([])
    expect(align('…', 'Some words here and there.')).toEqual([])
  })
})

describe('align: what it returns', () => {
  const words = [
    'the',
    'river',
    'plan',
    'council',
    'will',
    'rebuild',
    'bridge',
    'of',
    'city',
    'water',
    'money',
    'fund',
    'state',
    'said',
    'and'
  ]
  const sentence = fc.array(fc.constantFrom(...words), { minLength: 3, maxLength: 14 }).map((w) => `${w.join(' ')}.`)
  const text = fc.array(sentence, { maxLength: 12 }).map((s) => s.join(' '))

  it('is deterministic', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(align(a, b)).toEqual(align(a, b))
      }),
      { numRuns: 50 }
    )
  })

  it('returns spans on words, in order of A, that do not overlap in A', () => {
    const isWord = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c)
    fc.assert(
      fc.property(text, text, (a, b) => {
        const pairs = align(a, b)
        for (let i = 0; i < pairs.length; i++) {
          const p = pairs[i]
          for (const [t, s] of [
            [a, p.a],
            [b, p.b]
          ] as const) {
            expect(s.start).toBeLessThan(s.end)
            expect(isWord(t[s.start]) && isWord(t[s.end - 1])).toBe(true)
            expect(isWord(t[s.start - 1]) || isWord(t[s.end])).toBe(false)
          }
          expect(p.score).toBeGreaterThanOrEqual(0)
          expect(p.score).toBeLessThanOrEqual(1)
          if (i > 0) expect(pairs[i - 1].a.end).toBeLessThanOrEqual(p.a.start)
        }
      }),
      { numRuns: 50 }
    )
  })

  it('pairs a text with itself verbatim', () => {
    const t =
      'The council approved the flood defence plan on Tuesday. Work on the embankment begins in April, and the first phase ends before winter.'
    const pairs = align(t, t)
    expect(pairs.map((p) => p.kind)).toEqual(['verbatim', 'verbatim'])
    expect(pairs.map((p) => [p.a, p.b])).toEqual(pairs.map((p) => [p.a, p.a]))
  })
})
