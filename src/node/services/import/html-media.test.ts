// Figures, tables and code blocks from HTML, through the same steps as a saved page: pictures settled,
// languages marked, DOMPurify, the walker.
import { describe, expect, it } from 'vitest'
import type { Block } from '../../../shared/model'
import { htmlToBlocks } from './html-to-blocks'
import { inertDocument } from './inert-dom'
import { prepareMedia } from './parse-html'
import { sanitizeInPlace, wrapChildren } from './sanitize-html'

const BASE = 'https://news.example/2024/story.html'

/** `base` null: a saved file with no address of its own. */
function blocks(html: string, base: string | null = BASE): Block[] {
  const doc = inertDocument(`<!DOCTYPE html><body>${html}`)
  prepareMedia(doc, base ?? undefined)
  return htmlToBlocks(sanitizeInPlace(wrapChildren(doc.body)), base ?? undefined)
}
const images = (html: string, base?: string | null) => blocks(html, base).flatMap((b) => (b.kind === 'figure' ? [b.image] : []))

describe('figures', () => {
  it('makes one figure of a <figure>: the caption is its text, the address resolved against the page', () => {
    expect(
      blocks(
        '<figure><img src="img/a.jpg" alt="A bridge" width="800" height="450"><figcaption>The <em>new</em> bridge</figcaption></figure>'
      )
    ).toEqual([
      {
        kind: 'figure',
        text: 'The new bridge',
        marks: [{ kind: 'emphasis', start: 4, end: 7 }],
        image: { src: 'https://news.example/2024/img/a.jpg', alt: 'A bridge', width: 800, height: 450 }
      }
    ])
  })

  it('keeps a saved file’s relative address as written, and only whole-number sizes', () => {
    expect(images('<img src="story_files/a.jpg" alt="" width="100%" height="300px">', null)).toEqual([
      { src: 'story_files/a.jpg', alt: '', height: 300 }
    ])
  })

  it('resolves lazy pictures the way reader modes do', () => {
    expect(
      images(
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/lazy.jpg">' +
          '<img src="/blank.gif" data-original="/orig.jpg">' +
          '<img srcset="/s.jpg 320w, /l.jpg 1280w, /m.jpg 640w">' +
          '<img data-srcset="/1x.jpg, /2x.jpg 2x">' +
          '<picture><source type="image/avif" srcset="/p.avif 2000w"><source srcset="/p-small.webp 400w, /p-big.webp 1600w"><img src="/p.jpg" alt="P"></picture>'
      ).map((i) => i.src?.replace('https://news.example', ''))
    ).toEqual(['/lazy.jpg', '/orig.jpg', '/l.jpg', '/2x.jpg', '/p-big.webp'])
  })

  it('takes the picture inside <noscript> in place of the placeholder beside it', () => {
    expect(images('<p>Text.</p><img class="lazy" width="600" height="400"><noscript><img src="/real.jpg"></noscript>')).toEqual([
      { src: 'https://news.example/real.jpg', alt: '', width: 600, height: 400 }
    ])
  })

  it('drops tracking pixels, icons and pictures without a usable address', () => {
    expect(
      images(
        '<img src="/pixel.gif" width="1" height="1"><img src="/icon.png" width="16" height="16"><img src="javascript:alert(1)">' +
          '<img src="data:image/svg+xml,<svg onload=alert(1)>"><img src="file:///etc/passwd"><img srcset="javascript:alert(1) 2x"><img>'
      )
    ).toEqual([])
  })

  it('puts a picture met inside a paragraph after it, and keeps a figure without a picture as text', () => {
    expect(
      blocks('<p>Before <img src="/a.jpg"> after.</p><figure><blockquote>Words</blockquote><figcaption>— Someone</figcaption></figure>')
    ).toEqual([
      { kind: 'paragraph', text: 'Before after.' },
      { kind: 'figure', text: '', image: { src: 'https://news.example/a.jpg', alt: '' } },
      { kind: 'quote', text: 'Words' },
      { kind: 'paragraph', text: '— Someone' }
    ])
  })

  it('joins a MediaWiki thumbnail and its caption into one figure', () => {
    expect(
      blocks(
        '<div class="thumb"><div class="thumbinner"><a href="/f"><img src="/k.jpg" alt="Kiwi" width="170" height="227"></a><div class="thumbcaption">A kiwi.</div></div></div>'
      )
    ).toEqual([{ kind: 'figure', text: 'A kiwi.', image: { src: 'https://news.example/k.jpg', alt: 'Kiwi', width: 170, height: 227 } }])
  })
})

describe('tables', () => {
  it('marks header rows (thead, or a row of th) and puts each cell on one line', () => {
    const [table] = blocks(
      '<table><caption>Votes</caption><thead><tr><td>Year</td><td>For</td></tr></thead>' +
        '<tbody><tr><th>2024</th><td>31\tvotes<br>(final)</td></tr><tr><td><p>a</p><p>b</p></td><td colspan="2">wide</td></tr></tbody></table>'
    ).slice(1)
    expect(table).toEqual({
      kind: 'table',
      text: 'Year\tFor\n2024\t31 votes (final)\na b\twide\t',
      rows: [
        { header: true, cells: ['Year', 'For'] },
        { header: false, cells: ['2024', '31 votes (final)'] },
        { header: false, cells: ['a b', 'wide', ''] }
      ]
    })
  })

  it('flattens a nested table into its cell, and reads a one-cell layout table as blocks', () => {
    const [outer] = blocks(
      '<table><tr><td>x</td><td><table><tr><td>in</td><td>ner</td></tr></table></td></tr><tr><td>y</td><td>z</td></tr></table>'
    )
    expect(outer.kind === 'table' && outer.rows[0].cells).toEqual(['x', 'in ner'])
    expect(blocks('<table><tr><td><h2>Title</h2><p>Body</p></td></tr></table>')).toEqual([
      { kind: 'heading', level: 2, text: 'Title' },
      { kind: 'paragraph', text: 'Body' }
    ])
  })
})

describe('code', () => {
  it('reads the language from language-, lang-, data-lang, a wrapper’s highlight-source- and brush:', () => {
    const languages = blocks(
      '<pre><code class="hljs language-TypeScript">let a</code></pre><pre class="lang-py">x = 1</pre><pre data-lang="rust">fn</pre>' +
        '<div class="highlight highlight-source-js"><pre>js()</pre></div><pre class="brush: php;">echo</pre><pre><code class="language-none">plain</code></pre>'
    ).map((b) => (b.kind === 'code' ? (b.language ?? '-') : b.kind))
    expect(languages).toEqual(['typescript', 'py', 'rust', 'js', 'php', '-'])
  })

  it('keeps indentation; a bare <pre> without <code> or language stays preformatted text', () => {
    expect(blocks('<pre><code>  if (a) {\n    b()\n  }</code></pre><pre>Roses are red,\n  violets blue</pre>')).toEqual([
      { kind: 'code', text: '  if (a) {\n    b()\n  }' },
      { kind: 'preformatted', text: 'Roses are red,\n  violets blue' }
    ])
  })
})
