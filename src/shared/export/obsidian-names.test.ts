import { describe, expect, it } from 'vitest'
import { MAX_NOTE_NAME, noteName, obsidianTag, obsidianTags, uniqueNoteNames } from './obsidian-names'

describe('Obsidian tags', () => {
  it.each([
    ['press conference', 'press-conference'],
    ['  #Karabakh ', 'Karabakh'],
    ['rock&roll', 'rock-roll'],
    ["don't", 'dont'],
    ['a  --  b', 'a-b'],
    ['reading_list', 'reading_list'],
    ['_leading and trailing_', 'leading-and-trailing'],
    ['a_-b', 'a-b'],
    ['places/Baku', 'places/Baku'],
    ['/places//Baku/', 'places/Baku'],
    ['Şuşa', 'Şuşa'],
    ['2024', 'tag-2024'],
    ['2024 05', 'tag-2024-05'],
    ['[[x]] #y ^z', 'x-y-z'],
    ['<script>', 'script']
  ])('%j → %j', (raw, tag) => {
    expect(obsidianTag(raw)).toBe(tag)
  })

  it('drops tags with nothing left, and case-duplicates', () => {
    expect(obsidianTag(' # ')).toBeUndefined()
    expect(obsidianTags(['Baku', 'baku', '!!', 'press conference', 'Press-Conference'])).toEqual(['Baku', 'press-conference'])
  })
})

describe('note names', () => {
  it('leave out what file systems and wikilinks cannot hold', () => {
    expect(noteName('Belarus: offers "help" <now>? a/b\\c | [x] #1 ^2 *`')).toBe('Belarus offers help now a b c x 1 2')
    expect(noteName('...hidden')).toBe('hidden')
    expect(noteName('trailing. ')).toBe('trailing')
    expect(noteName('CON')).toBe('CON_')
    expect(noteName('50%% off, 50% on')).toBe('50 off, 50% on')
    expect(noteName('   ')).toBe('Untitled')
    expect(noteName('a\u202Egnp.exe')).toBe('a gnp.exe')
  })

  it('are bounded in length, cut at a word when possible, never inside a surrogate pair', () => {
    expect(noteName('word '.repeat(40))).toBe('word '.repeat(16).trim())
    const emoji = noteName('👍'.repeat(200))
    expect(Array.from(emoji)).toHaveLength(MAX_NOTE_NAME)
    expect(emoji).toBe('👍'.repeat(MAX_NOTE_NAME))
  })

  it('are made unique, ignoring case, and never "index"', () => {
    expect(uniqueNoteNames(['Baku', 'baku', 'Baku?', 'Index', 'x'.repeat(100)], ['index'])).toEqual([
      'Baku',
      'baku (2)',
      'Baku (3)',
      'Index (2)',
      'x'.repeat(MAX_NOTE_NAME)
    ])
    const long = uniqueNoteNames(['x'.repeat(100), 'x'.repeat(100)])
    expect(long[1]).toBe('x'.repeat(MAX_NOTE_NAME - 4) + ' (2)')
  })
})
