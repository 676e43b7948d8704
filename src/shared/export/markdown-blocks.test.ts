// The article's text as Markdown: a golden file for a text with every kind of block, and what a
// permissive viewer (markdown-it with raw HTML on) makes of it: the same cells, code and pictures, and
// nothing that the article's text could turn into markup.
import { describe, expect, it } from 'vitest'
import { tableText, type Block, type FigureBlock, type TableRow } from '../model'
import { viewer } from '../../testing/read-export'
import { blockMarkdown, blocksMarkdown } from './markdown-blocks'

const ASSET = `${'ab'.repeat(32)}.png`
const table = (rows: TableRow[]): Block => ({ kind: 'table', text: tableText(rows), rows })

const BLOCKS: Block[] = [
  { kind: 'heading', level: 2, text: 'Harbour # records' },
  { kind: 'paragraph', text: 'The register *starts* in 1900.\nA second line.' },
  {
    kind: 'figure',
    text: 'The quays as charted in 1900',
    image: { src: 'https://x.example/q.png', asset: ASSET, alt: 'Chart [old]', width: 800 }
  },
  { kind: 'figure', text: '', image: { src: 'https://x.example/lost.png', alt: 'A lost picture' } },
  { kind: 'figure', text: 'Saved file, relative address', image: { src: 'page_files/a.png', alt: '' } },
  table([
    { header: true, cells: ['Port', 'Ships | share', 'Note'] },
    { header: false, cells: ['Auckland', '23', 'back\\slash <b>bold</b>'] },
    { header: false, cells: ['Wellington', '17'] }
  ]),
  table([{ header: false, cells: ['no', 'header'] }]),
  { kind: 'code', language: 'ts', text: 'const fence = "```"\n  indented()' },
  { kind: 'code', text: 'plain' },
  { kind: 'preformatted', text: 'Roses are red,\n  violets blue' },
  { kind: 'listItem', level: 2, ordered: true, text: 'nested item' },
  { kind: 'quote', text: 'Quoted.' }
]

describe('blocksMarkdown', () => {
  it('writes every kind of block (golden file)', async () => {
    await expect(blocksMarkdown(BLOCKS)).toMatchFileSnapshot('./golden/article-text.md')
  })

  it('reads back as the same tables, code and pictures', () => {
    const html = viewer.render(blocksMarkdown(BLOCKS, { imageHref: (name) => `../library/assets/${name}` }))
    // (markdown-it drops the escaped brackets from an alt attribute; GitHub keeps them.)
    expect(html).toContain(`<img src="../library/assets/${ASSET}" alt="Chart old">`)
    expect(html).toContain('<a href="https://x.example/lost.png">original</a>')
    expect(html).toContain('<th>Ships | share</th>')
    expect(html).toContain('<td>back\\slash &lt;b&gt;bold&lt;/b&gt;</td>')
    // A table without a header row gets an empty one; its rows stay rows.
    expect(html).toMatch(/<thead>\s*<tr>\s*<th><\/th>\s*<th><\/th>\s*<\/tr>\s*<\/thead>\s*<tbody>\s*<tr>\s*<td>no<\/td>/)
    expect(html).toContain('<pre><code class="language-ts">const fence = &quot;```&quot;\n  indented()\n</code></pre>')
  })

  it('lets no alt text, caption or cell become markup', () => {
    const hostile: Block[] = [
      { kind: 'figure', text: '<img src=x onerror=alert(1)>', image: { asset: ASSET, alt: '"><script>alert(1)</script>' } },
      { kind: 'figure', text: '', image: { src: 'javascript:alert(1)', alt: '](javascript:alert(1))' } },
      table([{ header: true, cells: ['<script>alert(1)</script>', '[x](javascript:alert(1))'] }])
    ]
    const html = viewer.render(blocksMarkdown(hostile))
    expect(html).not.toMatch(/<script|<img src="x"|<img[^>]*onerror|href="javascript/i)
    expect(html).toContain('<p>&lt;img src=x onerror=alert(1)&gt;</p>')
  })
})

describe('a figure in a Markdown export', () => {
  const name = `${'a'.repeat(64)}.png`
  const figure = (image: FigureBlock['image'], text = 'The chart, in 2024.'): FigureBlock => ({ kind: 'figure', text, image })

  it('points at the copy beside the export by default, its alt text escaped', () => {
    expect(blockMarkdown(figure({ alt: 'A [red] chart', asset: name }))[0]).toBe(`![A \\[red\\] chart](assets/${name})`)
  })

  it('points wherever the export says, e.g. the library’s own copy', () => {
    const lines = blockMarkdown(figure({ alt: 'x', asset: name }), { imageHref: (n) => `file:///home/me/My Library/assets/${n}` })
    expect(lines[0]).toBe(`![x](file:///home/me/My%20Library/assets/${name})`)
  })

  it('keeps the alt text and caption of a picture that was not saved', () => {
    const lines = blockMarkdown(figure({ alt: 'A chart', src: 'https://example.org/c.png' }))
    expect(lines[0]).toContain('A chart')
    expect(lines.at(-1)).toBe('The chart, in 2024.')
  })
})
