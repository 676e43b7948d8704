import fc from 'fast-check'
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

  it('goes below, whole, when only below has room for all of it, however much room above', () => {
    // 140px above: a card of 250 put there showed its head and quote, not its note field.
    const place = placeCard(pane, { first: line(250), last: line(280) }, 250, null, null)
    expect(100 + place.top).toBeGreaterThanOrEqual(310)
    expect(place.maxHeight).toBe(250)
  })

  it('beside a long highlight with no room above or below, shows whole over its first lines, its last line clear', () => {
    for (const top of [150, 250]) {
      const place = placeCard(pane, { first: line(top), last: line(640) }, 420, null, null)
      expect(place.maxHeight).toBe(420)
      expect(place.top).toBeGreaterThanOrEqual(8)
      expect(100 + place.top + place.maxHeight).toBeLessThanOrEqual(640)
    }
  })

  it('over a long highlight, covers the less of it: its last lines when there is more room below it', () => {
    const place = placeCard(pane, { first: line(150), last: line(500) }, 360, null, null)
    expect(place.maxHeight).toBe(360)
    expect(100 + place.top).toBeGreaterThanOrEqual(180 + 10)
    expect(100 + place.top + place.maxHeight).toBeLessThanOrEqual(700)
  })

  it('stays in the pane beside a highlight that runs past its top or its bottom', () => {
    for (const [first, last] of [
      [40, 660],
      [300, 900],
      [-200, 900]
    ]) {
      const place = placeCard(pane, { first: line(first), last: line(last) }, 300, null, null)
      expect(place.top).toBeGreaterThanOrEqual(8)
      expect(place.top + place.maxHeight).toBeLessThanOrEqual(600 - 8)
      expect(place.maxHeight).toBe(300)
    }
  })

  it('squeezed only in a pane too small for it, and then never over a one-line highlight', () => {
    const small = rect(100, 400, 300, 800)
    const place = placeCard(small, { first: line(240), last: line(240) }, 360, null, null)
    expect(place.maxHeight).toBeLessThan(360)
    const bottom = 100 + place.top + place.maxHeight
    expect(bottom <= 240 || 100 + place.top >= 270).toBe(true)
  })

  it('is inside the pane, and covers no highlight when the card fits above or below it', () => {
    const lineAt = fc.integer({ min: -300, max: 1000 })
    fc.assert(
      fc.property(lineAt, lineAt, fc.integer({ min: 40, max: 900 }), (a, b, natural) => {
        const [first, last] = [Math.min(a, b), Math.max(a, b)]
        const place = placeCard(pane, { first: line(first), last: line(last) }, natural, null, null)
        expect(place.top).toBeGreaterThanOrEqual(8)
        expect(place.top + place.maxHeight).toBeLessThanOrEqual(592)
        const [top, bottom] = [100 + place.top, 100 + place.top + place.maxHeight]
        const clear = bottom <= Math.max(first, 100) || top >= Math.min(last + 30, 700)
        const room = Math.max(first - 100 - 18, 592 - (Math.min(last + 30, 700) - 100) - 10)
        if (natural <= room) expect(clear).toBe(true)
        expect(place.maxHeight).toBeLessThanOrEqual(natural)
      })
    )
  })
})
