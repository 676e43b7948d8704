import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { heatwaveReports } from '../../testing/compare-eval/heatwaveReports'
import { align } from './align'
import { DEFAULT_MIN_SCORE } from './classify'
import type { Span } from './types'

// A reader who sees two pairs pointing at the same words of the source cannot tell which one is the
// reuse: no two pairs may claim the same characters of either text.
const SENTENCES = [
  'The council approved the flood defence plan on Tuesday after a long debate',
  'Work on the new embankment along the river begins in April',
  'Most of the money comes from the state resilience fund',
  'Residents of the lower town asked for a second pumping station',
  'The mayor said the plan was a turning point for the city',
  'Critics warned that the budget leaves nothing for repairs'
]

function overlaps(spans: Span[]): boolean {
  const sorted = [...spans].sort((x, y) => x.start - y.start)
  return sorted.some((s, i) => i > 0 && sorted[i - 1].end > s.start)
}

describe('align: one to one', () => {
  it('never lets a passage of B be claimed by two pairs when A repeats it', () => {
    const a = `${SENTENCES[4]}. Later she repeated it: "${SENTENCES[4]}." ${SENTENCES[2]}.`
    const b = `${SENTENCES[0]}. ${SENTENCES[4]}. ${SENTENCES[2]}.`
    const pairs = align(a, b)
    expect(overlaps(pairs.map((p) => p.b))).toBe(false)
    expect(overlaps(pairs.map((p) => p.a))).toBe(false)
  })

  it('never lets two pairs claim the same characters of either text', () => {
    const piece = fc.tuple(fc.constantFrom(...SENTENCES), fc.constantFrom('', 'she said that ', 'as reported, ', '"'))
    const text = fc
      .array(piece, { minLength: 1, maxLength: 8 })
      .map((ps) => ps.map(([s, lead]) => (lead === '"' ? `"${s}."` : `${lead}${s}.`)).join(' '))
    fc.assert(
      fc.property(text, text, (a, b) => {
        const pairs = align(a, b)
        expect(overlaps(pairs.map((p) => p.a))).toBe(false)
        expect(overlaps(pairs.map((p) => p.b))).toBe(false)
      }),
      { numRuns: 60 }
    )
  })
})

describe('align: weaker matches', () => {
  // Two independent heatwave reports (src/testing/compare-eval) share a loose paraphrase of a stock
  // sentence ("as the climate warms" / "as global temperatures rise"): alone in two reports, it is a
  // weaker match, hidden by default and returned when asked for; a pair is never dropped for good.
  const { textA: a, textB: b } = heatwaveReports

  it('leaves out pairs under minScore and returns them with a lower one', () => {
    const all = align(a, b, { minScore: 0 })
    expect(all.length).toBeGreaterThan(0)
    expect(all.every((p) => p.score < DEFAULT_MIN_SCORE)).toBe(true)
    expect(align(a, b)).toEqual([])
  })

  it('gives a lone passage copied whole from a one-sentence text a high score', () => {
    const sentence = 'The council approved the flood defence plan on Tuesday after a long debate about its cost.'
    const pairs = align(`“${sentence}”`, sentence)
    expect(pairs.map((p) => p.kind)).toEqual(['verbatim'])
    expect(pairs[0].score).toBeGreaterThan(0.9)
  })
})
