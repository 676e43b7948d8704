// Reads exported Markdown back with markdown-it (HTML enabled, as the most permissive viewer would) and
// yaml: the fixture round-trips, and for any quote, note, title or tag the structure holds.

import fc from 'fast-check'
import MarkdownIt, { type Token } from 'markdown-it'
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { HIGHLIGHT_COLORS, LINK_RELATIONS, type ArticleMeta, type Highlight, type Link } from '../model'
import { highlightBlockId } from './block-id'
import { createLinkResolver, type ExportArticle, type MarkdownExportOptions } from './export-types'
import { anadolu, links, readingOrder, trend } from './golden/press-conference.fixture'
import { exportArticleMarkdown, exportPairMarkdown } from './markdown-article'
import { normalizeText } from './markdown-text'
import { noteName, obsidianTags } from './obsidian-names'

const viewer = new MarkdownIt({ html: true })
/** How Diptych shows a note: CommonMark without raw HTML. */
const diptych = new MarkdownIt({ html: false })

interface ReadHighlight {
  quote: string
  /** Token types found inside the quote's paragraphs, to prove nothing but text came out. */
  quoteTokenTypes: Set<string>
  blockId: string
  color: string
  tags: string[]
  linkLines: string[]
  noteHtml: string
}

interface ReadDocument {
  frontMatter: Record<string, unknown>
  headings: string[]
  highlights: ReadHighlight[]
  tokens: Token[]
}

function inlineText(token: Token, types?: Set<string>): string {
  return (token.children ?? [])
    .map((child) => {
      types?.add(child.type)
      return child.type === 'softbreak' || child.type === 'hardbreak' ? '\n' : child.content
    })
    .join('')
}

/** Splits off the front matter, then walks the top-level tokens as the layout describes them. */
function readExport(markdown: string): ReadDocument {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown)
  if (!match) throw new Error('no front matter')
  const env: { references?: Record<string, unknown> } = {}
  const tokens = viewer.parse(markdown.slice(match[0].length), env)
  // A link reference definition would act on the whole document: there must be none.
  expect(env.references ?? {}).toEqual({})
  const top = tokens.filter((token) => token.level === 0)
  const headings: string[] = []
  const highlights: ReadHighlight[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (token.level !== 0) continue
    if (token.type === 'heading_open') headings.push(`${token.tag} ${inlineText(tokens[i + 1])}`)
    if (token.type !== 'blockquote_open') continue
    const close = tokens.findIndex((t, j) => j > i && t.type === 'blockquote_close' && t.level === 0)
    const types = new Set<string>()
    const paragraphs = tokens
      .slice(i, close)
      .filter((t) => t.type === 'inline')
      .map((t) => inlineText(t, types))
    // After the quote: the block id paragraph, the meta paragraph, then the note up to the next quote or heading.
    const blockId = inlineText(tokens[close + 2])
    const meta = inlineText(tokens[close + 5]).split('\n')
    const [color, ...tags] = meta[0].split(' ').filter((word) => word !== '·')
    let end = close + 7
    while (end < tokens.length && !(tokens[end].level === 0 && /^(blockquote|heading)_open$/.test(tokens[end].type))) end++
    const noteHtml = viewer.renderer.render(tokens.slice(close + 7, end), viewer.options, {})
    highlights.push({ quote: paragraphs.join('\n\n'), quoteTokenTypes: types, blockId, color, tags, linkLines: meta.slice(1), noteHtml })
    i = end - 1
  }
  expect(top.length).toBeGreaterThan(0)
  return { frontMatter: YAML.parse(match[1]) as Record<string, unknown>, headings, highlights, tokens }
}

describe('the fixture, read back from the token stream', () => {
  const byId = new Map([...anadolu.highlights, ...trend.highlights].map((h) => [h.id, h]))

  it('recovers every quote, note, tag and block id of the report', () => {
    const read = readExport(exportArticleMarkdown(anadolu, readingOrder, links))
    expect(read.headings).toEqual([`h1 ${anadolu.meta.title}`, 'h2 Highlights', 'h2 Orphaned highlights'])
    const expected = ['hl-aa-lukashenko-offer', 'hl-aa-rebuild-from-scratch', 'hl-aa-urban-planning'].map((id) => byId.get(id)!)
    expect(read.highlights.map((h) => h.quote)).toEqual(expected.map((h) => h.quote.exact))
    expect(read.highlights.map((h) => h.blockId)).toEqual(expected.map((h) => '^' + highlightBlockId(h.id)))
    expect(read.highlights.map((h) => h.tags)).toEqual(expected.map((h) => obsidianTags(h.tags).map((t) => '#' + t)))
    expect(read.highlights.map((h) => h.color)).toEqual(expected.map((h) => h.color))
    // The note renders in the export exactly as Diptych renders it on its own.
    expect(read.highlights.map((h) => h.noteHtml)).toEqual(expected.map((h) => diptych.render(h.note)))
    expect(read.frontMatter).toMatchObject({ title: anadolu.meta.title, tags: ['Karabakh', 'press-conference'], highlights: 3 })
  })

  it('writes the paraphrase link from both ends, pointing at the other note and block', () => {
    const report = readExport(exportArticleMarkdown(anadolu, readingOrder, links))
    const statement = readExport(exportArticleMarkdown(trend, readingOrder, links))
    expect(report.highlights[1].linkLines).toEqual([
      `→ paraphrases [[${noteName(trend.meta.title)}#^${highlightBlockId('hl-tr-rebuild-from-scratch')}|${trend.meta.title}]]`
    ])
    expect(statement.highlights[0].linkLines).toEqual([
      `← paraphrased in [[${noteName(anadolu.meta.title)}#^${highlightBlockId('hl-aa-rebuild-from-scratch')}|${anadolu.meta.title}]]`
    ])
  })

  it('keeps the links of a pair inside its one file', () => {
    const read = readExport(exportPairMarkdown(anadolu, trend, readingOrder, links))
    expect(read.headings.filter((h) => h.startsWith('h1 '))).toEqual([`h1 ${anadolu.meta.title}`, `h1 ${trend.meta.title}`])
    const lines = read.highlights.flatMap((h) => h.linkLines)
    expect(lines).toEqual([
      `→ paraphrases [[#^${highlightBlockId('hl-tr-rebuild-from-scratch')}|${trend.meta.title}]]`,
      `← paraphrased in [[#^${highlightBlockId('hl-aa-rebuild-from-scratch')}|${anadolu.meta.title}]]`
    ])
    expect(read.frontMatter).toMatchObject({ articles: [anadolu.meta.title, trend.meta.title], highlights: 5 })
  })
})

// ---- property: no reader input breaks the structure ----

/** Everything a reader can type that means something to Markdown, YAML, HTML or Obsidian. */
const NASTY = [
  '#',
  '# x',
  '## ',
  '>',
  '> q',
  '---',
  '***',
  '___',
  '===',
  '=',
  '-',
  '- ',
  '+ x',
  '* ',
  '1. ',
  '1) x',
  '2024.',
  '```',
  '```js',
  '~~~',
  '````',
  '`',
  '``',
  '[[',
  ']]',
  '[[Note#^h-1|a]]',
  '[x]: https://e.com',
  '[x]',
  '[a](javascript:alert(1))',
  '![i](https://t.example/p.png)',
  '<script>alert(1)</script>',
  '<!--',
  '<div>',
  '</div>',
  '<https://x.example>',
  '&lt;',
  '&amp;',
  '&#0;',
  '&copy',
  '\\',
  '\\#',
  '*',
  '_',
  '**b**',
  '__',
  '~~s~~',
  '==h==',
  '%%',
  '$$',
  '$x$',
  '^h-deadbeef',
  '^',
  '|',
  '| a | b |\n|---|---|',
  ':',
  ': ',
  'title: x',
  '"',
  "'",
  '\n',
  '\n\n',
  '\n\n\n',
  '\r\n',
  '\r',
  '\t',
  '    ',
  ' ',
  '  ',
  '\u00A0',
  '\u2028',
  '\u3000',
  '\uFEFF',
  '\u0000',
  '\u0007',
  '\u202E',
  'é',
  'e\u0301',
  '👍🏽',
  'עברית',
  '\uD800',
  '- - -',
  '  # x',
  '   ```',
  'foo\n---',
  'foo\n=',
  '- a\n  ```',
  '> [!note]'
]
const fragment = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY), weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 3 }), weight: 1 }
)
// Fragments are joined by nothing, a space or a line break, so that each one often starts a line.
const nastyText = fc
  .array(fc.tuple(fragment, fc.constantFrom('', ' ', '\n', '\n\n')), { maxLength: 8 })
  .map((parts) => parts.map(([text, separator]) => text + separator).join(''))

const highlightArb = fc.record({
  color: fc.constantFrom(...HIGHLIGHT_COLORS),
  exact: nastyText,
  note: nastyText,
  tags: fc.array(nastyText, { maxLength: 3 }),
  start: fc.nat({ max: 10_000 }),
  orphan: fc.boolean()
})

const exportArb = fc.record({
  title: nastyText,
  tags: fc.array(nastyText, { maxLength: 3 }),
  highlights: fc.array(highlightArb, { maxLength: 6 }),
  order: fc.constantFrom('reading' as const, 'color' as const, 'tag' as const),
  includeNotes: fc.boolean(),
  relation: fc.constantFrom(...LINK_RELATIONS)
})

function meta(id: string, title: string, tags: string[]): ArticleMeta {
  return { id, title, tags, format: 'text', addedAt: '2024-05-20T08:00:00Z', wordCount: 0, textHash: 'x' }
}

/** The quote as Markdown can carry it: normalised, lines trimmed, blank-line runs made one break. */
function expectedQuote(exact: string): string {
  return normalizeText(exact)
    .split('\n')
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
    .join('\n')
    .replace(/\n{2,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '')
}

function expectedHeading(title: string): string {
  return (
    normalizeText(title)
      .replace(/[\n\t]+/g, ' ')
      .replace(/^[ \t]+|[ \t]+$/g, '') || 'Untitled'
  )
}

function capitalised(word: string): string {
  return word[0].toUpperCase() + word.slice(1)
}

describe('exported Markdown, for any reader input', () => {
  it('keeps its headings, one blockquote per highlight with the exact quote, and its front matter', () => {
    fc.assert(
      fc.property(exportArb, (generated) => {
        const highlights: Highlight[] = generated.highlights.map((h, i) => ({
          id: `h${i}`,
          articleId: 'a',
          color: h.color,
          quote: { exact: h.exact, prefix: '', suffix: '' },
          position: { start: h.start, end: h.start + 1 },
          note: h.note,
          tags: h.tags,
          createdAt: 't',
          updatedAt: 't'
        }))
        const article: ExportArticle = {
          meta: meta('a', generated.title, generated.tags),
          highlights,
          orphanIds: new Set(highlights.filter((_, i) => generated.highlights[i].orphan).map((h) => h.id))
        }
        const other = meta('b', generated.title + ' other', [])
        const otherHighlight = { ...highlights[0], id: 'hb', articleId: 'b' }
        const linkList: Link[] =
          highlights.length > 0 ? [{ id: 'l', from: highlights[0].id, to: 'hb', relation: generated.relation, createdAt: 't' }] : []
        const options: MarkdownExportOptions = { includeNotes: generated.includeNotes, order: generated.order, exportedAt: 'now' }
        const markdown = exportArticleMarkdown(
          article,
          options,
          createLinkResolver([article.meta, other], [...highlights, ...(highlights[0] ? [otherHighlight] : [])], linkList)
        )
        const read = readExport(markdown)

        const sorted = [...highlights].sort((a, b) => a.position.start - b.position.start || (a.id < b.id ? -1 : 1))
        const anchored = sorted.filter((h) => !article.orphanIds.has(h.id))
        const orphans = sorted.filter((h) => article.orphanIds.has(h.id))
        let groups: { heading?: string; members: Highlight[] }[] = [{ members: anchored }]
        if (generated.order === 'color') {
          groups = HIGHLIGHT_COLORS.map((c) => ({
            heading: `h3 ${capitalised(c)}`,
            members: anchored.filter((h) => h.color === c)
          })).filter((g) => g.members.length > 0)
        } else if (generated.order === 'tag') {
          const firstTag = (h: Highlight): string | undefined => obsidianTags(h.tags)[0]
          const keys = [
            ...new Set(
              anchored
                .map(firstTag)
                .filter((t): t is string => t !== undefined)
                .map((t) => t.toLowerCase())
            )
          ].sort()
          groups = keys.map((key) => {
            const members = anchored.filter((h) => firstTag(h)?.toLowerCase() === key)
            return { heading: `h3 #${firstTag(members[0])}`, members }
          })
          const untagged = anchored.filter((h) => firstTag(h) === undefined)
          if (untagged.length > 0) groups.push({ heading: 'h3 Untagged', members: untagged })
        }
        const expectedOrder = [...groups.flatMap((g) => g.members), ...orphans]

        expect(read.headings).toEqual([
          `h1 ${expectedHeading(generated.title)}`,
          'h2 Highlights',
          ...groups.flatMap((g) => (g.heading ? [g.heading] : [])),
          ...(orphans.length > 0 ? ['h2 Orphaned highlights'] : [])
        ])
        expect(read.highlights.map((h) => h.quote)).toEqual(expectedOrder.map((h) => expectedQuote(h.quote.exact)))
        expect(read.highlights.map((h) => h.blockId)).toEqual(expectedOrder.map((h) => '^' + highlightBlockId(h.id)))
        expect(read.highlights.map((h) => h.tags)).toEqual(expectedOrder.map((h) => obsidianTags(h.tags).map((t) => '#' + t)))
        for (const h of read.highlights) expect([...h.quoteTokenTypes].filter((t) => t !== 'text' && t !== 'softbreak')).toEqual([])
        // Inert: not one HTML token, and no blockquote but the quotes.
        const all = read.tokens.flatMap((t) => [t, ...(t.children ?? [])])
        expect(all.filter((t) => /^html_/.test(t.type))).toEqual([])
        expect(all.filter((t) => t.type === 'image' || t.type === 'hr')).toEqual([])
        expect(read.tokens.filter((t) => t.type === 'blockquote_open').length).toBe(expectedOrder.length)
        expect(read.frontMatter.title).toBe(normalizeText(generated.title))
        expect(read.frontMatter.tags).toEqual(obsidianTags(generated.tags))
        expect(read.frontMatter.highlights).toBe(highlights.length)
      }),
      { numRuns: 1000 }
    )
  })
})
