import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { align } from './align'
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
