import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope, ref, shallowRef, watch } from 'vue'
import { canonicalText } from '../../../shared/model'
import { useAnnotationStore } from '../stores/annotations'
import { useLibraryStore } from '../stores/library'
import { LEFT, RIGHT, storesOverFakeMain } from '../stores/test-support/stores'
import { useAnchoredHighlights } from './useAnchoredHighlights'

afterEach(() => {
  vi.unstubAllGlobals()
})

/** A pane's placed highlights, and how many times they were worked out again. */
function pane(articleId: string, body: typeof LEFT) {
  const scope = effectScope()
  let recomputed = 0
  const placed = scope.run(() => {
    const { placed } = useAnchoredHighlights(ref(articleId), shallowRef(body))
    watch(placed, () => recomputed++, { flush: 'sync' })
    return placed
  })!
  void placed.value
  return { placed, recomputed: () => recomputed, stop: () => scope.stop() }
}

describe('useAnchoredHighlights', () => {
  it("works out a pane's highlights again only when that article's highlights change", async () => {
    await storesOverFakeMain()
    const annotations = useAnnotationStore()
    const left = pane('left', LEFT)
    const right = pane('right', RIGHT)

    const made = await annotations.create('right', canonicalText(RIGHT.blocks), 0, 7, 'yellow')
    void left.placed.value
    void right.placed.value
    expect(right.placed.value.map((p) => p.highlight.quote.exact)).toEqual(['Belarus'])
    expect(left.recomputed()).toBe(0)

    await annotations.update(made!.id, { tags: ['quote'] })
    await annotations.remove(made!.id)
    void left.placed.value
    void right.placed.value
    expect(right.placed.value).toEqual([])
    expect(left.recomputed()).toBe(0)
    expect(right.recomputed()).toBeGreaterThan(0)
    left.stop()
    right.stop()
  })

  it('follows a tag renamed everywhere on the highlights of the pane', async () => {
    await storesOverFakeMain()
    const annotations = useAnnotationStore()
    const left = pane('left', LEFT)
    const made = await annotations.create('left', canonicalText(LEFT.blocks), 0, 7, 'yellow')
    await annotations.update(made!.id, { tags: ['quote'] })
    expect(await annotations.renameTag('quote', 'claim')).toBe(true)
    expect(left.placed.value.map((p) => p.highlight.tags)).toEqual([['claim']])
    expect(annotations.allTags).toEqual([{ tag: 'claim', highlights: 1, articles: 0 }])
    left.stop()
  })

  it('lists a highlight that stayed on an earlier edition with the orphans, even where its words are still in the text', async () => {
    await storesOverFakeMain()
    const annotations = useAnnotationStore()
    const library = useLibraryStore()
    const made = await annotations.create('left', canonicalText(LEFT.blocks), 0, 7, 'yellow')
    library.putHighlight({ ...made!, edition: 1 })
    const scope = effectScope()
    const { placed, orphans } = scope.run(() => useAnchoredHighlights(ref('left'), shallowRef(LEFT)))!
    expect(placed.value).toEqual([])
    expect(orphans.value.map((h) => h.id)).toEqual([made!.id])
    scope.stop()
  })
})
