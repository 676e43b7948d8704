import { describe, expect, it } from 'vitest'
import { windowTitle } from './window-title'

describe('window title', () => {
  it('names the open articles, left then right', () => {
    expect(windowTitle(['Belarus offers help', 'Statement by the President'])).toBe(
      'Belarus offers help — Statement by the President · Diptych'
    )
    expect(windowTitle([null, 'Statement'])).toBe('Statement · Diptych')
    expect(windowTitle([null, null])).toBe('Diptych')
  })

  it('keeps a long title to one short line', () => {
    const title = windowTitle(['A very long title '.repeat(10), null])
    expect(title.length).toBeLessThan(75)
    expect(title).toMatch(/…\s·\sDiptych$/)
    expect(windowTitle(['Two\nlines', null])).toBe('Two lines · Diptych')
  })
})
