import { describe, expect, it } from 'vitest'
import type { AlignedPair } from '../../../shared/compare/types'
import { auc, containment, coverage, coveredVerbatim, identicalSentences } from './metrics'

describe('answer-set metrics', () => {
  it('containment counts the answer’s 3-grams found in the source', () => {
    expect(containment('the cat sat on the mat', 'the cat sat on a rug')).toBeCloseTo(2 / 4)
    expect(containment('a b', 'a b')).toBe(0)
  })

  it('AUC is the chance a positive outranks a negative, ties half', () => {
    expect(auc([0.9, 0.8], [0.1, 0.2])).toBe(1)
    expect(auc([0.5], [0.5])).toBe(0.5)
    expect(auc([0.1, 0.9], [0.5])).toBe(0.5)
  })

  it('coverage is the share of words inside pairs', () => {
    const pair: AlignedPair = { a: { start: 0, end: 7 }, b: { start: 0, end: 7 }, kind: 'verbatim', score: 1 }
    expect(coverage('one two three four', 'one two', [pair])).toBe(0.5)
  })

  it('coverage counts only the words a pair reuses, in order, each by the pair’s score', () => {
    const answer = 'The council said the new bridge will open in May next year. We went to see it.'
    const source = 'The council said its new bridge would open in May. Nothing else.'
    const close: AlignedPair = { a: { start: 0, end: 48 }, b: { start: 0, end: 49 }, kind: 'close', score: 1 }
    // "the council said new bridge open in may": 8 of the answer's 17 words; "the", "will" were changed.
    expect(coverage(answer, source, [close])).toBeCloseTo(8 / 17)
    expect(coverage(answer, source, [{ ...close, score: 0.25 }])).toBeCloseTo(2 / 17)
  })

  it('finds identical sentences through quotation marks, case and list numbers', () => {
    const source = 'The council met on Tuesday. "We will act now," she said. 1. Remove the old joints.'
    const answer = 'THE COUNCIL MET ON TUESDAY! Nothing else here at all today. “We will act now”, she said.\n1.Remove the old joints.'
    const spans = identicalSentences(answer, source).map((s) => answer.slice(s.start, s.end))
    expect(spans).toEqual(['THE COUNCIL MET ON TUESDAY', 'We will act now”, she said', '1.Remove the old joints'])
  })

  it("does not end a sentence at a name's initial", () => {
    const source = 'The model was proposed by Edgar F. Codd, a researcher at IBM, in 1970.'
    const answer = 'The model was put forward by Edgar F. Codd, a researcher at IBM, in 1970.'
    expect(identicalSentences(answer, source)).toEqual([])
  })

  it('an identical sentence is covered only when every word is in a verbatim pair', () => {
    const text = 'one two three four five'
    const whole: AlignedPair = { a: { start: 0, end: 23 }, b: { start: 0, end: 23 }, kind: 'verbatim', score: 1 }
    expect(coveredVerbatim(text, { start: 0, end: 23 }, [whole])).toBe(true)
    expect(coveredVerbatim(text, { start: 0, end: 23 }, [{ ...whole, kind: 'close' }])).toBe(false)
  })
})
