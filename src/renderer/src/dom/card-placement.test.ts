import { describe, expect, it } from 'vitest'
import { placeCard, type Rect } from './card-placement'

const rect = (top: number, bottom: number, left: number, right: number): Rect => ({ top, bottom, left, right })
const pane = rect(100, 700, 300, 800)
const line = (top: number) => rect(top, top + 30, 340, 700)

describe('placeCard', () => {
  it('goes beside the text when the margin has room', () => {
    const wide = rect(100, 700, 300, 1400)
    const place = placeCard(wide, { first: line(400), last: line(430) }, 250, rect(0, 0, 340, 900), null)
    expect(place.left).toBe(900 - 300 + 12)
    expect(place.top).toBe(300)
  })

  it('goes above the highlight, leaving the lines under it free', () => {
    const place = placeCard(pane, { first: line(450), last: line(480) }, 250, null, null)
    expect(100 + place.top + place.maxHeight).toBeLessThanOrEqual(450)
    expect(place.maxHeight).toBe(250)
  })

  it('goes below, a few lines down, when the highlight is at the top', () => {
    const place = placeCard(pane, { first: line(110), last: line(140) }, 250, null, null)
    expect(100 + place.top).toBeGreaterThanOrEqual(170 + 90)
    expect(place.maxHeight).toBe(250)
  })

  it('keeps clear of the messages below it, and squeezes to the room there is', () => {
    const messages = rect(500, 690, 200, 600)
    const place = placeCard(pane, { first: line(110), last: line(140) }, 400, null, messages)
    expect(100 + place.top + place.maxHeight).toBeLessThanOrEqual(500)
    expect(place.maxHeight).toBeGreaterThan(0)
  })
})
