// Where each highlight of an article sits in its text now: anchored from the stored selectors against
// the canonical text of the model (never by walking the DOM). Orphans are kept and listed.
import { computed, type Ref } from 'vue'
import { anchorMany } from '../../../shared/anchor'
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
  const highlights = computed(() => library.highlights.filter((h) => h.articleId === articleId.value))

  const result = computed(() => {
    const placed: PlacedHighlight[] = []
    const orphans: Highlight[] = []
    if (!body.value) return { placed, orphans }
    const list = highlights.value
    const anchors = anchorMany(
      text.value,
      list.map((h) => ({ quote: h.quote, position: h.position }))
    )
    list.forEach((h, i) => {
      const a = anchors[i]
      if (a.status === 'orphan') orphans.push(h)
      else placed.push({ highlight: h, start: a.start, end: a.end })
    })
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
