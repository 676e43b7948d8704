import { afterEach, describe, expect, it, vi } from 'vitest'
import { computed } from 'vue'
import type { ArticleBody, Highlight } from '../../../shared/model'
import { tagCounts } from '../../../shared/tag-ops'
import { plainHighlight } from '../../../shared/test-support/plain-highlight'
import { useAnnotationStore } from './annotations'
import { useHistoryStore } from './history'
import { useNoteDraftStore } from './note-drafts'
import type { FakeMain } from './test-support/fake-main'
import { LEFT, RIGHT, storesOverFakeMain } from './test-support/stores'

afterEach(() => {
  vi.unstubAllGlobals()
})

const FAR: ArticleBody = { id: 'far', blocks: [{ kind: 'paragraph', text: 'An article of the library that is not on screen.' }] }
const at = '2024-05-16T00:00:00.000Z'
const highlight = (id: string, articleId: string, tags: string[] = []) => plainHighlight(id, articleId, tags)

/** Two highlights on the left article, three on one that is in no pane. */
const seed = (main: FakeMain) =>
  main.library.highlights.push(
    highlight('l1', 'left', ['Claim']),
    highlight('l2', 'left'),
    highlight('f1', 'far', ['quote']),
    highlight('f2', 'far', ['quote', 'claim']),
    highlight('f3', 'far')
  )
const open = () => storesOverFakeMain([LEFT, RIGHT, FAR], seed)
const heldIds = (library: { highlights: readonly Highlight[] }) => library.highlights.map((h) => h.id).sort()

describe('the highlights the window holds', () => {
  it('are those of the articles in the panes; the others are counted from main’s summaries', async () => {
    const { library } = await open()
    expect(heldIds(library)).toEqual(['l1', 'l2'])
    expect(library.highlightCount('far')).toBe(3)
    expect(library.highlightTagsOf('far').sort()).toEqual(['claim', 'quote'])
    expect(library.tagCounts).toEqual([
      { tag: 'Claim', highlights: 2, articles: 0 },
      { tag: 'quote', highlights: 2, articles: 0 }
    ])
  })

  it('follow the panes: an article opened is fetched, one closed is let go and still counted', async () => {
    const { library } = await open()
    await library.updateSettings({ panes: ['left', 'far'] })
    await vi.waitFor(() => expect(library.highlightsOf('far').map((h) => h.id)).toEqual(['f1', 'f2', 'f3']))
    await library.updateSettings({ panes: [null, 'far'] })
    await vi.waitFor(() => expect(heldIds(library)).toEqual(['f1', 'f2', 'f3']))
    expect(library.highlightCount('left')).toBe(2)
  })

  it('include the other end of a link, in an article not shown, and let it go with the link’s own end', async () => {
    const { library } = await storesOverFakeMain([LEFT, RIGHT, FAR], (main) => {
      seed(main)
      main.library.links.push({ id: 'k', from: 'l1', to: 'f2', relation: 'quotes', createdAt: at })
    })
    expect(library.highlightById('f2')?.articleId).toBe('far')
    expect(library.highlightCount('far')).toBe(3)
    await library.updateSettings({ panes: [null, 'right'] })
    await vi.waitFor(() => expect(heldIds(library)).toEqual([]))
  })

  it('count a rename onto an existing tag at once across the library, and as main counts it once it answers', async () => {
    const { main, library } = await open()
    const renaming = useAnnotationStore().renameTag('quote', 'claim')
    expect(library.tagCounts.map((t) => t.tag)).toEqual(['Claim'])
    expect(await renaming).toBe(true)
    expect(library.tagCounts).toEqual(tagCounts(main.library))
    expect(library.tagCounts).toEqual([{ tag: 'Claim', highlights: 3, articles: 0 }])
    expect(await useHistoryStore().undo()).toBe('rename tag')
    expect(library.tagCounts).toEqual(tagCounts(main.library))
    expect(library.highlightTagsOf('far').sort()).toEqual(['claim', 'quote'])
  })

  it('take main’s figures after a rename for the articles it changed only, and show them where they are read', async () => {
    const { main, library } = await open()
    main.library.highlights.push(highlight('n1', 'none-shown', ['other']))
    await library.load()
    const farTags = computed(() => library.highlightTagsOf('far').slice().sort())
    const otherCount = computed(() => library.highlightCount('none-shown'))
    expect(farTags.value).toEqual(['claim', 'quote'])
    expect(otherCount.value).toBe(1)
    main.calls.length = 0
    expect(await useAnnotationStore().renameTag('quote', 'said')).toBe(true)
    expect(farTags.value).toEqual(['claim', 'said'])
    expect(library.tagCounts).toEqual(tagCounts(main.library))
    // The whole library is not read again for a tag change: only the figures it changed.
    expect(main.calls).toEqual(['renameTag', 'getHighlightSummaries'])
    expect(await useHistoryStore().undo()).toBe('rename tag')
    expect(farTags.value).toEqual(['claim', 'quote'])
    expect(library.tagCounts).toEqual(tagCounts(main.library))
    expect(main.calls).not.toContain('getLibraryView')
    expect(otherCount.value).toBe(1)
  })

  it('put back the figures shown at once when main refuses a merge', async () => {
    const { main, library } = await open()
    main.failNext('renameTag', 'The library folder is read-only.')
    expect(await useAnnotationStore().renameTag('quote', 'claim')).toBe(false)
    expect(library.highlightTagsOf('far').sort()).toEqual(['claim', 'quote'])
    expect(library.tagCounts).toEqual(tagCounts(main.library))
  })

  it('count an undo made after its article left the screen', async () => {
    const { main, library } = await open()
    const made = await useAnnotationStore().create('left', 'Belarus has', 0, 7, 'yellow')
    expect(library.highlightCount('left')).toBe(3)
    await library.updateSettings({ panes: [null, 'right'] })
    await vi.waitFor(() => expect(heldIds(library)).toEqual([]))
    expect(library.highlightCount('left')).toBe(3)
    expect(await useHistoryStore().undo()).toBe('highlight')
    expect(main.library.highlights.some((h) => h.id === made!.id)).toBe(false)
    expect(library.highlightCount('left')).toBe(2)
    expect(await useHistoryStore().redo()).toBe('highlight')
    expect(library.highlightCount('left')).toBe(3)
  })
})

describe('notes on highlights the window no longer holds', () => {
  const storage = () => {
    const items = new Map<string, string>()
    const api = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k)
    }
    // Object.keys(localStorage) lists the items, as in the browser.
    return new Proxy(api, { ownKeys: () => [...items.keys()], getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true }) })
  }

  it('saves a note whose article was closed before it was saved', async () => {
    vi.stubGlobal('localStorage', storage())
    const { main, library } = await open()
    const drafts = useNoteDraftStore()
    drafts.typed('l2', '', 'Typed as the pane closed.')
    await library.updateSettings({ panes: [null, 'right'] })
    await vi.waitFor(() => expect(heldIds(library)).toEqual([]))
    await drafts.finish('l2')
    expect(main.library.highlights.find((h) => h.id === 'l2')?.note).toBe('Typed as the pane closed.')
  })

  it('restores a draft left by a window that went away, on a highlight of an article not shown', async () => {
    vi.stubGlobal('localStorage', storage())
    localStorage.setItem('diptych:note-draft:f3', 'Kept in the draft.')
    const { main } = await open()
    await useNoteDraftStore().recover()
    expect(main.library.highlights.find((h) => h.id === 'f3')?.note).toBe('Kept in the draft.')
    expect(localStorage.getItem('diptych:note-draft:f3')).toBeNull()
  })
})
