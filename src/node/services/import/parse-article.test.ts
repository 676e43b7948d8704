import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { MAX_IMPORT_BYTES, parseArticle, parsePasted, type ParseResult } from './parse-article'

const utf8 = (s: string) => new TextEncoder().encode(s)
const parse = (text: string | Uint8Array, fileName: string, maxBytes?: number) =>
  parseArticle({ bytes: typeof text === 'string' ? utf8(text) : text, fileName }, { maxBytes })
const article = (result: ParseResult) => {
  if (!result.ok) throw new Error(`expected an article, got: ${result.error.message}`)
  return result.value
}
const failure = (result: ParseResult) => {
  if (result.ok) throw new Error('expected a failure')
  return result.error
}

const PAGE = `<!DOCTYPE html><html lang="en"><head><title>A page</title></head><body><article>
<h1>A page</h1>${'<p>This paragraph has enough words, and enough commas, to look like the text of an article to Readability.</p>'.repeat(6)}
</article></body></html>`

describe('parseArticle: size, emptiness, binary', () => {
  it('has a 50 MB default limit and states the limit when a file exceeds it', () => {
    expect(MAX_IMPORT_BYTES).toBe(50 * 1024 * 1024)
    const error = failure(parse('x'.repeat(2 * 1024 * 1024 + 1), 'huge.txt', 2 * 1024 * 1024))
    expect(error).toEqual({ kind: 'import', reason: 'too-large', message: expect.stringContaining('“huge.txt”') })
    expect(error.message).toBe('“huge.txt” is larger than the 2 MB Diptych can import as one article (it is 2.0 MB).')
    expect(failure(parse('x'.repeat(3_500_000), 'big.txt', 2 * 1024 * 1024)).message).toContain('(it is 3.3 MB)')
    expect(article(parse('x'.repeat(1000), 'ok.txt', 1000)).blocks).toHaveLength(1)
  })

  it('calls empty and whitespace-only files empty', () => {
    expect(failure(parse('', 'a.txt')).reason).toBe('empty')
    expect(failure(parse(' \n\t\r\n ', 'a.md')).reason).toBe('empty')
    expect(failure(parse(new Uint8Array([0xef, 0xbb, 0xbf]), 'bom-only.txt')).reason).toBe('empty')
    expect(failure(parse('---\ntitle: Only metadata\n---\n', 'meta.md')).message).toBe('“meta.md” has no text to import.')
  })

  it('refuses binary files whatever their name, saying what they look like', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
    expect(failure(parse(png, 'photo.html'))).toEqual({
      kind: 'import',
      reason: 'binary',
      message: '“photo.html” is not text (it looks like a PNG image).'
    })
    expect(failure(parse(utf8('%PDF-1.4\n'), 'paper.txt')).message).toContain('a PDF document')
    expect(failure(parse(new Uint8Array([0x41, 0x00, 0x00, 0x7f, 0x00, 0x41, 0xff, 0x00]), 'x.md')).reason).toBe('binary')
    expect(failure(parse('\u0001\u0002\u0003\u0004 control soup \u0005\u0006', 'x.txt')).reason).toBe('binary')
  })

  it('names unsupported formats and says what to do instead', () => {
    const mhtml = 'From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html"\r\n\r\n'
    expect(failure(parse(mhtml, 'page.mhtml'))).toMatchObject({ reason: 'unsupported', message: expect.stringContaining('HTML only') })
    expect(failure(parse('{\\rtf1\\ansi Hello}', 'letter.rtf')).reason).toBe('unsupported')
  })

  it('shows only the base name of the file, without characters that reorder text', () => {
    const error = failure(parse('', 'C:\\Users\\me\\photo\u202Elmth.png'))
    expect(error.message).toBe('“photolmth.png” is empty: there is no text to import.')
  })
})

describe('parseArticle: formats', () => {
  it('reads .html as HTML, through Readability', () => {
    const result = article(parse(PAGE, 'page.html'))
    expect(result.meta).toMatchObject({ title: 'A page', lang: 'en', format: 'html' })
    expect(result.blocks.every((b) => b.kind === 'paragraph')).toBe(true)
  })

  it('takes the direction of an HTML page from its language when it declares none', () => {
    const hebrew = PAGE.replace('lang="en"', 'lang="he"')
    expect(article(parse(hebrew, 'page.html')).meta).toMatchObject({ lang: 'he', dir: 'rtl' })
  })

  it('reads a .txt holding HTML as the text it is', () => {
    const result = article(parse(PAGE, 'source.txt'))
    expect(result.meta.format).toBe('text')
    expect(result.blocks[0].text).toContain('<!DOCTYPE html>')
  })

  it('reads an .html file without any markup as plain text', () => {
    expect(article(parse('Just words.\n\nIn paragraphs.', 'plain.html')).meta.format).toBe('text')
  })

  it('sniffs files without a known extension', () => {
    expect(article(parse(PAGE, 'download')).meta.format).toBe('html')
    expect(article(parse('# Heading\n\nSome *text*.', 'notes')).meta.format).toBe('markdown')
    expect(article(parse('Some text.\n\nMore text.', 'notes.log')).meta.format).toBe('text')
  })

  it('reads Markdown nested beyond markdown-it’s limit as plain text instead of calling it empty', () => {
    const result = article(parse(`${'>'.repeat(150)} deep quote`, 'deep.md'))
    expect(result.blocks.map((b) => b.text).join(' ')).toContain('deep quote')
  })

  it('refuses pages whose text is built by scripts, or that have hardly any', () => {
    const shell = '<!DOCTYPE html><html><body><div id="root"></div><script>render("lots of text in a script")</script></body></html>'
    expect(failure(parse(shell, 'app.html'))).toMatchObject({ reason: 'not-article', message: expect.stringContaining('“app.html”') })
    expect(failure(parse('<!DOCTYPE html><title>404</title><h1>Not Found</h1><p>Sorry.</p>', '404.html')).reason).toBe('not-article')
  })

  it('refuses markup nested too deeply to parse in reasonable time', () => {
    const deep = `<!DOCTYPE html><body>${'<div>'.repeat(5000)}text${'</div>'.repeat(5000)}`
    const started = Date.now()
    expect(failure(parse(deep, 'deep.html'))).toMatchObject({ reason: 'unreadable', message: expect.stringContaining('nested too deeply') })
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('gives iframes no windows of their own: a thousand of them parse quickly', () => {
    const frames = `${PAGE.replace('</article>', `</article>${'<iframe src="about:blank"></iframe>'.repeat(1000)}`)}`
    const started = Date.now()
    expect(article(parse(frames, 'frames.html')).meta.title).toBe('A page')
    expect(Date.now() - started).toBeLessThan(4000)
  })
})

describe('parseArticle never throws', () => {
  it('turns an exception inside into an unreadable failure naming the file', () => {
    const hostile = new Proxy(new Uint8Array(10), {
      get(target, key) {
        if (key === 'length') throw new Error('boom')
        return Reflect.get(target, key)
      }
    })
    expect(failure(parseArticle({ bytes: hostile, fileName: 'trap.txt' }))).toEqual({
      kind: 'import',
      reason: 'unreadable',
      message: 'Diptych could not read “trap.txt”: something in it stopped the importer.'
    })
  })

  it('refuses input that is not bytes', () => {
    const bad = { bytes: 'not bytes' as unknown as Uint8Array, fileName: 'x.txt' }
    expect(failure(parseArticle(bad)).reason).toBe('unreadable')
    expect(failure(parseArticle(undefined as unknown as { bytes: Uint8Array; fileName: string })).reason).toBe('unreadable')
  })
})

describe('parsePasted', () => {
  it('prefers the HTML, keeping its structure, and takes a first heading as the title', () => {
    const result = article(
      parsePasted({
        text: 'Flat text',
        html: '<meta charset="utf-8"><h2>Pasted heading</h2><p>One <b>bold</b> line.</p><ul><li>item</li></ul>'
      })
    )
    expect(result.meta).toMatchObject({ title: 'Pasted heading', format: 'html' })
    expect(result.blocks).toEqual([
      { kind: 'paragraph', text: 'One bold line.', marks: [{ kind: 'strong', start: 4, end: 8 }] },
      { kind: 'listItem', level: 1, ordered: false, text: 'item' }
    ])
  })

  it('keeps a short passage that Readability would throw away', () => {
    expect(article(parsePasted({ html: '<p>Short quote.</p>' })).blocks).toEqual([{ kind: 'paragraph', text: 'Short quote.' }])
  })

  it('strips the Windows clipboard header and never keeps script', () => {
    const html =
      'Version:0.9\r\nStartHTML:00000097\r\nEndHTML:00000170\r\n<html><body><!--StartFragment--><p>Clip <a href="javascript:x()">here</a></p><script>x()</script><!--EndFragment--></body></html>'
    expect(article(parsePasted({ html })).blocks).toEqual([{ kind: 'paragraph', text: 'Clip here' }])
  })

  it('falls back to the text when the HTML has none, and reads Markdown-looking text as Markdown', () => {
    expect(article(parsePasted({ html: '<img src="x.png">', text: 'Alt text only' })).meta.format).toBe('text')
    expect(article(parsePasted({ text: '# Title\n\n**Bold** claim.' })).meta).toMatchObject({ title: 'Title', format: 'markdown' })
    expect(article(parsePasted({ text: 'Just a line.' })).meta.title).toBe('Pasted text')
  })

  it('fails with the typed failure for nothing pasted', () => {
    expect(failure(parsePasted({}))).toEqual({
      kind: 'import',
      reason: 'empty',
      message: 'The pasted text is empty: there is no text to import.'
    })
    expect(failure(parsePasted({ html: '<p> </p>' })).reason).toBe('empty')
    expect(failure(parsePasted(null as unknown as { text?: string })).reason).toBe('empty')
  })
})

describe('parseArticle: a page fetched from the web', () => {
  const linked = (base: string) =>
    PAGE.replace(
      '<h1>A page</h1>',
      `<h1>A page</h1>${base}<p>See <a href="../about">the notes about this report</a>, which say more, at length, and in detail.</p>`
    )
  const hrefs = (result: ParseResult) =>
    article(result).blocks.flatMap((b) => (b.marks ?? []).flatMap((m) => (m.kind === 'link' ? [m.href] : [])))

  it('resolves relative links against the address it came from, or its own <base> there', () => {
    const web = { url: 'https://news.example/2024/05/report' }
    expect(hrefs(parseArticle({ bytes: utf8(linked('')), fileName: 'news.example.html', web }))).toEqual([
      'https://news.example/2024/about'
    ])
    const based = linked('').replace('<title>', '<base href="/archive/x/"><title>')
    expect(hrefs(parseArticle({ bytes: utf8(based), fileName: 'news.example.html', web }))).toEqual(['https://news.example/archive/about'])
  })

  it('reads the bytes in the charset its server named', () => {
    // Without the header, bytes that are not UTF-8 and declare nothing would be read as Windows-1252.
    const bytes = iconv.encode(PAGE.replace('A page</h1>', 'A page</h1><p>Привет, это статья.</p>'), 'windows-1251')
    const text = article(parseArticle({ bytes, fileName: 'x.html', web: { url: 'https://x.example/', charset: 'windows-1251' } }))
    expect(text.blocks.map((b) => b.text).join(' ')).toContain('Привет, это статья.')
  })
})
