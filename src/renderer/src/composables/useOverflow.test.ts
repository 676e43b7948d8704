import { describe, expect, it } from 'vitest'
import { fit } from './useOverflow'

const items = [
  { id: 'compare', priority: 9 },
  { id: 'tags', priority: 3 },
  { id: 'export', priority: 4 },
  { id: 'undo', priority: 8 }
]
const widths = new Map([
  ['compare', 80],
  ['tags', 100],
  ['export', 60],
  ['undo', 30]
])

describe('fit', () => {
  it('keeps every item when they all fit, without room for a More button', () => {
    expect(fit(items, widths, 4 * 8 + 270, 8, 60)).toEqual(new Set(['compare', 'tags', 'export', 'undo']))
  })
  it('drops the lowest priorities first, keeping room for the More button', () => {
    expect(fit(items, widths, 254, 8, 60)).toEqual(new Set(['compare', 'undo', 'export']))
    expect(fit(items, widths, 253, 8, 60)).toEqual(new Set(['compare', 'undo']))
    expect(fit(items, widths, 130, 8, 40)).toEqual(new Set(['compare']))
    expect(fit(items, widths, 20, 8, 40)).toEqual(new Set())
  })
})
