import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
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
  // Two independent heatwave reports share a loose paraphrase of a stock sentence (Dice about 0.39):
  // a higher minScore hides it, a lower one returns it; the default hides only what scores under
  // DEFAULT_MIN_SCORE, and a pair is never dropped for good.
  const a =
    'Temperatures climbed above 40 degrees Celsius in several southern towns on Tuesday as the heatwave entered its second week, and forecasters said there was little relief in sight.'
  const b =
    'A heatwave gripped northern Italy for a fifth day on Wednesday, with temperatures reaching 38 degrees Celsius in Milan and Bologna and forecasters predicting little relief before the weekend.'

  it('leaves out pairs under minScore and returns them with a lower one', () => {
    const all = align(a, b, { minScore: 0 })
    expect(all).toHaveLength(1)
    expect(all[0].kind).toBe('paraphrase')
    expect(align(a, b, { minScore: 0.5 })).toEqual([])
    expect(align(a, b)).toEqual(all.filter((p) => p.score >= DEFAULT_MIN_SCORE))
  })
})
