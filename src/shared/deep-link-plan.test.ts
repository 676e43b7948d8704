import { describe, expect, it } from 'vitest'
import { parseDeepLink } from './deep-link'
import { highlightLink, planLink, type LinkTargets } from './deep-link-plan'
import type { Highlight, Link } from './model'

const h = (id: string, articleId: string): Highlight => ({
  id,
  articleId,
  color: 'yellow',
  quote: { exact: `quote of ${id}`, prefix: 'before ', suffix: ' after' },
  position: { start: 10, end: 20 },
  note: '',
  tags: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z'
})
const articles = new Map([
  ['a1', { id: 'a1', title: 'The report' }],
  ['b2', { id: 'b2', title: 'The statement' }],
  ['t3', { id: 't3', title: 'Old news', deletedAt: '2026-01-02T00:00:00Z' }]
])
const highlights = new Map([
  ['h1', h('h1', 'a1')],
  ['h2', h('h2', 'b2')]
])
const links = new Map<string, Link>([['l1', { id: 'l1', from: 'h2', to: 'h1', relation: 'quotes', createdAt: '2026-01-01T00:00:00Z' }]])
const targets: LinkTargets = { article: (id) => articles.get(id), highlight: (id) => highlights.get(id), link: (id) => links.get(id) }

function plan(uri: string) {
  const link = parseDeepLink(uri)
  if (!link.ok) throw new Error(link.error)
  return planLink(link.value, targets)
}

describe('what a link opens in this library', () => {
  it('opens what is here', () => {
    expect(plan('diptych://article/a1')).toEqual({ kind: 'article', articleId: 'a1' })
    expect(plan('diptych://article/a1/highlight/h1')).toEqual({ kind: 'highlight', articleId: 'a1', highlight: highlights.get('h1') })
    expect(plan('diptych://pair/a1/b2')).toEqual({ kind: 'pair', leftId: 'a1', rightId: 'b2' })
    // The link's ends are put left and right by their articles, whichever way it points.
    expect(plan('diptych://pair/a1/b2/link/l1')).toMatchObject({ ends: [{ id: 'h1' }, { id: 'h2' }] })
    expect(plan('diptych://pair/b2/a1/link/l1')).toMatchObject({ ends: [{ id: 'h2' }, { id: 'h1' }] })
  })

  it('finds a highlight that is not here by its quote, in the article the link names', () => {
    expect(plan('diptych://article/a1/highlight/gone?quote=we%20have%20to&prefix=said%20')).toEqual({
      kind: 'quote',
      articleId: 'a1',
      quote: { exact: 'we have to', prefix: 'said ', suffix: '' }
    })
    // A highlight of another article is not this article's highlight.
    expect(plan('diptych://article/b2/highlight/h1?quote=x')).toMatchObject({ kind: 'quote', articleId: 'b2' })
  })

  it('says in one sentence which article, highlight or link is missing', () => {
    expect(plan('diptych://article/zz')).toEqual({
      kind: 'missing',
      message: 'This link opens an article that is not in this library (“zz”).'
    })
    expect(plan('diptych://article/t3/highlight/h1')).toEqual({
      kind: 'missing',
      message: 'This link opens “Old news”, which is in the trash: restore it to open the link.'
    })
    expect(plan('diptych://article/a1/highlight/gone')).toEqual({
      kind: 'missing',
      message: 'The highlight this link opens in “The report” is not in this library, and the link carries no quote to find its passage by.'
    })
    expect(plan('diptych://pair/a1/zz')).toMatchObject({ message: 'This link opens a right article that is not in this library (“zz”).' })
    expect(plan('diptych://pair/a1/b2/link/gone')).toMatchObject({
      message: 'The link between “The report” and “The statement” that this link opens is not in this library.'
    })
    expect(plan('diptych://pair/a1/t3/link/l1')).toMatchObject({ kind: 'missing' })
  })

  it('writes a highlight’s link with its quote', () => {
    expect(highlightLink(highlights.get('h1')!)).toBe(
      'diptych://article/a1/highlight/h1?quote=quote%20of%20h1&prefix=before%20&suffix=%20after'
    )
  })
})
