import { afterEach, describe, expect, it, vi } from 'vitest'
import { canonicalText } from '../../../shared/model'
import { useAnnotationStore } from './annotations'
import { useHistoryStore } from './history'
import { LEFT, RIGHT, storesOverFakeMain } from './test-support/stores'

afterEach(() => {
  vi.unstubAllGlobals()
})

const text = (body: typeof LEFT) => canonicalText(body.blocks)

describe('annotation store', () => {
  it('paints a new highlight at once and takes it away, with the reason, when main refuses it', async () => {
    const { main, library, errors } = await storesOverFakeMain()
    const annotations = useAnnotationStore()
    main.failNext('createHighlight', 'The library folder is read-only.')
    const creating = annotations.create('left', text(LEFT), 0, 7, 'green', 'note')
    expect(library.highlights.map((h) => h.quote.exact)).toEqual(['Belarus'])
    expect(annotations.openCard?.focus).toBe('note')
    expect(await creating).toBeNull()
    expect(library.highlights).toEqual([])
    expect(main.library.highlights).toEqual([])
    expect(annotations.openCard).toBeNull()
    expect(errors()).toEqual(['The library folder is read-only.'])
    expect(useHistoryStore().canUndo).toBe(false)
  })

  it('undoes and redoes a delete, bringing back the same highlight with its links', async () => {
    const { main, library } = await storesOverFakeMain()
    const annotations = useAnnotationStore()
    const history = useHistoryStore()
    const a = await annotations.create('left', text(LEFT), 0, 7, 'yellow')
    const b = await annotations.create('right', text(RIGHT), 0, 7, 'yellow')
    const link = await annotations.linkPassages({ highlight: a! }, { highlight: b! }, 'quotes')
    expect(link).not.toBeNull()
    await annotations.remove(a!.id)
    expect(library.links).toEqual([])
    expect(main.library.links).toEqual([])
    expect(await history.undo()).toBe('delete')
    expect(library.highlights.find((h) => h.id === a!.id)).toEqual(a)
    expect(library.links).toEqual([link])
    expect(main.library.links).toEqual([link])
    expect(await history.redo()).toBe('delete')
    expect(library.links).toEqual([])
    expect(await history.undo()).toBe('delete')
    expect(library.links).toEqual([link])
    expect(main.library).toMatchObject({ highlights: library.highlights, links: library.links })
  })

  it('renames a tag whatever its case, and undo puts every spelling back', async () => {
    const { main, library } = await storesOverFakeMain()
    const annotations = useAnnotationStore()
    const history = useHistoryStore()
    const a = await annotations.create('left', text(LEFT), 0, 7, 'yellow')
    const b = await annotations.create('right', text(RIGHT), 0, 7, 'yellow')
    await annotations.update(a!.id, { tags: ['quote', 'claim'] })
    await annotations.update(b!.id, { tags: ['Quote'] })
    expect(library.highlights.map((h) => h.tags)).toEqual([['quote', 'claim'], ['quote']])
    expect(annotations.allTags).toEqual([
      { tag: 'claim', highlights: 1, articles: 0 },
      { tag: 'quote', highlights: 2, articles: 0 }
    ])
    expect(await annotations.renameTag('QUOTE', 'Claim')).toBe(true)
    expect(library.highlights.map((h) => h.tags)).toEqual([['claim'], ['claim']])
    expect(main.library.highlights.map((h) => h.tags)).toEqual([['claim'], ['claim']])
    expect(await history.undo()).toBe('rename tag')
    expect(library.highlights.map((h) => h.tags)).toEqual([['quote', 'claim'], ['quote']])
    expect(main.library.highlights.map((h) => h.tags)).toEqual([['quote', 'claim'], ['quote']])
    expect(await history.redo()).toBe('rename tag')
    expect(library.highlights.map((h) => h.tags)).toEqual([['claim'], ['claim']])
    await annotations.deleteTag('CLAIM')
    expect(library.highlights.map((h) => h.tags)).toEqual([[], []])
    await history.undo()
    expect(library.highlights.map((h) => h.tags)).toEqual([['claim'], ['claim']])
  })
})
