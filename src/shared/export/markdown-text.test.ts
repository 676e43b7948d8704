import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import {
  blockquoteLines,
  escapeLine,
  headingLine,
  httpUrl,
  linkDestination,
  normalizeText,
  quoteParagraphs,
  wikilinkAlias
} from './markdown-text'

const md = new MarkdownIt({ html: true })

describe('normalizeText', () => {
  it('unifies line endings, drops control characters, repairs lone surrogates', () => {
    expect(normalizeText('a\r\nb\rc\u0000d\u0007e\tf\u000Bg')).toBe('a\nb\ncde\tfg')
    expect(normalizeText('x\uD800y\uDC00z👍')).toBe('x\uFFFDy\uFFFDz👍')
  })
})

describe('escapeLine', () => {
  it('renders as the very text it was given, in markdown-it', () => {
    const texts = [
      '*a* _b_ `c` [d](e) ![f](g) <h> &amp; &#35; \\i ~~j~~ | k',
      '1. one',
      '- two',
      '> three',
      '# four',
      '+ five',
      '= six',
      '2024) year'
    ]
    for (const text of texts) {
      const tokens = md.parseInline(escapeLine(text, true), {})[0].children!
      expect(tokens.map((t) => t.type)).toEqual(['text'])
      expect(tokens[0].content).toBe(text)
    }
  })

  it('escapes Obsidian syntax: tags, wikilinks, highlights, comments, math, block ids', () => {
    expect(escapeLine('#tag [[Note]] ==hi== %%c%% $x$ ^block', false)).toBe(
      '\\#tag \\[\\[Note\\]\\] \\=\\=hi\\=\\= \\%\\%c\\%\\% \\$x\\$ \\^block'
    )
    // Single `=` and `%` mean nothing and stay readable.
    expect(escapeLine('50% a = b', false)).toBe('50% a = b')
  })

  it('escapes block syntax only where a line starts', () => {
    expect(escapeLine('- a - b', true)).toBe('\\- a - b')
    expect(escapeLine('- a - b', false)).toBe('- a - b')
    expect(escapeLine('10. May', true)).toBe('10\\. May')
  })
})

describe('quotes', () => {
  it('keep every line of every paragraph behind its > and mark a blank line with > alone', () => {
    expect(blockquoteLines('one\ntwo\n\n\n  three  ')).toEqual(['> one', '> two', '>', '> three'])
    expect(quoteParagraphs(' \n a \n\t\n')).toEqual([['a']])
    expect(blockquoteLines('  \n ')).toEqual(['>'])
  })
})

describe('headings, wikilinks and URLs', () => {
  it('put a title on one line', () => {
    expect(headingLine(1, 'A\nB # C')).toBe('# A B \\# C')
    expect(headingLine(2, ' \t ')).toBe('## Untitled')
  })

  it('keep wikilink text free of what ends a wikilink', () => {
    expect(wikilinkAlias('A [b] | c # d ^ e <f> `g` \\')).toBe('A (b) c d e f g')
  })

  it('link only http(s) URLs, percent-encoding what would end the destination', () => {
    expect(httpUrl('javascript:alert(1)')).toBeUndefined()
    expect(httpUrl('file:///etc/passwd')).toBeUndefined()
    expect(httpUrl(' https://a.example/x ')).toBe('https://a.example/x')
    expect(linkDestination('https://a.example/a b(c)<d>"e"%20ü')).toBe('https://a.example/a%20b%28c%29%3Cd%3E%22e%22%20%C3%BC')
    const link = md.parseInline(`[o](${linkDestination('https://a.example/x) [y](javascript:z')})`, {})[0].children!
    expect(link.filter((t) => t.type === 'link_open').map((t) => t.attrGet('href'))).toEqual([
      'https://a.example/x%29%20%5By%5D%28javascript:z'
    ])
  })
})
