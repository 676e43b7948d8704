import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import type { ArticleMeta } from '../../../shared/model'
import { useLibraryFilter, type LibraryFilter } from './useLibraryFilter'

const meta = (id: string, title: string, more: Partial<ArticleMeta> = {}) =>
  ({ id, title, addedAt: `2026-01-0${id}`, tags: [], ...more }) as unknown as ArticleMeta

describe('useLibraryFilter', () => {
  const articles = ref<ArticleMeta[]>([
    meta('1', 'Beta report', { source: 'Anadolu', published: '2024-05-16' }),
    meta('2', 'alpha statement', { author: 'Office of the President', tags: ['Quote'] }),
    meta('3', 'Gamma', { source: 'Trend', published: '2024-05-17' })
  ])
  const filter = ref<LibraryFilter>({ sort: 'added', tag: '', source: '', query: '' })
  const shown = useLibraryFilter(articles, filter)
  const ids = () => shown.value.map((a) => a.id)

  it('sorts by date added, date published or title', () => {
    expect(ids()).toEqual(['3', '2', '1'])
    filter.value = { ...filter.value, sort: 'published' }
    expect(ids()).toEqual(['3', '1', '2'])
    filter.value = { ...filter.value, sort: 'title' }
    expect(ids()).toEqual(['2', '1', '3'])
  })

  it('matches title, source and author whatever the case, with tag and source filters', () => {
    filter.value = { sort: 'added', tag: '', source: '', query: '  PRESIDENT ' }
    expect(ids()).toEqual(['2'])
    filter.value = { ...filter.value, query: 'anadolu' }
    expect(ids()).toEqual(['1'])
    filter.value = { ...filter.value, query: '', tag: 'quote' }
    expect(ids()).toEqual(['2'])
    filter.value = { ...filter.value, tag: '', source: 'Trend' }
    expect(ids()).toEqual(['3'])
  })

  it('follows an article renamed', () => {
    filter.value = { sort: 'added', tag: '', source: '', query: 'delta' }
    expect(ids()).toEqual([])
    articles.value = articles.value.map((a) => (a.id === '3' ? { ...a, title: 'Delta' } : a))
    expect(ids()).toEqual(['3'])
  })
})
