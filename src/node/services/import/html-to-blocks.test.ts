import { describe, expect, it } from 'vitest'
import type { Block } from '../../../shared/model'
import { htmlToBlocks } from './html-to-blocks'
import { inertDocument } from './inert-dom'
import { sanitizeInPlace, wrapChildren } from './sanitize-html'

/** The walker as parse-html uses it: sanitised first. */
function blocks(html: string, base?: string): Block[] {
  const doc = inertDocument(`<!DOCTYPE html><body>${html}`)
  return htmlToBlocks(sanitizeInPlace(wrapChildren(doc.body)), base)
}

const marked = (b: Block) =>
  (b.marks ?? []).map((m) => [m.kind, b.text.slice(m.start, m.end), m.kind === 'link' ? m.href : undefined].filter(Boolean))

describe('htmlToBlocks', () => {
  it('makes headings, paragraphs, quotes and preformatted blocks', () => {
    expect(blocks('<h1>Title</h1><h3>Sub</h3><p>Text</p><blockquote><p>One</p>Loose</blockquote><pre>  a\n    b</pre>')).toEqual([
      { kind: 'heading', level: 1, text: 'Title' },
      { kind: 'heading', level: 3, text: 'Sub' },
      { kind: 'paragraph', text: 'Text' },
      { kind: 'quote', text: 'One' },
      { kind: 'quote', text: 'Loose' },
      { kind: 'preformatted', text: '  a\n    b' }
    ])
  })

  it('gives list items their depth and numbering', () => {
    const result = blocks('<ul><li>A<ol><li>A1</li><li>A2</li></ol></li><li>B</li></ul><p>after</p>')
    expect(result).toEqual([
      { kind: 'listItem', level: 1, ordered: false, text: 'A' },
      { kind: 'listItem', level: 2, ordered: true, text: 'A1' },
      { kind: 'listItem', level: 2, ordered: true, text: 'A2' },
      { kind: 'listItem', level: 1, ordered: false, text: 'B' },
      { kind: 'paragraph', text: 'after' }
    ])
  })

  it('turns inline elements into marks over the block text', () => {
    const [b] = blocks(
      '<p>A <em>b</em> <i>c</i> <strong>d</strong> <b>e</b> <code>f()</code> <kbd>g</kbd> <a href="https://x.example/">h</a></p>'
    )
    expect(b.text).toBe('A b c d e f() g h')
    expect(marked(b)).toEqual([
      ['emphasis', 'b'],
      ['emphasis', 'c'],
      ['strong', 'd'],
      ['strong', 'e'],
      ['code', 'f()'],
      ['code', 'g'],
      ['link', 'h', 'https://x.example/']
    ])
  })

  it('resolves relative links against the base and drops what is not http(s) or mailto', () => {
    const [b] = blocks(
      '<p><a href="/a">rel</a> <a href="javascript:alert(1)">js</a> <a href="mailto:x@y.example">mail</a> <a>none</a></p>',
      'https://site.example/dir/page'
    )
    expect(b.text).toBe('rel js mail none')
    expect(marked(b)).toEqual([
      ['link', 'rel', 'https://site.example/a'],
      ['link', 'mail', 'mailto:x@y.example']
    ])
  })

  it('keeps a line break as a newline and splits paragraphs at a double break', () => {
    expect(blocks('<p>line one<br>line two<br><br>next<br></p>').map((b) => b.text)).toEqual(['line one\nline two', 'next'])
  })

  it('makes a table block of a table, its header row marked', () => {
    expect(blocks('<table><tr><th>Year</th><th>Votes</th></tr><tr><td>2024</td><td>31</td></tr></table>')).toEqual([
      {
        kind: 'table',
        text: 'Year\tVotes\n2024\t31',
        rows: [
          { header: true, cells: ['Year', 'Votes'] },
          { header: false, cells: ['2024', '31'] }
        ]
      }
    ])
  })

  it('quotes <q>, puts an inline picture after its paragraph, and ends a link mark where a heading inside it begins', () => {
    const result = blocks(
      '<p>He said <q>no</q>.<img src="x.png" alt="a photo"></p><a href="https://x.example/"><h2>Linked heading</h2></a>'
    )
    expect(result[0].text).toBe('He said “no”.')
    expect(result[1]).toEqual({ kind: 'figure', text: '', image: { src: 'x.png', alt: 'a photo' } })
    expect(result[2]).toEqual({
      kind: 'heading',
      level: 2,
      text: 'Linked heading',
      marks: [{ kind: 'link', start: 0, end: 14, href: 'https://x.example/' }]
    })
  })

  it('keeps the text of nesting deeper than it walks', () => {
    const deep = `${'<span>'.repeat(450)}deep text${'</span>'.repeat(450)}`
    expect(blocks(`<p>${deep}</p>`)).toEqual([{ kind: 'paragraph', text: 'deep text' }])
  })
})
