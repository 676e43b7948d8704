// The two panes: which article each shows, swapping, closing, the divider, and where to scroll to.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Settings } from '../../../shared/model'
import { useLibraryStore } from './library'

export type Side = 0 | 1
export const SIDES: readonly Side[] = [0, 1]
export const sideName = (side: Side) => (side === 0 ? 'left' : 'right')

/** A request to bring a range into view in a pane (and flash it), from search or the sidebar. */
export interface ScrollRequest {
  side: Side
  start: number
  end: number
  flash: boolean
  /** Also select the passage (a link's passage whose highlight is not here: the reader may highlight it again). */
  select?: boolean
  seq: number
}

export const useReaderStore = defineStore('reader', () => {
  const library = useLibraryStore()
  const panes = computed(() => library.settings.panes)
  const split = computed(() => library.settings.split)
  // One per pane: a link to a pair scrolls both at once.
  const scrollRequests = ref<[ScrollRequest | null, ScrollRequest | null]>([null, null])
  // The last scroll request each pane has carried out: what follows a jump (levelling a pair) waits for it.
  const scrolled = ref<[number, number]>([0, 0])
  const activeSide = ref<Side>(0)
  /** The annotations sidebar to open on an entry (a link to an orphaned highlight); a new object each time. */
  const sidebarFor = ref<{ side: Side; highlightId: string } | null>(null)
  let seq = 0

  const openCount = computed(() => panes.value.filter((p) => p !== null).length)

  function setPanes(next: Settings['panes']): Promise<void> {
    return library.updateSettings({ panes: next })
  }

  function open(side: Side, articleId: string): Promise<void> {
    const next = [...panes.value] as Settings['panes']
    next[side] = articleId
    activeSide.value = side
    return setPanes(next)
  }

  /** Opens an article where the reader most likely wants it: an empty pane, else the active one. */
  function openSomewhere(articleId: string): Side {
    const already = panes.value.indexOf(articleId)
    if (already >= 0) return already as Side
    const empty = panes.value.indexOf(null)
    const side = (empty >= 0 ? empty : activeSide.value) as Side
    void open(side, articleId)
    return side
  }

  function openPair(left: string, right: string): Promise<void> {
    activeSide.value = 0
    return setPanes([left, right])
  }

  function swap(): Promise<void> {
    return setPanes([panes.value[1], panes.value[0]])
  }

  function close(side: Side): Promise<void> {
    const next = [...panes.value] as Settings['panes']
    next[side] = null
    return setPanes(next)
  }

  function setSplit(value: number): Promise<void> {
    return library.updateSettings({ split: Math.min(0.8, Math.max(0.2, value)) })
  }

  /** Asks a pane to bring a passage into view; the request's number, which `scrolled` reaches once it is done. */
  function scrollTo(side: Side, start: number, end: number, flash = true, select = false): number {
    const next = [...scrollRequests.value] as typeof scrollRequests.value
    next[side] = { side, start, end, flash, select, seq: ++seq }
    scrollRequests.value = next
    return seq
  }

  function scrollDone(side: Side, done: number): void {
    const next = [...scrolled.value] as typeof scrolled.value
    next[side] = Math.max(next[side], done)
    scrolled.value = next
  }

  return {
    panes,
    split,
    openCount,
    activeSide,
    sidebarFor,
    scrollRequests,
    scrolled,
    scrollDone,
    open,
    openSomewhere,
    openPair,
    swap,
    close,
    setSplit,
    scrollTo
  }
})
