import { describe, expect, it } from 'vitest'
import type { Link } from '../model'
import { createLinkResolver, NO_LINKS, type ExportArticle } from './export-types'
import { anadolu, anadoluMeta, links, paraphraseLink, readingOrder, trend, trendMeta } from './golden/press-conference.fixture'
import { exportArticleMarkdown, sourceLineOf } from './markdown-article'

const headings = (markdown: string): string[] => markdown.split('\n').filter((line) => /^#{1,6} /.test(line))
/** Quote lines, without the link back that ends each quote. */
const quotes = (markdown: string): string[] =>
  markdown
    .split('\n')
    .filter((line) => line.startsWith('> '))
    .map((line) => line.replace(/ \[↗\]\(diptych:\/\/[^)]*\)$/, ''))

describe('exportArticleMarkdown options', () => {
  it('onlyTag keeps the highlights with that tag, compared as Obsidian tags', () => {
    const markdown = exportArticleMarkdown(anadolu, { ...readingOrder, onlyTag: 'Press Conference' }, links)
    expect(quotes(markdown)).toEqual([
      '> "We have to rebuild a significant area from scratch. ... Therefore, we invite Belarusian companies to join this work actively.'
    ])
    expect(markdown).toContain('\nhighlights: 1\n')
    // The orphan does not carry the tag, so there is no orphan section.
    expect(headings(markdown)).toEqual(['# Belarus offers Azerbaijan help in restoring Karabakh region', '## Highlights'])
  })

  it('onlyTag with no match says so instead of leaving the section empty', () => {
    const markdown = exportArticleMarkdown(anadolu, { ...readingOrder, onlyTag: 'nothing like it' })
    expect(markdown).toContain('## Highlights\n\nNo highlights.\n')
    expect(markdown).toContain('\nhighlights: 0\n')
  })

  it('includeNotes: false leaves every note out', () => {
    const withNotes = exportArticleMarkdown(anadolu, readingOrder)
    const without = exportArticleMarkdown(anadolu, { ...readingOrder, includeNotes: false })
    expect(withNotes).toContain('**no counterpart**')
    expect(without).not.toContain('no counterpart**')
    expect(without).not.toContain('agricultural towns')
    expect(quotes(without)).toEqual(quotes(withNotes))
  })

  it('order: color groups by the palette, order: tag by first tag, untagged last', () => {
    expect(headings(exportArticleMarkdown(anadolu, { ...readingOrder, order: 'color' }))).toEqual([
      '# Belarus offers Azerbaijan help in restoring Karabakh region',
      '## Highlights',
      '### Yellow',
      '### Green',
      '## Orphaned highlights'
    ])
    const untagged: ExportArticle = { ...trend, highlights: [...trend.highlights, { ...trend.highlights[0], id: 'hl-untagged', tags: [] }] }
    expect(headings(exportArticleMarkdown(untagged, { ...readingOrder, order: 'tag' }))).toEqual([
      `# ${trendMeta.title}`,
      '## Highlights',
      '### \\#reconstruction',
      '### \\#urban-planning',
      '### Untagged'
    ])
  })

  it('is deterministic: the same input gives the same file, whatever the order of the highlights', () => {
    const reversed: ExportArticle = { ...anadolu, highlights: [...anadolu.highlights].reverse() }
    expect(exportArticleMarkdown(reversed, readingOrder, links)).toBe(exportArticleMarkdown(anadolu, readingOrder, links))
    expect(exportArticleMarkdown(anadolu, readingOrder)).toContain('\nexported: "2024-06-01T09:30:00.000Z"\n---\n')
  })

  it('words each relation from both ends, and skips a link whose other end is gone', () => {
    const relations: Link[] = (['quotes', 'contradicts', 'related'] as const).map((relation, i) => ({
      ...paraphraseLink,
      id: `l${i}`,
      relation
    }))
    const gone: Link = { ...paraphraseLink, id: 'gone', to: 'deleted-highlight' }
    const resolver = createLinkResolver([anadoluMeta, trendMeta], [...anadolu.highlights, ...trend.highlights], [...relations, gone])
    const report = exportArticleMarkdown(anadolu, readingOrder, resolver)
    const statement = exportArticleMarkdown(trend, readingOrder, resolver)
    const verbs = (markdown: string): string[] =>
      markdown
        .split('\n')
        .filter((l) => /^[→←]/.test(l))
        .map((l) => l.slice(0, l.indexOf(' [[')))
    expect(verbs(report)).toEqual(['→ quotes', '→ contradicts', '→ related to'])
    expect(verbs(statement)).toEqual(['← quoted in', '← contradicted by', '← related to'])
    expect(exportArticleMarkdown(anadolu, readingOrder, NO_LINKS)).not.toContain('[[')
  })
})

describe('the source line', () => {
  it('gives source, author, date and a link to an http(s) original', () => {
    expect(sourceLineOf({ ...anadoluMeta, author: 'A. Writer' })).toBe(
      'Anadolu Agency · by A. Writer · 2024-05-16 · [original](https://www.aa.com.tr/en/world/belarus-offers-azerbaijan-help-in-restoring-karabakh-region)'
    )
  })

  it('links nothing that is not a web address, and escapes its first part as a line start', () => {
    expect(sourceLineOf({ ...anadoluMeta, source: undefined, published: '16. May', url: 'javascript:alert(1)' })).toBe('16\\. May')
    expect(sourceLineOf({ ...anadoluMeta, source: '> Agency', published: undefined, url: undefined })).toBe('\\> Agency')
    expect(sourceLineOf({ ...anadoluMeta, source: ' ', author: ' ', published: undefined, url: undefined })).toBeUndefined()
  })
})
