import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { createLinkResolver, type ExportArticle } from './export-types'
import { anadolu, anadoluMeta, paraphraseLink, readingOrder, trend, trendMeta } from './golden/press-conference.fixture'
import { exportLibraryMarkdown } from './markdown-library'

describe('exportLibraryMarkdown', () => {
  // A second article with the report's title (say, a later capture): its note needs another name.
  const recapture: ExportArticle = { ...trend, meta: { ...trendMeta, title: anadoluMeta.title.toUpperCase() + '?' } }
  const resolver = createLinkResolver([anadoluMeta, recapture.meta], [...anadolu.highlights, ...recapture.highlights], [paraphraseLink])
  const { files } = exportLibraryMarkdown([anadolu, recapture], readingOrder, resolver)

  it('writes one file per article, with unique safe names, then index.md', () => {
    expect(files.map((file) => file.name)).toEqual([
      'Belarus offers Azerbaijan help in restoring Karabakh region.md',
      'BELARUS OFFERS AZERBAIJAN HELP IN RESTORING KARABAKH REGION (2).md',
      'index.md'
    ])
  })

  it('points links at the name the other note was given', () => {
    expect(files[0].content).toContain('→ paraphrases [[BELARUS OFFERS AZERBAIJAN HELP IN RESTORING KARABAKH REGION (2)#^h-4b4c97b4|')
    expect(files[1].content).toContain('← paraphrased in [[Belarus offers Azerbaijan help in restoring Karabakh region#^h-8e316078|')
  })

  it('links every note from the index with a link any Markdown viewer follows', () => {
    const tokens = new MarkdownIt().parse(files[2].content.replace(/^---\n[\s\S]*?\n---\n/, ''), {})
    const hrefs = tokens
      .flatMap((t) => t.children ?? [])
      .filter((t) => t.type === 'link_open')
      .map((t) => decodeURIComponent(t.attrGet('href')!))
    expect(hrefs).toEqual(files.slice(0, 2).map((file) => file.name))
    expect(files[2].content).toContain('— Anadolu Agency · 2024-05-16 · 3 highlights\n')
    expect(files[2].content).toContain('\nhighlights: 5\n')
  })

  it('writes an index for an empty library', () => {
    expect(exportLibraryMarkdown([], readingOrder).files).toEqual([{ name: 'index.md', content: expect.stringContaining('No articles.') }])
  })
})
