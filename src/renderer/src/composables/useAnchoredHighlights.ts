// Where each highlight of an article sits in its text now: anchored from the stored selectors against
// the canonical text of the model (never by walking the DOM). Orphans are kept and listed.
import { computed, watch, type Ref } from 'vue'
import { anchorMany, type AnchorResult } from '../../../shared/anchor'
import { canonicalText, type ArticleBody, type Highlight } from '../../../shared/model'
import { useLibraryStore } from '../stores/library'

export interface PlacedHighlight {
  highlight: Highlight
  start: number
  end: number
}

export function useAnchoredHighlights(articleId: Ref<string | null>, body: Ref<ArticleBody | null>) {
  const library = useLibraryStore()
  const text = computed(() => (body.value ? canonicalText(body.value.blocks) : ''))
  const highlights = computed(() => (articleId.value ? library.highlightsOf(articleId.value) : []))

  // The text of an open article never changes, so a highlight's place depends only on its selectors:
  // anchor each once, and again only when its selectors change (a new highlight costs one anchoring).
  const cache = new Map<string, { key: string; result: AnchorResult }>()
  const keyOf = (h: Highlight) => `${h.position.start}:${h.position.end}:${h.quote.exact.length}:${h.quote.prefix}:${h.quote.suffix}`
  watch(text, () => cache.clear())

  const result = computed(() => {
    const placed: PlacedHighlight[] = []
    const orphans: Highlight[] = []
    if (!body.value) return { placed, orphans }
    // A highlight that stayed on an earlier edition is not looked for in this one's text (editions).
    const list = highlights.value.filter((h) => h.edition === undefined)
    const missing = list.filter((h) => cache.get(h.id)?.key !== keyOf(h))
    const anchors = anchorMany(
      text.value,
      missing.map((h) => ({ quote: h.quote, position: h.position }))
    )
    missing.forEach((h, i) => cache.set(h.id, { key: keyOf(h), result: anchors[i] }))
    for (const h of list) {
      const a = cache.get(h.id)!.result
      if (a.status === 'orphan') orphans.push(h)
      else placed.push({ highlight: h, start: a.start, end: a.end })
    }
    orphans.push(...highlights.value.filter((h) => h.edition !== undefined))
    placed.sort((x, y) => x.start - y.start || y.end - x.end)
    return { placed, orphans }
  })

  return {
    text,
    placed: computed(() => result.value.placed),
    orphans: computed(() => result.value.orphans)
  }
}

/** The highlights covering an offset, innermost (shortest) first. */
export function highlightsAt(placed: readonly PlacedHighlight[], offset: number): PlacedHighlight[] {
  return placed.filter((p) => p.start <= offset && offset < p.end).sort((a, b) => a.end - a.start - (b.end - b.start))
}
