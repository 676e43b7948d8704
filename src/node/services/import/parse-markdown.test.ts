import { describe, expect, it } from 'vitest'
import type { Block } from '../../../shared/model'
import { frontMatterMeta, splitFrontMatter } from './front-matter'
import { parseMarkdown } from './parse-markdown'

const marked = (b: Block) =>
  (b.marks ?? []).map((m) => [m.kind, b.text.slice(m.start, m.end), m.kind === 'link' ? m.href : undefined].filter(Boolean))

describe('parseMarkdown', () => {
  it('makes blocks of headings, paragraphs, quotes, lists, code and tables', () => {
    const { blocks } = parseMarkdown(
      '# Title\n\nIntro\nwraps.\n\n## Part\n\n> quoted\n\n- a\n  1. a1\n- b\n\n```js\nconst x = 1\n```\n\n    indented code\n\n| h1 | h2 |\n|----|----|\n| c1 | c2 |\n\n---\n\nEnd  \nline',
      'f'
    )
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Intro wraps.' },
      { kind: 'heading', level: 2, text: 'Part' },
      { kind: 'quote', text: 'quoted' },
      { kind: 'listItem', level: 1, ordered: false, text: 'a' },
      { kind: 'listItem', level: 2, ordered: true, text: 'a1' },
      { kind: 'listItem', level: 1, ordered: false, text: 'b' },
      { kind: 'code', language: 'js', text: 'const x = 1' },
      { kind: 'code', text: 'indented code' },
      {
        kind: 'table',
        text: 'h1\th2\nc1\tc2',
        rows: [
          { header: true, cells: ['h1', 'h2'] },
          { header: false, cells: ['c1', 'c2'] }
        ]
      },
      { kind: 'paragraph', text: 'End\nline' }
    ])
  })

  it('makes figures of images: a paragraph of only an image is the figure, an image in text follows its paragraph', () => {
    const { blocks } = parseMarkdown(
      '![A bridge](img/bridge.jpg "The new bridge")\n\nSee ![map](https://x.example/m.png) here.\n\n' +
        '![x](javascript:alert(1)) ![y](data:image/svg+xml,<svg>) ![z](file:///etc/passwd)',
      'f'
    )
    expect(blocks).toEqual([
      { kind: 'figure', text: 'The new bridge', image: { src: 'img/bridge.jpg', alt: 'A bridge' } },
      { kind: 'paragraph', text: 'See here.' },
      { kind: 'figure', text: '', image: { src: 'https://x.example/m.png', alt: 'map' } }
    ])
  })

  it('reads a fence’s language from the first word of its info string, and table cells as one line each', () => {
    const { blocks } = parseMarkdown(
      '```TypeScript title="a.ts"\nlet a\n```\n\n```\nplain\n```\n\n| a `b` | ![pic](p.png) |\n|---|---|\n| **x** y | |',
      'f'
    )
    expect(blocks).toEqual([
      { kind: 'code', language: 'typescript', text: 'let a' },
      { kind: 'code', text: 'plain' },
      {
        kind: 'table',
        text: 'a b\tpic\nx y\t',
        rows: [
          { header: true, cells: ['a b', 'pic'] },
          { header: false, cells: ['x y', ''] }
        ]
      }
    ])
  })

  it('turns emphasis, strong, code and safe links into marks', () => {
    const [b] = parseMarkdown(
      '*em* **strong** `code` [site](https://x.example/) [bad](javascript:alert(1)) [rel](/a) <https://auto.example> http://bare.example www.text.example notes.md',
      'f'
    ).blocks
    expect(b.text).toBe('em strong code site bad rel https://auto.example http://bare.example www.text.example notes.md')
    expect(marked(b)).toEqual([
      ['emphasis', 'em'],
      ['strong', 'strong'],
      ['code', 'code'],
      ['link', 'site', 'https://x.example/'],
      ['link', 'https://auto.example', 'https://auto.example/'],
      ['link', 'http://bare.example', 'http://bare.example/']
    ])
  })

  it('keeps raw HTML as the literal text the author typed', () => {
    const { blocks } = parseMarkdown('Before <b onclick="x()">bold</b> after\n\n<div>\nblock html\n</div>', 'f')
    expect(blocks.map((b) => b.text)).toEqual(['Before <b onclick="x()">bold</b> after', '<div> block html </div>'])
    expect(blocks.every((b) => !b.marks)).toBe(true)
  })

  it('takes the title from the first "# heading" when there is no front matter, else the file name', () => {
    expect(parseMarkdown('Intro text.\n\n# Real title\n\nBody', 'f').meta.title).toBe('Real title')
    expect(parseMarkdown('## Only a subheading\n\nBody', 'notes').meta.title).toBe('notes')
    // A file that is nothing but its title keeps it as its text.
    expect(parseMarkdown('# Lonely', 'f').blocks).toEqual([{ kind: 'heading', level: 1, text: 'Lonely' }])
  })

  it('reads front matter into metadata and resolves relative links against its url', () => {
    const article = parseMarkdown(
      '---\ntitle: From YAML\nurl: https://site.example/post/\ndir: rtl\n---\n# Other heading\n\n[next](../next)',
      'f'
    )
    expect(article.meta).toMatchObject({ title: 'From YAML', url: 'https://site.example/post/', dir: 'rtl', format: 'markdown' })
    expect(article.blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'Other heading' })
    expect(marked(article.blocks[1])).toEqual([['link', 'next', 'https://site.example/next']])
  })
})

describe('front matter', () => {
  it('maps the keys writers and web clippers use', () => {
    const { data, body } = splitFrontMatter(
      '---\nTitle: Clipped\nauthor: "[[Jane Roe]]"\nsource: https://news.example/a\npublished: 2024-05-16\ntags:\n  - clippings\n  - "#news"\nlanguage: de\n---\nBody'
    )
    expect(body).toBe('Body')
    expect(frontMatterMeta(data!)).toEqual({
      title: 'Clipped',
      author: '[[Jane Roe]]',
      url: 'https://news.example/a',
      published: '2024-05-16',
      lang: 'de',
      tags: ['clippings', 'news']
    })
  })

  it('reads "source" as the publication when it is not a URL', () => {
    expect(frontMatterMeta(splitFrontMatter('---\nsource: The Paper\nauthors: [A, {name: B}]\ntags: a, b\n---\n').data!)).toEqual({
      source: 'The Paper',
      author: 'A, B',
      tags: ['a', 'b']
    })
  })

  it('leaves a "---" block that is not a YAML mapping to the Markdown', () => {
    expect(splitFrontMatter('---\nJust a sentence.\n---\nText').data).toBeUndefined()
    expect(splitFrontMatter('---\ntitle: [unclosed\n---\nText')).toEqual({ body: '---\ntitle: [unclosed\n---\nText' })
    expect(splitFrontMatter('---\n- a list\n---\n').data).toBeUndefined()
    expect(splitFrontMatter('No front matter').body).toBe('No front matter')
  })

  it('refuses a YAML alias bomb instead of expanding it', () => {
    const bomb =
      '---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ntitle: Boom\n---\nText'
    expect(splitFrontMatter(bomb).data).toBeUndefined()
  })
})
