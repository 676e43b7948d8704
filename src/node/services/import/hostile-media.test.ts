// Hostile pictures, captions, alt texts and cells: what survives import is text and checked addresses,
// nothing a renderer could execute.
import { describe, expect, it } from 'vitest'
import { parseArticle } from './parse-article'
import { parseResultProblems } from './validate-parsed-article'
import type { Block } from '../../../shared/model'

const FILLER = '<p>Plain words come first, so that the article has some text of its own to read, as any page would.</p>'

function blocks(html: string, fileName = 'hostile.html'): Block[] {
  const result = parseArticle({
    bytes: Buffer.from(`<!doctype html><title>Hostile</title><article>${FILLER}${html}${FILLER}</article>`),
    fileName
  })
  expect(parseResultProblems(result)).toEqual([])
  if (!result.ok) throw new Error(result.error.message)
  return result.value.blocks
}

describe('hostile figures and tables', () => {
  it('keeps a caption as text, drops handlers, and an alt text that looks like markup (DOMPurify removes it)', () => {
    const found = blocks(
      '<figure><img src="https://pictures.example/a.png" alt="&quot;><script>window.__xss=1</script>" onerror="window.__xss=1">' +
        '<figcaption><img src=x onerror="window.__xss=1">caption <script>window.__xss=1</script></figcaption></figure>'
    ).filter((b) => b.kind === 'figure')
    expect(found).toEqual([{ kind: 'figure', text: 'caption', image: { src: 'https://pictures.example/a.png', alt: '' } }])
  })

  it('never keeps a javascript:, data:, file: or blob: picture, from src, srcset, data-src or <picture>', () => {
    const found = blocks(
      [
        '<figure><img src="javascript:window.__xss=1"><figcaption>js picture</figcaption></figure>',
        `<img src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='window.__xss=1'/>">`,
        '<img srcset="javascript:window.__xss=1 2x, data:image/svg+xml,<svg/onload=window.__xss=1> 3x">',
        '<img data-src="javascript:window.__xss=1" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">',
        '<picture><source srcset="javascript:window.__xss=1 2000w"><img src="blob:https://x.example/1"></picture>',
        '<img src="file:///etc/passwd">',
        '<img src=" java\tscript:window.__xss=1">'
      ].join('')
    )
    expect(found.filter((b) => b.kind === 'figure')).toEqual([])
    expect(found.find((b) => b.text === 'js picture')?.kind).toBe('paragraph')
  })

  it('reads a size that smuggles an attribute as no size', () => {
    const [figure] = blocks('<img src="https://pictures.example/b.png" width="1&quot; onload=&quot;window.__xss=1" height="200">').filter(
      (b) => b.kind === 'figure'
    )
    expect(figure).toEqual({ kind: 'figure', text: '', image: { src: 'https://pictures.example/b.png', alt: '', height: 200 } })
  })

  it('keeps table cells as text: tags in them are words, scripts and handlers are gone', () => {
    const [table] = blocks(
      '<table><tr><th onclick="window.__xss=1"><img src=x onerror=window.__xss=1>head</th><th>two</th></tr>' +
        '<tr><td><script>window.__xss=1</script>cell <a href="javascript:window.__xss=1">x</a></td><td>&lt;img src=x onerror=window.__xss=1&gt;</td></tr></table>'
    ).filter((b) => b.kind === 'table')
    expect(table).toMatchObject({
      rows: [
        { header: true, cells: ['head', 'two'] },
        { header: false, cells: ['cell x', '<img src=x onerror=window.__xss=1>'] }
      ]
    })
  })

  it('does not take a language that is not a name', () => {
    const [code] = blocks('<pre><code class="language-&quot;&gt;&lt;script&gt;x&lt;/script&gt;">code</code></pre>').filter(
      (b) => b.kind === 'code'
    )
    expect(code).toEqual({ kind: 'code', text: 'code' })
  })

  it('in Markdown: hostile images, titles, cells and info strings', () => {
    const md = [
      '# Hostile',
      'Plain words come first, so that the article has some text of its own to read.',
      '![<img src=x onerror=window.__xss=1>](javascript:window.__xss=1 "<script>window.__xss=1</script>")',
      '![alt" onerror="window.__xss=1](https://pictures.example/c.png "\\"><script>window.__xss=1</script>")',
      '![svg](data:image/svg+xml,%3Csvg%20onload%3Dwindow.__xss%3D1%3E)',
      '| <script>window.__xss=1</script> | [x](javascript:window.__xss=1) |\n|---|---|\n| <img src=x onerror=window.__xss=1> | ![i](javascript:window.__xss=1) |',
      '```"><script>window.__xss=1</script>\ncode\n```'
    ].join('\n\n')
    const result = parseArticle({ bytes: Buffer.from(md), fileName: 'hostile.md' })
    expect(parseResultProblems(result)).toEqual([])
    const found = result.ok ? result.value.blocks : []
    expect(found.filter((b) => b.kind === 'figure')).toEqual([
      {
        kind: 'figure',
        text: '"><script>window.__xss=1</script>',
        image: { src: 'https://pictures.example/c.png', alt: 'alt" onerror="window.__xss=1' }
      }
    ])
    expect(found.find((b) => b.kind === 'table')).toMatchObject({
      rows: [
        { header: true, cells: ['<script>window.__xss=1</script>', 'x'] },
        { header: false, cells: ['<img src=x onerror=window.__xss=1>', 'i'] }
      ]
    })
    expect(found.find((b) => b.kind === 'code')).toEqual({ kind: 'code', text: 'code' })
  })
})
