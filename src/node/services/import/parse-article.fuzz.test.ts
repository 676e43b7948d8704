// Random and malformed input: every call returns an article or a typed failure, never throws, and every
// article is well formed (non-empty blocks, marks within their text, only safe link targets).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { displayFileName } from './import-failure'
import { parseArticle, parsePasted, type ParseResult } from './parse-article'
import { parseResultProblems } from './validate-parsed-article'

const FILE_NAMES = ['page.html', 'page.htm', 'notes.md', 'notes.markdown', 'notes.txt', 'download', 'data.bin']

function check(result: ParseResult, fileName?: string): void {
  expect(parseResultProblems(result)).toEqual([])
  if (!result.ok && fileName && displayFileName(fileName)) expect(result.error.message).toContain(`“${displayFileName(fileName)}”`)
}

function parsesCleanly(text: string | Uint8Array, fileName: string): void {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text
  let result: ParseResult | undefined
  expect(() => (result = parseArticle({ bytes, fileName }))).not.toThrow()
  check(result!, fileName)
}

const TAGS = [
  'p',
  'div',
  'span',
  'a',
  'em',
  'strong',
  'b',
  'i',
  'code',
  'pre',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h6',
  'blockquote',
  'table',
  'tr',
  'td',
  'br',
  'hr',
  'script',
  'style',
  'iframe',
  'svg',
  'math',
  'mtext',
  'mglyph',
  'object',
  'embed',
  'form',
  'button',
  'template',
  'noscript',
  'img',
  'q',
  'section',
  'article',
  'nav',
  'select',
  'textarea',
  'title',
  'base',
  'meta',
  'link',
  'html',
  'head',
  'body',
  'frameset',
  'frame',
  'plaintext',
  'xmp'
]
const ATTRS = [
  'href',
  'onclick',
  'onerror',
  'onload',
  'src',
  'srcdoc',
  'style',
  'dir',
  'lang',
  'class',
  'id',
  'xlink:href',
  'action',
  'formaction',
  'rel',
  'content',
  'property',
  'charset',
  'datetime',
  'itemprop'
]
const NASTY_VALUES = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java&#x09;script:x',
  'vbscript:x',
  'data:text/html,<script>x</script>',
  'https://example.org/a',
  '/relative/path',
  'mailto:a@b.example',
  'rtl',
  'ar',
  'canonical',
  'author',
  'og:url',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  'cookie-banner',
  'comments'
]
const TEXTS = [
  'Hello world, this is some text.',
  '&amp; &lt;script&gt; &#0; &#x110000;',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  ' ',
  '\n',
  '\u202e',
  '\u0000',
  '\ufeff',
  'مرحبا بالعالم',
  '日本語のテキスト',
  '\ud800'
]

const text = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom(...TEXTS))
const attr = fc.tuple(fc.constantFrom(...ATTRS), fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...NASTY_VALUES)))

/** Well-nested (mostly) HTML trees built from real and hostile tags. */
const { node: htmlNode } = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, text, tie('element')),
  element: fc
    .record({
      tag: fc.constantFrom(...TAGS),
      attrs: fc.array(attr, { maxLength: 3 }),
      children: fc.array(tie('node'), { maxLength: 4 }),
      close: fc.boolean()
    })
    .map(({ tag, attrs, children, close }) => {
      const attributes = attrs.map(([n, v]) => ` ${n}="${v.replace(/"/g, '&quot;')}"`).join('')
      return `<${tag}${attributes}>${children.join('')}${close ? `</${tag}>` : ''}`
    })
}))

/** Tag soup: fragments of markup in any order, as broken pages and attacks have them. */
const tagSoup = fc
  .array(
    fc.constantFrom(
      '<',
      '>',
      '</',
      '<p',
      '<a href=',
      '"',
      "'",
      '=',
      '<!--',
      '-->',
      '<script>',
      '</script>',
      '<svg onload=',
      '<math>',
      '<table>',
      '<td>',
      'javascript:',
      ' onerror=',
      'text ',
      'more words, ',
      '\n',
      '&',
      '&#',
      ';',
      '<!DOCTYPE html>',
      '<html lang=ar>',
      '<meta charset=',
      'windows-1252>'
    ),
    { maxLength: 120 }
  )
  .map((parts) => parts.join(''))

const markdownish = fc
  .array(
    fc.constantFrom(
      '#',
      '# ',
      '## ',
      '*',
      '**',
      '_',
      '`',
      '```',
      '[',
      ']',
      '(',
      ')',
      '](',
      'http://x.example/a',
      'javascript:alert(1)',
      '\n',
      '\n\n',
      '- ',
      '1. ',
      '> ',
      '|',
      '---',
      '---\n',
      ' ',
      '   ',
      '\t',
      'word',
      'words, ',
      '<b onclick=x>',
      '!',
      '\\',
      'é',
      '<',
      'title: x\n',
      'tags: [a, b]\n',
      '&amp;'
    ),
    { maxLength: 150 }
  )
  .map((parts) => parts.join(''))

// HTML goes through jsdom and Readability, some 10 ms a case; 150 cases keep the suite under a minute.
const RUNS = { numRuns: 150 }

describe('fuzz: parseArticle', () => {
  it('random bytes under any name', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom(...FILE_NAMES), (bytes, name) => parsesCleanly(bytes, name)),
      { numRuns: 400 }
    )
  })

  it('random text, including UTF-16 and lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), fc.constantFrom(...FILE_NAMES), fc.boolean(), (s, name, utf16) =>
        parsesCleanly(utf16 ? new Uint8Array(Buffer.from(`\ufeff${s}`, 'utf16le')) : s, name)
      ),
      { numRuns: 300 }
    )
  })

  it('generated HTML with hostile tags and attributes', () => {
    fc.assert(
      fc.property(fc.array(htmlNode, { maxLength: 8 }), fc.constantFrom('page.html', 'download'), (nodes, name) => {
        const html = `<!DOCTYPE html><html><head><title>T</title></head><body>${nodes.join('')}${'<p>Plenty of ordinary words, to pass the threshold of a page with text.</p>'.repeat(2)}</body></html>`
        parsesCleanly(html, name)
      }),
      RUNS
    )
  }, 120_000)

  it('tag soup, with and without enough text to be read as an article', () => {
    fc.assert(
      fc.property(tagSoup, tagSoup, fc.boolean(), fc.constantFrom('page.html', 'page.htm', 'download'), (before, after, filler, name) => {
        const words = filler ? 'Plenty of ordinary words, to pass the threshold of a page with text. '.repeat(3) : ''
        parsesCleanly(`${before}${words}${after}`, name)
      }),
      RUNS
    )
  }, 120_000)

  it('Markdown-like text', () => {
    fc.assert(
      fc.property(markdownish, fc.constantFrom('notes.md', 'notes.txt', 'download'), (md, name) => parsesCleanly(md, name)),
      { numRuns: 400 }
    )
  }, 60_000)
})

describe('fuzz: parsePasted', () => {
  it('pasted HTML and text in any combination', () => {
    fc.assert(
      fc.property(
        fc.option(fc.oneof(tagSoup, htmlNode), { nil: undefined }),
        fc.option(fc.oneof(markdownish, text), { nil: undefined }),
        (html, pasted) => {
          let result: ParseResult | undefined
          expect(() => (result = parsePasted({ html, text: pasted }))).not.toThrow()
          check(result!)
        }
      ),
      RUNS
    )
  }, 120_000)
})
