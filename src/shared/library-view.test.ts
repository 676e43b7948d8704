import { describe, expect, it } from 'vitest'
import { highlightsFor, summariesHolding, summarize, viewOf } from './library-view'
import { emptyLibrary } from './model'
import { plainHighlight } from './test-support/plain-highlight'

const h = plainHighlight

describe('the library view', () => {
  const list = [h('1', 'a', ['Quote']), h('2', 'b'), h('3', 'a', ['quote', 'claim']), h('4', 'a')]

  it('summarises each article’s highlights: how many, and each tag with its highlights, spelt as first met', () => {
    expect(summarize(list)).toEqual([
      {
        articleId: 'a',
        count: 3,
        tags: [
          { tag: 'Quote', count: 2 },
          { tag: 'claim', count: 1 }
        ]
      },
      { articleId: 'b', count: 1, tags: [] }
    ])
  })

  it('leaves the highlights out of the snapshot, the rest as it is', () => {
    const lib = { ...emptyLibrary(), highlights: list, notices: [], dataDir: '/d' }
    const view = viewOf(lib)
    expect('highlights' in view).toBe(false)
    expect(view).toMatchObject({ articles: lib.articles, settings: lib.settings, dataDir: '/d' })
    expect(view.summaries.map((s) => s.count)).toEqual([3, 1])
  })

  it('finds the highlights of some articles and some by id, in the library’s order', () => {
    expect(highlightsFor(list, ['b'], ['3']).map((x) => x.id)).toEqual(['2', '3'])
    expect(highlightsFor(list, ['nowhere'])).toEqual([])
  })

  it('summarises whole the articles that hold some highlights, and only those', () => {
    expect(summariesHolding(list, ['3'])).toEqual(summarize(list).filter((s) => s.articleId === 'a'))
    expect(summariesHolding(list, ['2', '1', 'gone'])).toEqual(summarize(list))
    expect(summariesHolding(list, ['gone'])).toEqual([])
  })
})
