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

  it('shows a rename before main has saved it, and puts the tags back when main refuses it', async () => {
    const { main, library, errors } = await storesOverFakeMain()
    const annotations = useAnnotationStore()
    const a = await annotations.create('left', text(LEFT), 0, 7, 'yellow')
    await annotations.update(a!.id, { tags: ['quote', 'claim'] })
    const renaming = annotations.renameTag('quote', 'said')
    expect(library.highlights.map((h) => h.tags)).toEqual([['said', 'claim']])
    expect(await renaming).toBe(true)
    expect(main.library.highlights.map((h) => h.tags)).toEqual([['said', 'claim']])

    main.failNext('renameTag', 'The library folder is read-only.')
    const refused = annotations.renameTag('said', 'claim')
    expect(library.highlights.map((h) => h.tags)).toEqual([['claim']])
    expect(await refused).toBe(false)
    expect(library.highlights.map((h) => h.tags)).toEqual([['said', 'claim']])
    expect(annotations.allTags.map((t) => t.tag)).toEqual(['claim', 'said'])
    expect(errors()).toEqual(['The library folder is read-only.'])
  })

  it('keeps a tag added while the one before it is being saved, and sends both in order', async () => {
    const { main, library } = await storesOverFakeMain()
    const annotations = useAnnotationStore()
    const history = useHistoryStore()
    const { id } = (await annotations.create('left', text(LEFT), 0, 7, 'yellow'))!
    const tags = () => library.highlights.find((h) => h.id === id)!.tags
    const first = annotations.update(id, { tags: ['one'] })
    const second = annotations.update(id, { tags: ['one', 'two'] })
    expect(tags()).toEqual(['one', 'two'])
    expect(await first).toBe(true)
    expect(tags()).toEqual(['one', 'two'])
    expect(await second).toBe(true)
    expect(main.library.highlights[0].tags).toEqual(['one', 'two'])
    expect(await history.undo()).toBe('tags')
    expect(tags()).toEqual(['one'])
    expect(await history.undo()).toBe('tags')
    expect(main.library.highlights[0].tags).toEqual([])
  })

  it('a note and a tag saved at once both reach main; a refused one puts back what main has', async () => {
    const { main, library, errors } = await storesOverFakeMain()
    const annotations = useAnnotationStore()
    const { id } = (await annotations.create('left', text(LEFT), 0, 7, 'yellow'))!
    const shown = () => library.highlights.find((h) => h.id === id)!
    const note = annotations.update(id, { note: 'first' })
    const tag = annotations.update(id, { tags: ['one'] })
    await Promise.all([note, tag])
    expect(main.library.highlights[0]).toMatchObject({ note: 'first', tags: ['one'] })
    main.failNext('updateHighlight', 'The library folder is read-only.')
    const refused = annotations.update(id, { tags: ['one', 'two'] })
    const later = annotations.update(id, { note: 'second' })
    expect(shown()).toMatchObject({ note: 'second', tags: ['one', 'two'] })
    expect(await refused).toBe(false)
    expect(await later).toBe(true)
    expect(shown()).toMatchObject({ note: 'second', tags: ['one'] })
    expect(main.library.highlights[0]).toMatchObject({ note: 'second', tags: ['one'] })
    expect(errors()).toEqual(['The library folder is read-only.'])
  })
})
