import { describe, expect, it } from 'vitest'
import { excerpt, oneLine, snippet } from './search-snippet'

const at = (text: string, word: string) => {
  const start = text.indexOf(word)
  return snippet(text, start, start + word.length)
}

const LONG_BEFORE =
  'After a long morning of meetings at the palace, the two presidents said that the delegation met in Baku for two days of talks on trade, transport and the rebuilding of towns'
const ARTICLE = `${LONG_BEFORE} in Karabakh.\n\nSpecific instructions were also given today, and the work will begin at once in several districts.`

describe('a text hit’s snippet', () => {
  it('stays in the paragraph of a match at its end, without the next paragraph’s start', () => {
    const shown = at(ARTICLE, 'Karabakh')
    expect(shown).toMatch(/in Karabakh\.$/)
    expect(shown).not.toContain('Specific')
  })

  it('stays in the paragraph of a match at its start, without the previous paragraph’s end', () => {
    const shown = at(ARTICLE, 'Specific')
    expect(shown).toMatch(/^Specific instructions/)
    expect(shown).not.toContain('Karabakh')
  })

  it('gives the room the paragraph’s end leaves to what leads to the match, cut between words', () => {
    const shown = at(ARTICLE, 'Karabakh')
    expect(shown.length).toBeGreaterThan(100)
    expect(shown).toMatch(/^…\S/)
    const words = `${LONG_BEFORE} in Karabakh.`.split(' ')
    expect(words).toContain(shown.slice(1).split(' ')[0])
  })

  it('marks with an ellipsis only where the paragraph goes on', () => {
    const short = 'Dear guests.\n\nDear friends.\n\nToday, we are welcoming a dear guest.'
    expect(at(short, 'friends')).toBe('Dear friends.')
    const long = `${'word '.repeat(40)}match${' more'.repeat(40)}`
    const shown = at(long, 'match')
    expect(shown.startsWith('…') && shown.endsWith('…')).toBe(true)
  })

  it('is one line: a break inside a paragraph (a table’s rows) reads as a space', () => {
    expect(at('Year\tTonnes\n2023\t12\n2024\t15', 'Tonnes')).toBe('Year Tonnes 2023 12 2024 15')
  })

  it('shows the match itself whole, even when it is longer than the context', () => {
    const word = 'x'.repeat(300)
    expect(at(`a ${word} b`, word)).toContain(word)
  })
})

describe('a quote’s or a note’s excerpt', () => {
  it('shows a paragraph break as a pilcrow, on one line', () => {
    expect(excerpt('the end of one.\n\nThe start of the next.')).toBe('the end of one. ¶ The start of the next.')
    expect(oneLine('a \n \n  b\nc')).toBe('a ¶ b c')
  })

  it('keeps to 200 characters', () => {
    expect(excerpt('a'.repeat(500))).toHaveLength(200)
  })
})
