import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AlignedPair } from '../../../shared/compare'
import { useAnnotationStore } from './annotations'
import { useCompareStore } from './compare'
import { useHistoryStore } from './history'
import { storesOverFakeMain } from './test-support/stores'

afterEach(() => {
  vi.unstubAllGlobals()
})

// "Belarus has" … "urban planning" in each article.
const pair: AlignedPair = { kind: 'paraphrase', score: 0.9, a: { start: 0, end: 39 }, b: { start: 0, end: 50 } }

async function compared() {
  const stores = await storesOverFakeMain()
  const compare = useCompareStore()
  compare.result = { leftId: 'left', rightId: 'right', pairs: [pair], quotesLeft: [], quotesRight: [], ms: 1 }
  return { ...stores, compare }
}

describe('compare store', () => {
  it('hides weaker matches until asked, says how many, and never drops them', async () => {
    const { compare } = await compared()
    const weak: AlignedPair = { kind: 'paraphrase', score: 0.2, a: { start: 100, end: 140 }, b: { start: 100, end: 150 } }
    compare.result = { leftId: 'left', rightId: 'right', pairs: [pair, weak], quotesLeft: [], quotesRight: [], ms: 1 }
    expect(compare.pairs).toEqual([pair])
    expect(compare.hiddenWeaker).toBe(1)
    compare.showWeaker = true
    expect(compare.pairs).toEqual([pair, weak])
    expect(compare.hiddenWeaker).toBe(0)
    expect(compare.weakerCount).toBe(1)
  })

  it('accepting a pair makes two highlights and a link through the annotation store, undone as one step', async () => {
    const { main, library, compare } = await compared()
    const annotations = useAnnotationStore()
    const viaAnnotations = vi.spyOn(annotations, 'linkPassages')
    const link = await compare.accept(pair, 'paraphrases')
    expect(viaAnnotations).toHaveBeenCalledOnce()
    expect(library.highlights.map((h) => h.quote.exact)).toEqual([
      'Belarus has expertise in urban planning',
      'Belarus has very good experience in urban planning'
    ])
    expect(library.links).toEqual([link])
    expect(link).toMatchObject({ from: library.highlights[0].id, to: library.highlights[1].id, relation: 'paraphrases' })
    expect(main.library).toMatchObject({ highlights: library.highlights, links: library.links })
    const history = useHistoryStore()
    expect(await history.undo()).toBe('link')
    expect(library.highlights).toEqual([])
    expect(library.links).toEqual([])
    expect(main.library).toMatchObject({ highlights: [], links: [] })
    expect(await history.redo()).toBe('link')
    expect(library.links).toEqual([link])
    expect(main.library).toMatchObject({ highlights: library.highlights, links: library.links })
  })

  it('reuses a highlight that covers a passage exactly', async () => {
    const { main, library, compare } = await compared()
    await compare.accept(pair, 'quotes')
    const first = library.highlights.map((h) => h.id)
    await useAnnotationStore().unlink(library.links[0].id)
    await compare.accept(pair, 'quotes')
    expect(library.highlights.map((h) => h.id)).toEqual(first)
    expect(main.library.links.map((l) => [l.from, l.to])).toEqual([first])
  })

  it('when the link fails after its highlights were made, main and the view keep neither', async () => {
    const { main, library, compare, errors } = await compared()
    main.failNext('createLink', 'The library folder is read-only.')
    expect(await compare.accept(pair, 'quotes')).toBeNull()
    expect(errors()).toEqual(['The library folder is read-only.'])
    expect(main.library.highlights).toEqual([])
    expect(library.highlights).toEqual([])
    expect(useHistoryStore().canUndo).toBe(false)
  })

  it('a rejected pair is hidden, and undo proposes it again', async () => {
    const { main, compare } = await compared()
    await compare.reject(pair)
    expect(compare.pairs).toEqual([])
    expect(main.library.rejectedPairs).toHaveLength(1)
    await useHistoryStore().undo()
    expect(compare.pairs).toEqual([pair])
    expect(main.library.rejectedPairs).toEqual([])
  })
})
