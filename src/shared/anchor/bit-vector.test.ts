import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { BitPattern, anchoredDistances, reverse, scanMatchEnds } from './bit-vector'

/** The textbook dynamic programme, cell by cell: the reference the bit-vector code must agree with. */
function naiveEnds(text: string, pattern: string, maxErrors: number): { ends: number[]; errors: number[] } {
  const m = pattern.length
  let prev = Array.from({ length: m + 1 }, (_, i) => i)
  const ends: number[] = []
  const errors: number[] = []
  for (let j = 1; j <= text.length; j++) {
    const cur = [0]
    for (let i = 1; i <= m; i++) {
      const sub = prev[i - 1] + (pattern[i - 1] === text[j - 1] ? 0 : 1)
      cur[i] = Math.min(sub, prev[i] + 1, cur[i - 1] + 1)
    }
    if (cur[m] <= maxErrors) {
      ends.push(j)
      errors.push(cur[m])
    }
    prev = cur
  }
  return { ends, errors }
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1)
    }
    prev = cur
  }
  return prev[b.length]
}

// Small alphabets make near matches common, which is where the cut-off and the block hand-over matter.
const small = (max: number, min = 0) => fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: min, maxLength: max })

describe('scanMatchEnds', () => {
  it('finds an exact match and nothing else with no errors allowed', () => {
    const found = scanMatchEnds(new BitPattern('cat'), 'the cat sat', 0, 11, 0)
    expect(found).toEqual({ ends: [7], errors: [0] })
  })

  it('reports the errors of the best match ending at each offset', () => {
    const found = scanMatchEnds(new BitPattern('kitten'), 'a sitting cat', 0, 13, 2)
    const best = Math.min(...found.errors)
    expect(best).toBe(2)
    expect(found.ends[found.errors.indexOf(best)]).toBe(8)
  })

  it('only reads text between from and to', () => {
    expect(scanMatchEnds(new BitPattern('cat'), 'cat cat', 1, 7, 0).ends).toEqual([7])
  })

  it('agrees with the cell-by-cell programme for patterns up to one block', () => {
    fc.assert(
      fc.property(small(80), small(32, 1), fc.nat(12), (text, pattern, k) => {
        const found = scanMatchEnds(new BitPattern(pattern), text, 0, text.length, k)
        expect(found).toEqual(naiveEnds(text, pattern, k))
      }),
      { numRuns: 400 }
    )
  })

  it('agrees with the cell-by-cell programme for multi-block patterns, across block hand-overs', () => {
    fc.assert(
      fc.property(small(260), small(140, 33), fc.nat(70), (text, pattern, k) => {
        const found = scanMatchEnds(new BitPattern(pattern), text, 0, text.length, k)
        expect(found).toEqual(naiveEnds(text, pattern, k))
      }),
      { numRuns: 300 }
    )
  })

  it('finds a long pattern planted with a few edits in unrelated text', () => {
    fc.assert(
      fc.property(small(200), small(200), fc.string({ minLength: 40, maxLength: 120 }), (before, after, pattern) => {
        const planted = pattern.slice(0, 10) + 'XY' + pattern.slice(12)
        const text = before + planted + after
        const found = scanMatchEnds(new BitPattern(pattern), text, 0, text.length, 4)
        expect(found).toEqual(naiveEnds(text, pattern, 4))
        expect(found.ends).toContain(before.length + planted.length)
      }),
      { numRuns: 100 }
    )
  })
})

describe('anchoredDistances', () => {
  it('is the edit distance to each prefix of the text read forward', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 70 }), fc.string({ maxLength: 90 }), (pattern, text) => {
        const out = anchoredDistances(new BitPattern(pattern), text, 0, 1, text.length)
        for (let j = 0; j <= text.length; j++) expect(out[j]).toBe(levenshtein(pattern, text.slice(0, j)))
      }),
      { numRuns: 200 }
    )
  })

  it('reads backward from an offset when given the reversed pattern', () => {
    fc.assert(
      fc.property(small(50), small(60), fc.nat(60), (pattern, text, at) => {
        const from = Math.min(at, text.length)
        const out = anchoredDistances(new BitPattern(reverse(pattern)), text, from, -1, from)
        for (let j = 0; j <= from; j++) expect(out[j]).toBe(levenshtein(pattern, text.slice(from - j, from)))
      }),
      { numRuns: 200 }
    )
  })
})
