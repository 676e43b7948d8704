import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import type { ArticleMeta, Highlight } from '../model'
import { createLinkResolver } from './export-types'
import { exportHighlightMarkdown } from './markdown-single'

const article: ArticleMeta = {
  id: 'a',
  title: 'Belarus offers Azerbaijan help: #1 > "all"',
  format: 'text',
  addedAt: '2024-05-16T00:00:00Z',
  wordCount: 1,
  textHash: 'x',
  tags: []
}
const other: ArticleMeta = { ...article, id: 'b', title: 'Statement by President Ilham Aliyev' }
const highlight = (id: string, articleId: string, exact: string): Highlight => ({
  id,
  articleId,
  color: 'green',
  quote: { exact, prefix: '', suffix: '' },
  position: { start: 0, end: exact.length },
  note: '# not a heading\nWe have to *rebuild*.',
  tags: ['quote', 'two words'],
  createdAt: '',
  updatedAt: ''
})

describe('exportHighlightMarkdown', () => {
  it('writes the quote, block id, tags, link and note, and nothing breaks out of the blockquote', () => {
    const h = highlight('h1', 'a', 'We have to rebuild\n\na significant area')
    const target = highlight('h2', 'b', 'we have to rebuild from scratch an area')
    const links = createLinkResolver(
      [article, other],
      [h, target],
      [{ id: 'l', from: 'h1', to: 'h2', relation: 'paraphrases', createdAt: '' }]
    )
    const md = exportHighlightMarkdown(h, article, { includeNotes: true, order: 'reading', exportedAt: '' }, links)
    const tokens = new MarkdownIt().parse(md, {})
    expect(tokens.filter((t) => t.type === 'heading_open')).toHaveLength(0)
    expect(md).toContain('> We have to rebuild\n>\n> a significant area')
    expect(md).toContain('#two-words')
    expect(md).toMatch(/→ paraphrases \[\[Statement by President Ilham Aliyev#\^h-[0-9a-f]{8}/)
    expect(md).toContain('*rebuild*')
  })
})
