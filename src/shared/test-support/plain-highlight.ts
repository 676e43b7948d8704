// A highlight for unit tests where only its id, article and tags matter.
import type { Highlight } from '../model'

export function plainHighlight(id: string, articleId: string, tags: string[] = []): Highlight {
  const at = '2026-01-01T00:00:00.000Z'
  return {
    id,
    articleId,
    color: 'yellow',
    quote: { exact: 'x', prefix: '', suffix: '' },
    position: { start: 0, end: 1 },
    note: '',
    tags,
    createdAt: at,
    updatedAt: at
  }
}
