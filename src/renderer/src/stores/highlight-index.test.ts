import { describe, expect, it } from 'vitest'
import type { Highlight } from '../../../shared/model'
import { plainHighlight } from '../../../shared/test-support/plain-highlight'
import { HighlightIndex } from './highlight-index'

let n = 0
const hl = (articleId: string, tags: string[] = [], id = `h${++n}`): Highlight => plainHighlight(id, articleId, tags)

/** What every index must agree with: the same answers computed the slow way from the list. */
function expectConsistent(index: HighlightIndex, list: Highlight[]): void {
  expect(index.all().map((h) => h.id)).toEqual(list.map((h) => h.id))
  for (const h of list) expect(index.get(h.id)).toEqual(h)
  for (const a of new Set(list.map((h) => h.articleId))) {
    expect(index.ofArticle(a).map((h) => h.id)).toEqual(list.filter((h) => h.articleId === a).map((h) => h.id))
    expect(index.countOf(a)).toBe(list.filter((h) => h.articleId === a).length)
  }
  const tags = new Map<string, number>()
  for (const h of list) for (const t of h.tags) tags.set(t.toLowerCase(), (tags.get(t.toLowerCase()) ?? 0) + 1)
  expect(new Map(index.tagCounts().map((c) => [c.tag.toLowerCase(), c.highlights]))).toEqual(tags)
  for (const t of tags.keys())
    expect(
      index
        .withTag(t)
        .map((h) => h.id)
        .sort()
    ).toEqual(
      list
        .filter((h) => h.tags.some((x) => x.toLowerCase() === t))
        .map((h) => h.id)
        .sort()
    )
}

describe('HighlightIndex', () => {
  it('answers by id, article and tag after loading', () => {
    const list = [hl('a', ['quote']), hl('b', ['quote', 'claim']), hl('a')]
    const index = new HighlightIndex()
    index.replaceAll(list)
    expectConsistent(index, list)
    expect(index.countOf('nothing')).toBe(0)
    expect(index.ofArticle('nothing')).toEqual([])
  })

  it('stays right after a create, an update, a delete and an undone delete', () => {
    const first = hl('a', ['quote'])
    const list = [first, hl('b', ['claim'])]
    const index = new HighlightIndex()
    index.replaceAll(list)

    const made = hl('a', ['quote'])
    index.put(made)
    list.push(made)
    expectConsistent(index, list)

    const recoloured = { ...first, color: 'green' as const, note: 'n' }
    index.put(recoloured)
    list[0] = recoloured
    expectConsistent(index, list)
    expect(index.get(first.id)?.color).toBe('green')

    index.remove(made.id)
    list.pop()
    expectConsistent(index, list)
    expect(index.withTag('quote').map((h) => h.id)).toEqual([first.id])

    // Undo of the delete: the same highlight comes back, at the end as main puts it back.
    index.put(made)
    list.push(made)
    expectConsistent(index, list)
  })

  it('follows tag changes: added, removed, respelt, merged, deleted', () => {
    const a = hl('a', ['Quote'])
    const b = hl('b', ['quote', 'claim'])
    const list = [a, b]
    const index = new HighlightIndex()
    index.replaceAll(list)
    expect(index.withTag('QUOTE')).toHaveLength(2)

    // Rename quote → claim merges: b carries claim once.
    list[0] = { ...a, tags: ['claim'] }
    list[1] = { ...b, tags: ['claim'] }
    for (const h of list) index.put(h)
    expectConsistent(index, list)
    expect(index.withTag('quote')).toEqual([])
    expect(index.tagCounts()).toEqual([{ tag: 'claim', highlights: 2 }])

    // A respelling only changes the case.
    list[0] = { ...list[0], tags: ['Claim'] }
    index.put(list[0])
    expectConsistent(index, list)

    // Undo: the tags as they were.
    list[0] = a
    list[1] = b
    for (const h of list) index.put(h)
    expectConsistent(index, list)

    // Deleted everywhere.
    list[0] = { ...a, tags: [] }
    list[1] = { ...b, tags: ['claim'] }
    for (const h of list) index.put(h)
    expectConsistent(index, list)
  })

  it('says which articles changed, so that only their views recompute', () => {
    const a = hl('a')
    const index = new HighlightIndex()
    index.replaceAll([a, hl('b')])
    index.takeChanged()
    index.put({ ...a, note: 'x' })
    index.put(hl('c'))
    expect([...index.takeChanged()].sort()).toEqual(['a', 'c'])
    expect(index.takeChanged().size).toBe(0)
    index.remove(a.id)
    expect([...index.takeChanged()]).toEqual(['a'])
  })

  it('keeps highlights frozen, so that no view changes one in place', () => {
    const index = new HighlightIndex()
    index.put(hl('a'))
    expect(Object.isFrozen(index.all()[0])).toBe(true)
  })

  it('hands out the same arrays until something changes', () => {
    const index = new HighlightIndex()
    index.replaceAll([hl('a'), hl('b')])
    const all = index.all()
    const ofA = index.ofArticle('a')
    expect(index.all()).toBe(all)
    expect(index.ofArticle('a')).toBe(ofA)
    index.put(hl('b'))
    expect(index.ofArticle('a')).toBe(ofA)
    expect(index.all()).not.toBe(all)
  })
})
