import { describe, expect, it } from 'vitest'
import { mapOffset } from './map-offset'
import type { AlignedPair } from './types'

const pair = (a0: number, a1: number, b0: number, b1: number): AlignedPair => ({
  a: { start: a0, end: a1 },
  b: { start: b0, end: b1 },
  kind: 'close',
  score: 0.9
})
// Two pairs, listed out of order: A[100,200) ↔ B[1000,1100), A[400,500) ↔ B[1200,1400).
const pairs = [pair(400, 500, 1200, 1400), pair(100, 200, 1000, 1100)]

describe('mapOffset', () => {
  it('maps inside a pair to the same fraction of its counterpart, both ways', () => {
    expect(mapOffset(pairs, 0, 150)).toBe(1050)
    expect(mapOffset(pairs, 0, 450)).toBe(1300)
    expect(mapOffset(pairs, 1, 1300)).toBe(450)
  })

  it('interpolates between pairs, and keeps the distance before the first and after the last', () => {
    expect(mapOffset(pairs, 0, 300)).toBe(1150)
    expect(mapOffset(pairs, 0, 50)).toBe(950)
    expect(mapOffset(pairs, 0, 600)).toBe(1500)
    expect(mapOffset(pairs, 0, 0)).toBe(900)
  })

  it('has nothing to say without pairs', () => {
    expect(mapOffset([], 0, 10)).toBeNull()
  })
})
