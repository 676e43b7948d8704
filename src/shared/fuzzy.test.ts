import { describe, expect, it } from 'vitest'
import { fuzzyFilter, fuzzyMatch } from './fuzzy'

const names = ['Import…', 'Export…', 'Compare', 'Command palette…', 'Find…', 'Zoom In', 'Keyboard Shortcuts', 'Sync Scroll']
const best = (query: string) => fuzzyFilter(query, names, (n) => n).map((r) => r.item)

describe('palette matching', () => {
  it('finds names by their letters in order, folded', () => {
    expect(fuzzyMatch('exp', 'Export…')?.at).toEqual([0, 1, 2])
    expect(fuzzyMatch('ks', 'Keyboard Shortcuts')?.at).toEqual([0, 9])
    expect(fuzzyMatch('ÉXP', 'export')).not.toBeNull()
    expect(fuzzyMatch('xq', 'Export…')).toBeNull()
    // Reaching for a later word start must not lose a name that holds the letters in order.
    expect(fuzzyMatch('invited belarusian', 'I have invited Belarusian companies to take part in the works')).not.toBeNull()
  })

  it('puts a name that starts with the query, then word starts, first', () => {
    expect(best('comm')[0]).toBe('Command palette…')
    expect(best('comp')[0]).toBe('Compare')
    expect(best('ss')[0]).toBe('Sync Scroll')
    expect(best('zi')[0]).toBe('Zoom In')
  })

  it('keeps the given order when nothing is typed', () => {
    expect(best('')).toEqual(names)
  })
})
