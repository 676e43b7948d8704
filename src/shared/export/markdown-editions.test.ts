// Export names the edition: the latest in the front matter, and the earlier one a highlight stayed on.
import { describe, expect, it } from 'vitest'
import type { ArticleMeta, Highlight } from '../model'
import { exportArticleMarkdown as articleMarkdown } from './markdown-article'

const meta: ArticleMeta = {
  id: 'story',
  title: 'Council approves the new river bridge',
  url: 'https://gazette.example/bridge',
  format: 'html',
  addedAt: '2026-11-28T09:00:00.000Z',
  wordCount: 60,
  textHash: 'b',
  tags: [],
  editions: [
    { n: 1, savedAt: '2026-11-28T09:00:00.000Z', textHash: 'a', words: 58 },
    { n: 2, savedAt: '2026-11-30T15:00:00.000Z', textHash: 'b', words: 60 }
  ]
}
const TEXT = 'The council approved the bridge. The ferry will keep running.'
const highlight = (id: string, exact: string, extra: Partial<Highlight> = {}): Highlight => ({
  id,
  articleId: 'story',
  color: 'yellow',
  quote: { exact, prefix: '', suffix: '' },
  position: { start: Math.max(0, TEXT.indexOf(exact)), end: Math.max(0, TEXT.indexOf(exact)) + exact.length },
  note: '',
  tags: [],
  createdAt: '2026-11-28T10:00:00.000Z',
  updatedAt: '2026-11-28T10:00:00.000Z',
  ...extra
})

describe('export of an article with editions', () => {
  it('names the latest edition in the front matter and the edition a highlight stayed on', () => {
    const stayed = highlight('h2', 'A spokesman declined to comment', { edition: 1 })
    const md = articleMarkdown(
      {
        meta,
        highlights: [highlight('h1', 'The ferry will keep running.'), stayed],
        orphanIds: new Set(['h2']),
        blocks: [{ kind: 'paragraph', text: TEXT }]
      },
      { includeNotes: true, order: 'reading', exportedAt: '2026-11-30' }
    )
    expect(md).toContain('edition: "2, saved 30 November 2026"')
    expect(md).toMatch(/^yellow · edition 1$/m)
    expect(md.match(/edition 1/g)).toHaveLength(1)
  })
})
