import { expect, it } from 'vitest'
import fc from 'fast-check'
import { occurrences } from './find-exact'

it('finds overlapping occurrences', () => {
  expect(occurrences('aaaa', 'aa')).toEqual([0, 1, 2])
})

it('finds only occurrences wholly inside the range', () => {
  expect(occurrences('cat cat cat', 'cat', 1, 10)).toEqual([4])
  expect(occurrences('cat cat cat', 'cat', 4, 11)).toEqual([4, 8])
})

it('clamps the range and finds nothing for an empty needle', () => {
  expect(occurrences('cat', 'cat', -5, 99)).toEqual([0])
  expect(occurrences('cat', '')).toEqual([])
})

it('agrees with a naive scan', () => {
  const small = (n: number) => fc.string({ unit: fc.constantFrom('a', 'b'), maxLength: n })
  fc.assert(
    fc.property(
      small(40),
      small(3).filter((s) => s.length > 0),
      fc.nat(45),
      fc.nat(45),
      (text, needle, x, y) => {
        const [from, to] = [Math.min(x, y), Math.max(x, y)]
        const naive: number[] = []
        for (let i = Math.max(0, from); i + needle.length <= Math.min(to, text.length); i++) {
          if (text.startsWith(needle, i)) naive.push(i)
        }
        expect(occurrences(text, needle, from, to)).toEqual(naive)
      }
    )
  )
})
