import { describe, expect, it } from 'vitest'
import { clampZoom, zoomAfter, ZOOM_LIMITS } from './desktop'

describe('page zoom', () => {
  it('steps by half a level and stops at the limits', () => {
    expect(zoomAfter(0, 1)).toBe(0.5)
    expect(zoomAfter(0.5, -1)).toBe(0)
    expect(zoomAfter(ZOOM_LIMITS.max, 1)).toBe(ZOOM_LIMITS.max)
    expect(zoomAfter(ZOOM_LIMITS.min, -1)).toBe(ZOOM_LIMITS.min)
  })

  it('reads anything that is not a number as actual size', () => {
    expect(clampZoom(Number.NaN)).toBe(0)
    expect(zoomAfter(Number.NaN, 1)).toBe(0.5)
  })
})
