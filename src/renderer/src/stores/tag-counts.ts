// The Tags dialog's figures: each tag with the number of highlights and of articles (not in the trash)
// that carry it. The articles' part is a computed of its own, so that a change to highlights (a rename
// shown at once, main's figures after it) does not walk every article again through its reactive proxy.
import { computed, type ComputedRef, type Ref } from 'vue'
import type { ArticleMeta } from '../../../shared/model'
import { foldTag } from '../../../shared/tag-ops'

export type TagCount = { tag: string; highlights: number; articles: number }

/** `highlightTags`: per article, its highlights' tags with how many carry each (read reactively). */
export function useTagCounts(
  articles: Ref<ArticleMeta[]>,
  highlightTags: () => readonly (readonly { tag: string; count: number }[])[]
): ComputedRef<TagCount[]> {
  const byArticles = computed(() => {
    const counts = new Map<string, { tag: string; articles: number }>()
    for (const a of articles.value) {
      if (a.deletedAt) continue
      for (const t of a.tags) {
        const c = counts.get(foldTag(t)) ?? { tag: t, articles: 0 }
        c.articles++
        counts.set(foldTag(t), c)
      }
    }
    return counts
  })

  return computed(() => {
    const counts = new Map<string, TagCount>()
    for (const tags of highlightTags()) {
      for (const t of tags) {
        const c = counts.get(foldTag(t.tag)) ?? { tag: t.tag, highlights: 0, articles: 0 }
        c.highlights += t.count
        counts.set(foldTag(t.tag), c)
      }
    }
    // Spelt as on highlights when they carry the tag, else as on the first article.
    for (const [key, { tag, articles }] of byArticles.value) {
      const c = counts.get(key) ?? { tag, highlights: 0, articles: 0 }
      c.articles = articles
      counts.set(key, c)
    }
    return [...counts.values()].sort((a, b) => a.tag.localeCompare(b.tag))
  })
}
