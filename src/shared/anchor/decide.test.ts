import { expect, it } from 'vitest'
import { decide } from './decide'
import type { Scored } from './score'
import { confidence, positionCost } from './score'

const stored = { quote: 40, prefix: 32, suffix: 32 }
const never = () => false

function candidate(start: number, quoteErrors: number, prefixErrors: number, suffixErrors: number, distance = 0): Scored {
  const cost = quoteErrors + prefixErrors + suffixErrors + positionCost(distance)
  return { start, end: start + 40, quoteErrors, prefixErrors, suffixErrors, distance, cost }
}

it('takes the nearest place that shows the exact quote and context', () => {
  const far = candidate(5000, 0, 0, 0, 4000)
  const near = candidate(1200, 0, 0, 0, 200)
  expect(decide([far, candidate(1000, 1, 0, 0), near], stored, never)).toEqual({ accept: near })
})

it('says not-found without candidates', () => {
  expect(decide([], stored, never)).toEqual({ reject: 'not-found' })
})

it('refuses two places that fit about equally well', () => {
  expect(decide([candidate(100, 2, 1, 0), candidate(150, 2, 2, 0, 50)], stored, never)).toEqual({ reject: 'ambiguous' })
  // Farther away, the same fit is a weaker rival.
  expect(decide([candidate(100, 2, 1, 0), candidate(900, 2, 2, 0, 800)], stored, never)).toMatchObject({ accept: { start: 100 } })
})

it('does not count a twin of the best place, or the same place bounded differently, as a rival', () => {
  const best = candidate(100, 2, 1, 0)
  const same = { ...candidate(100, 3, 1, 0), end: 139 }
  expect(decide([best, same], stored, never)).toEqual({ accept: best })
  expect(decide([best, candidate(900, 2, 1, 0, 800)], stored, () => true)).toEqual({ accept: best })
})

it('refuses a place that fits clearly best but poorly', () => {
  // A quarter of the quote and context, with neither side of the context intact.
  expect(decide([candidate(100, 8, 10, 10)], stored, never)).toEqual({ reject: 'low-confidence' })
  // An edited quote whose context does not vouch for it.
  expect(decide([candidate(100, 2, 9, 9)], stored, never)).toEqual({ reject: 'low-confidence' })
})

it('lets one intact side vouch for a place whose other side was rewritten', () => {
  const c = candidate(100, 6, 0, 25)
  expect(decide([c], stored, never)).toEqual({ accept: c })
})

it('allows half the quote to differ only between an intact prefix and suffix', () => {
  const bracketed = candidate(100, 18, 0, 0)
  expect(decide([bracketed], stored, never)).toEqual({ accept: bracketed })
  expect(decide([candidate(100, 18, 0, 1)], stored, never)).toEqual({ reject: 'low-confidence' })
  expect(decide([candidate(100, 21, 0, 0)], stored, never)).toEqual({ reject: 'low-confidence' })
})

it('refuses when another reading of the text, such as a deletion, is nearly as cheap', () => {
  const c = candidate(100, 0, 3, 2)
  expect(decide([c], stored, never, [{ cost: 6, reason: 'low-confidence' }])).toEqual({ reject: 'low-confidence' })
  expect(decide([c], stored, never, [{ cost: 9, reason: 'low-confidence' }])).toEqual({ accept: c })
})

it('prices distance gently nearby and steadily beyond', () => {
  expect(positionCost(0)).toBe(0)
  expect(positionCost(256)).toBe(2)
  expect(positionCost(4096)).toBeCloseTo(8.17, 2)
  expect(positionCost(1_000_000)).toBeGreaterThan(23)
  expect(confidence(candidate(0, 0, 0, 0), 104)).toBe(1)
  expect(confidence(candidate(0, 10, 10, 10), 104)).toBeCloseTo(1 - 30 / 104, 5)
})
