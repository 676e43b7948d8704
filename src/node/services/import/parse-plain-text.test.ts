import { describe, expect, it } from 'vitest'
import { parsePlainText, plainTextBlocks } from './parse-plain-text'

describe('plainTextBlocks', () => {
  it('makes paragraphs at blank lines and joins the lines inside them', () => {
    expect(plainTextBlocks('First line\nsame paragraph.\n\n  \t\nSecond\r\nparagraph.\r\n')).toEqual([
      { kind: 'paragraph', text: 'First line same paragraph.' },
      { kind: 'paragraph', text: 'Second paragraph.' }
    ])
  })

  it('keeps list-looking lines as list items, with nesting and numbering', () => {
    const text = 'Things to do:\n- buy milk\n  - semi-skimmed\n  wrapped line\n- call Ana\n1. first\n2) second\n• bullet'
    expect(plainTextBlocks(text)).toEqual([
      { kind: 'paragraph', text: 'Things to do:' },
      { kind: 'listItem', level: 1, ordered: false, text: 'buy milk' },
      { kind: 'listItem', level: 2, ordered: false, text: 'semi-skimmed wrapped line' },
      { kind: 'listItem', level: 1, ordered: false, text: 'call Ana' },
      { kind: 'listItem', level: 1, ordered: true, text: 'first' },
      { kind: 'listItem', level: 1, ordered: true, text: 'second' },
      { kind: 'listItem', level: 1, ordered: false, text: 'bullet' }
    ])
  })

  it('does not take dashes inside sentences, years or em-dash dialogue for lists', () => {
    expect(plainTextBlocks('Well - not quite.\n2024. A year.\n— Who is there?').map((b) => b.kind)).toEqual(['paragraph'])
  })

  it('reads "> " lines as a quotation and drops rules and ornaments', () => {
    expect(plainTextBlocks('> quoted line\n> and more\n\n* * *\n\n-----\nAfter the rule')).toEqual([
      { kind: 'quote', text: 'quoted line and more' },
      { kind: 'paragraph', text: 'After the rule' }
    ])
  })

  it('treats a form feed as a paragraph break and removes control characters', () => {
    expect(plainTextBlocks('Page one\fPage\u0007 two').map((b) => b.text)).toEqual(['Page one', 'Page two'])
  })
})

describe('parsePlainText', () => {
  it('takes a short first line as the title and leaves it out of the blocks', () => {
    const article = parsePlainText('Belarus offers help\n\nThe president said on Thursday that...', 'file-name')
    expect(article.meta).toEqual({ title: 'Belarus offers help', dir: 'ltr', format: 'text' })
    expect(article.blocks.map((b) => b.text)).toEqual(['The president said on Thursday that...'])
  })

  it('accepts a title underlined with "=====" or ending with a question mark', () => {
    expect(parsePlainText('Is coffee good for you?\n\nMaybe.', 'f').meta.title).toBe('Is coffee good for you?')
    expect(parsePlainText('A Title\n=======\n\nBody text here.', 'f').meta.title).toBe('A Title')
  })

  it('uses the file name when the first line is a sentence, a list item, too long, or all there is', () => {
    expect(parsePlainText('This is a sentence.\n\nMore.', 'notes').meta.title).toBe('notes')
    expect(parsePlainText('- item one\n\nMore.', 'notes').meta.title).toBe('notes')
    expect(parsePlainText(`${'word '.repeat(40)}\n\nMore.`, 'notes').meta.title).toBe('notes')
    expect(parsePlainText('Two short\nlines joined\n\nMore.', 'notes').meta.title).toBe('notes')
    const single = parsePlainText('Only line', 'notes')
    expect(single.meta.title).toBe('notes')
    expect(single.blocks).toEqual([{ kind: 'paragraph', text: 'Only line' }])
  })

  it('sets the direction from the letters', () => {
    expect(parsePlainText('כותרת\n\nזהו טקסט בעברית, עם כמה מילים.', 'f').meta.dir).toBe('rtl')
  })
})
