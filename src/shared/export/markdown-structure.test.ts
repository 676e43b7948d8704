// The fixture's export read back from the token stream: every part of the layout where it belongs.

import { describe, expect, it } from 'vitest'

import { parseDeepLink } from '../deep-link'
import { highlightBlockId } from './block-id'

import { anadolu, links, readingOrder, trend } from './golden/press-conference.fixture'
import { exportArticleMarkdown, exportPairMarkdown } from './markdown-article'

import { noteName, obsidianTags } from './obsidian-names'

import { diptych, readExport } from '../../testing/read-export'

describe('the fixture, read back from the token stream', () => {
  const byId = new Map([...anadolu.highlights, ...trend.highlights].map((h) => [h.id, h]))

  it('recovers every quote, note, tag and block id of the report', () => {
    const read = readExport(exportArticleMarkdown(anadolu, readingOrder, links))
    expect(read.headings).toEqual([`h1 ${anadolu.meta.title}`, 'h2 Highlights', 'h2 Orphaned highlights'])
    const expected = ['hl-aa-lukashenko-offer', 'hl-aa-rebuild-from-scratch', 'hl-aa-urban-planning'].map((id) => byId.get(id)!)
    expect(read.highlights.map((h) => h.quote)).toEqual(expected.map((h) => h.quote.exact))
    expect(read.highlights.map((h) => h.blockId)).toEqual(expected.map((h) => '^' + highlightBlockId(h.id)))
    // Each quote ends with its way back: a diptych:// link to the highlight, with the quote to find it by.
    read.highlights.forEach((read, i) => {
      const link = parseDeepLink(read.link ?? '')
      const h = expected[i]
      expect(link).toMatchObject({ ok: true, value: { kind: 'highlight', articleId: h.articleId, highlightId: h.id } })
      // A long quote is cut to what a link carries; what it keeps is the passage's start.
      const quote = link.ok && link.value.kind === 'highlight' ? link.value.quote : undefined
      expect(quote && h.quote.exact.startsWith(quote.exact) && h.quote.prefix.endsWith(quote.prefix)).toBe(true)
    })
    expect(read.frontMatter.diptych).toBe(`diptych://article/${anadolu.meta.id}`)
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
