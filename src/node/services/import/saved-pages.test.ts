// The fixture corpus: saved pages in the shapes publishers ship, with what each must and must not yield.
// Each parsed article is also kept as a golden file, so that any change in output shows up as a diff.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { canonicalText } from '../../../shared/model'
import { parseArticle, type ParsedArticle } from './parse-article'
import { parseResultProblems } from './validate-parsed-article'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url))

function load(name: string): ParsedArticle {
  const result = parseArticle({ bytes: fixture(name), fileName: name })
  expect(parseResultProblems(result)).toEqual([])
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
  return result.value
}

async function expectGolden(name: string, article: ParsedArticle) {
  await expect(`${JSON.stringify(article, null, 2)}\n`).toMatchFileSnapshot(`./fixtures/golden/${name}.json`)
}

/** Where the article's links point, in reading order. */
const linksIn = (article: ParsedArticle) => article.blocks.flatMap((b) => b.marks ?? []).flatMap((m) => (m.kind === 'link' ? [m.href] : []))

function expectText(article: ParsedArticle, has: string[], hasNot: string[]) {
  const text = canonicalText(article.blocks)
  for (const s of has) expect(text, `should contain ${s}`).toContain(s)
  for (const s of hasNot) expect(text, `should not contain ${s}`).not.toContain(s)
}

describe('saved pages', () => {
  it('news-json-ld.html: JSON-LD metadata, and none of the page around the story', async () => {
    const article = load('news-json-ld.html')
    expect(article.meta).toEqual({
      title: 'Council approves new footbridge over the Wend',
      author: "Maureen O'Hara-Lind, Tomasz Wierzbicki",
      source: 'Riverside Chronicle',
      published: '2024-05-16T08:30:00+01:00',
      url: 'https://www.riverside-chronicle.example/news/2024/05/16/footbridge-approved',
      lang: 'en-GB',
      dir: 'ltr',
      description: 'The £12m crossing will link the station to the old town by 2027.',
      format: 'html'
    })
    expectText(
      article,
      ['Councillors voted by 31 to 9', 'Years of debate', 'the missing link in the town', 'A six-week public exhibition'],
      [
        'Subscribe to our newsletter',
        'We use cookies',
        'Accept all',
        'Manage preferences',
        'Share on Facebook',
        'Share by email',
        'Comments (3)',
        'About time!',
        'bridge to nowhere',
        'Related stories',
        'Ferry timetable',
        'All rights reserved',
        'Skip to main content',
        'Privacy policy',
        'Breadcrumb',
        'By Maureen',
        'Post comment'
      ]
    )
    expect(article.blocks[0].text).not.toBe(article.meta.title)
    expect(article.blocks.filter((b) => b.kind === 'listItem')).toHaveLength(3)
    expect(article.blocks.find((b) => b.kind === 'quote')?.text).toMatch(/^“This is the missing link/)
    const links = linksIn(article)
    expect(links).toContain('https://www.riverside-chronicle.example/tags/halden-partners')
    expect(links).toContain('mailto:news@riverside-chronicle.example')
    await expectGolden('news-json-ld', article)
  })

  it('blog-open-graph.html: Open Graph and meta tags; no share buttons, comments or sidebar', async () => {
    const article = load('blog-open-graph.html')
    expect(article.meta).toEqual({
      title: 'Why I still keep a paper notebook',
      author: 'Ines Carvalho',
      source: 'Slow Tools',
      published: '2023-11-02T07:15:00+00:00',
      url: 'https://slowtools.example/2023/11/paper-notebook/',
      lang: 'en-US',
      dir: 'ltr',
      description: 'Notes on writing by hand in a digital decade.',
      format: 'html'
    })
    expectText(
      article,
      ['the notebook does less', 'Meetings, where a laptop lid', 'I use grep more than any other program'],
      [
        'Share this',
        'Click to share',
        'Marta K.',
        'fountain pen',
        'full text search',
        'Leave a Reply',
        'Recent Posts',
        'Proudly powered',
        'About me',
        'Posted in',
        'A blog about tools',
        'Search for'
      ]
    )
    expect(article.blocks.filter((b) => b.kind === 'listItem' && b.ordered)).toHaveLength(3)
    expect(article.blocks.find((b) => b.kind === 'code')?.text).toBe(
      'Index page, kept at the back:\n  p. 12  chapter plan\n  p. 31  interview questions'
    )
    await expectGolden('blog-open-graph', article)
  })

  it('magazine-rel-author.html: byline from rel=author, date from <time>, site from the title', async () => {
    const article = load('magazine-rel-author.html')
    expect(article.meta).toEqual({
      title: 'The last lighthouse keepers',
      author: 'Ade Okafor',
      source: 'Tidewater Quarterly',
      published: '2022-03-09',
      dir: 'ltr',
      format: 'html'
    })
    expectText(
      article,
      ['Oswin Pryce was twenty-three', 'still be talking'],
      ['Words by', 'Donate', 'Most read', 'Sign up for the Tidewater', 'registered charity']
    )
    await expectGolden('magazine-rel-author', article)
  })

  it('arabic-rtl.html: right-to-left, with its byline and furniture left out', async () => {
    const article = load('arabic-rtl.html')
    expect(article.meta).toEqual({
      title: 'افتتاح مكتبة عامة جديدة في وسط المدينة',
      author: 'ليلى حداد',
      source: 'صحيفة الواحة',
      published: '2024-02-20T10:00:00+03:00',
      url: 'https://alwaha.example/culture/2024/02/20/new-library',
      lang: 'ar',
      dir: 'rtl',
      format: 'html'
    })
    expectText(
      article,
      ['افتتحت البلدية يوم الثلاثاء', 'بيت للمدينة كلها'],
      ['اشترك في النشرة البريدية', 'شارك على فيسبوك', 'جميع الحقوق محفوظة', 'بقلم', 'الرئيسية']
    )
    expect(article.blocks.some((b) => b.kind === 'quote')).toBe(true)
    await expectGolden('arabic-rtl', article)
  })

  it('windows-1252.html: decoded by its declaration, curly quotes and accents intact', async () => {
    const bytes = fixture('windows-1252.html')
    // The fixture really is Windows-1252: “ ” é as single bytes, and not valid UTF-8.
    expect([0x93, 0x94, 0xe9].every((b) => bytes.includes(b))).toBe(true)
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    const article = load('windows-1252.html')
    expect(article.meta).toMatchObject({
      title: 'Le café du port',
      author: 'Gérard Lefèvre',
      source: 'Journal de la Côte',
      lang: 'fr',
      dir: 'ltr'
    })
    expectText(
      article,
      ['“C’est ce qu’on vient chercher ici”', 'à 1,20 €', 'habitué — “rien de nouveau.”', 'l’affaire de ses parents'],
      ['Accueil', '\u0093', '\ufffd']
    )
    await expectGolden('windows-1252', article)
  })

  it('windows-1252.txt: detected without any declaration', () => {
    const article = load('windows-1252.txt')
    expect(article.meta).toEqual({ title: 'Café notes', dir: 'ltr', format: 'text' })
    expectText(article, ['“un café” is now 1,20 € — still cheaper', 'Hélène says'], [])
  })

  it.each(['utf16le-bom.txt', 'utf16be-no-bom.txt'])('%s: UTF-16 text with its list items', (name) => {
    const bytes = fixture(name)
    expect(bytes.includes(0)).toBe(true)
    const article = load(name)
    expect(article.meta.title).toBe('Ünïcode notes')
    expectText(article, ['Greek (αβγ), Cyrillic (жизнь) and an emoji 🌊 outside'], ['\u0000', '\ufeff'])
    expect(article.blocks.slice(-2)).toEqual([
      { kind: 'listItem', level: 1, ordered: false, text: 'first item' },
      { kind: 'listItem', level: 1, ordered: false, text: 'second item' }
    ])
  })

  it('front-matter.md: front matter as metadata, first heading as title', async () => {
    const article = load('front-matter.md')
    expect(article.meta).toEqual({
      title: 'Reading slowly: a field guide',
      author: 'Hannah Lindqvist, Rafael Souza',
      source: 'Longform Example',
      published: '2021-09-14',
      url: 'https://longform.example/essays/reading-slowly',
      description: 'On rereading, marginalia and the pleasure of not finishing.',
      tags: ['reading', 'attention', 'essays'],
      dir: 'ltr',
      format: 'markdown'
    })
    expect(article.blocks[0].text).toMatch(/^Most advice about reading/)
    const hrefs = linksIn(article)
    expect(hrefs).toEqual(['https://longform.example/notes/rereading', 'https://example.org/calvino', 'https://www.example.com/slow'])
    expectText(article, ['<span onclick="alert(1)">not a tag</span>', 'and a bad link keeps its text only'], ['javascript:'])
    await expectGolden('front-matter', article)
  })

  it('app-shell.html: a page built by scripts is not an article', () => {
    const result = parseArticle({ bytes: fixture('app-shell.html'), fileName: 'app-shell.html' })
    expect(result).toMatchObject({ ok: false, error: { kind: 'import', reason: 'not-article' } })
  })

  it('photo.html: a PNG under an HTML name is refused as binary', () => {
    const result = parseArticle({ bytes: fixture('photo.html'), fileName: 'photo.html' })
    expect(result).toEqual({
      ok: false,
      error: { kind: 'import', reason: 'binary', message: '“photo.html” is not text (it looks like a PNG image).' }
    })
  })
})

describe('hostile-scripts.html', () => {
  const article = load('hostile-scripts.html')
  const everything = JSON.stringify(article)

  it('keeps the article text and its safe links', () => {
    expect(article.meta).toEqual({ title: 'Notes from the harbour market', author: 'Sam Oduya', lang: 'en', dir: 'ltr', format: 'html' })
    expectText(article, ['nodding and raising a finger', 'less than a minute', 'Few would do anything else.', 'The bell is rung again'], [])
    const hrefs = linksIn(article)
    expect(hrefs).toEqual(['https://harbour.example/market', 'mailto:market@harbour.example'])
  })

  it('lets no script, handler, frame or dangerous URL through, in text, marks or metadata', () => {
    // Every payload in the page carries "PWNED"; none may reach the output in any form.
    expect(everything).not.toMatch(/PWNED/)
    expect(everything).not.toMatch(/javascript:|vbscript:|data:/i)
    expect(everything).not.toMatch(/\bon[a-z]+\s*=/i)
    expect(everything).not.toMatch(/<\s*\/?\s*(script|iframe|svg|math|object|embed|form|img|style)/i)
    expect(article.blocks.every((b) => !b.text.includes('<'))).toBe(true)
  })

  it('matches its golden file', async () => {
    await expectGolden('hostile-scripts', article)
  })
})
