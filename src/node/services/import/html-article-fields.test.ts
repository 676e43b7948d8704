import { describe, expect, it } from 'vitest'
import type { Block } from '../../../shared/model'
import { articleTitle, cleanByline, dropRepeatedHeader, hasLetters } from './html-article-fields'

const p = (text: string): Block => ({ kind: 'paragraph', text })

describe('articleTitle', () => {
  it('takes the first usable candidate and strips the site name from its end', () => {
    expect(articleTitle([undefined, ' ', 'Bridge approved | The Chronicle'], 'The Chronicle', [], 'file')).toEqual({
      text: 'Bridge approved',
      fromFirstBlock: false
    })
    expect(articleTitle(['Bridge approved – the chronicle'], 'The Chronicle', [], 'file').text).toBe('Bridge approved')
    // Only the site's own name is stripped: other dashes belong to the title.
    expect(articleTitle(['Left - Right - Centre'], 'The Chronicle', [], 'file').text).toBe('Left - Right - Centre')
  })

  it('falls back to a first block that reads as a title, then to the file name', () => {
    expect(articleTitle([], undefined, [{ kind: 'heading', level: 2, text: 'Heading' }, p('x')], 'file')).toEqual({
      text: 'Heading',
      fromFirstBlock: true
    })
    expect(articleTitle([], undefined, [p('A sentence, not a title.')], 'file')).toEqual({ text: 'file', fromFirstBlock: false })
  })
})

describe('byline and header blocks', () => {
  it('cleans a byline', () => {
    expect(cleanByline('  By   Jane Doe ')).toBe('Jane Doe')
    expect(cleanByline('by')).toBe('by')
    expect(cleanByline('')).toBeUndefined()
  })

  it('drops a repeated headline and a byline near the top, in any language, but not sentences', () => {
    const blocks: Block[] = [
      { kind: 'heading', level: 1, text: 'The Headline' },
      p('By Jane Doe, staff writer'),
      p('Jane Doe said the council was wrong.'),
      // Beyond the top three blocks, a name on its own line is the article's business.
      p('By Jane Doe')
    ]
    expect(dropRepeatedHeader(blocks, 'the  headline', 'Jane Doe').map((b) => b.text)).toEqual([
      'Jane Doe said the council was wrong.',
      'By Jane Doe'
    ])
    expect(dropRepeatedHeader([p('بقلم ليلى حداد'), p('Body')], 'T', 'ليلى حداد').map((b) => b.text)).toEqual(['Body'])
    expect(dropRepeatedHeader([p('An interview with the council about Jane Doe'), p('Body')], 'T', 'Jane Doe')).toHaveLength(2)
  })

  it('matches each of several authors, and keeps a page that is only its headline', () => {
    expect(dropRepeatedHeader([p('By Omar Ali'), p('Body')], 'T', 'Jane Doe, Omar Ali').map((b) => b.text)).toEqual(['Body'])
    const only: Block[] = [{ kind: 'heading', level: 1, text: 'T' }]
    expect(dropRepeatedHeader(only, 'T', undefined)).toEqual(only)
  })

  it('counts letters and digits only, up to what it needs', () => {
    expect(hasLetters('a1 ! ? — b', 3)).toBe(true)
    expect(hasLetters('!!! ??? ...', 1)).toBe(false)
  })
})
