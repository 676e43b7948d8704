// For any quote, note, title or tag a reader may write, the exported Markdown keeps its structure.
import fc from 'fast-check'

import { describe, expect, it } from 'vitest'

import { HIGHLIGHT_COLORS, LINK_RELATIONS, type ArticleMeta, type Highlight, type Link } from '../model'
import { highlightBlockId } from './block-id'
import { createLinkResolver, type ExportArticle, type MarkdownExportOptions } from './export-types'

import { exportArticleMarkdown } from './markdown-article'
import { normalizeText } from './markdown-text'
import { obsidianTags } from './obsidian-names'

import { readExport } from '../../testing/read-export'

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
        // Inert: no HTML token but Diptych's own markers, one pair per part, and no blockquote but the quotes.
        const all = read.tokens.flatMap((t) => [t, ...(t.children ?? [])])
        const marker = /^<!-- diptych:(begin|end) [A-Za-z0-9_-]+ -->\n$/
        expect(all.filter((t) => /^html_/.test(t.type) && !(t.type === 'html_block' && marker.test(t.content)))).toEqual([])
        const parts = 1 + groups.filter((g) => g.heading).length + expectedOrder.length + (orphans.length > 0 ? 1 : 0)
        expect(all.filter((t) => t.type === 'html_block').length).toBe(2 * parts)
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
