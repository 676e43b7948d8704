import { describe, expect, it } from 'vitest'
import { stem } from './stem'

function stemOf(word: string): string {
  const buf = Uint16Array.from(word, (c) => c.charCodeAt(0))
  return String.fromCharCode(...buf.subarray(0, stem(buf, word.length)))
}

describe('stem', () => {
  it.each([
    ['constructing', 'construction'],
    ['rebuild', 'rebuilding'],
    ['task', 'tasks'],
    ['technology', 'technologies'],
    ['provide', 'providing'],
    ['create', 'creation'],
    ['plan', 'planning'],
    ['invite', 'invited'],
    ['active', 'actively'],
    ['cooperate', 'cooperation']
  ])('%s and %s meet', (x, y) => {
    expect(stemOf(x)).toBe(stemOf(y))
  })

  it.each([['news'], ['only'], ['region'], ['ring'], ['this'], ['2019'], ['señor']])('leaves %s alone', (w) => {
    expect(stemOf(w)).toBe(w)
  })

  it('keeps different words apart', () => {
    expect(stemOf('plan')).not.toBe(stemOf('plane'.slice(0, 4) + 't'))
    expect(stemOf('falling')).toBe('fall')
    expect(stemOf('early')).not.toBe(stemOf('ear'))
  })
})
