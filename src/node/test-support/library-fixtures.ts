// Records for tests that build a library by hand: valid as the schema reads them.
import type { ArticleMeta, Highlight } from '../../shared/model'

export const article = (id: string, extra: Partial<ArticleMeta> = {}): ArticleMeta => ({
  id,
  title: `Article ${id}`,
  format: 'text',
  addedAt: '2024-05-16T00:00:00.000Z',
  wordCount: 3,
  textHash: 'h',
  tags: [],
  ...extra
})

export function highlight(id: string, note = ''): Highlight {
  const at = '2024-05-16T00:00:00.000Z'
  return {
    id,
    articleId: 'a1',
    color: 'yellow',
    quote: { exact: `passage ${id}`, prefix: '', suffix: '' },
    position: { start: 0, end: 1 },
    note,
    tags: [],
    createdAt: at,
    updatedAt: at
  }
}
