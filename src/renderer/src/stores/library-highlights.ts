// The library store's highlights: held raw in an index (by id, article and tag) and made reactive by
// version counters, one for the library and one per article, so that a change to one highlight
// recomputes the views of its article and the library's counts, not a filter over every highlight.
// Every change to highlights in the renderer goes through these functions.
import { computed, shallowRef, type Ref, type ShallowRef } from 'vue'
import type { DeletedHighlight, TagChange } from '../../../shared/api'
import type { ArticleMeta, Highlight, Link } from '../../../shared/model'
import { applyTagChange as applyToItems, foldTag, hasTag } from '../../../shared/tag-ops'
import { HighlightIndex } from './highlight-index'

export function useHighlights(articles: Ref<ArticleMeta[]>, links: Ref<Link[]>) {
  const index = new HighlightIndex()
  const version = shallowRef(0)
  const perArticle = new Map<string, ShallowRef<number>>()

  const track = (articleId: string) => {
    let v = perArticle.get(articleId)
    if (!v) perArticle.set(articleId, (v = shallowRef(0)))
    return v.value
  }

  /** One reactive trigger per batch of changes, for the library and for each article touched. */
  function changed(): void {
    const ids = index.takeChanged()
    if (ids.size === 0) return
    version.value++
    for (const id of ids) {
      const v = perArticle.get(id)
      if (v) v.value++
    }
  }

  function replaceAll(list: readonly Highlight[]): void {
    index.replaceAll(list)
    changed()
  }

  function putHighlight(h: Highlight): void {
    index.put(h)
    changed()
  }

  /** Removes a highlight with its links; what was removed, so that undo brings back the same objects. */
  function removeHighlight(id: string): DeletedHighlight | null {
    const highlight = index.remove(id)
    if (!highlight) return null
    const touching = (l: Link) => l.from === id || l.to === id
    const gone = links.value.filter(touching)
    if (gone.length) links.value = links.value.filter((l) => !touching(l))
    changed()
    return { highlight, links: gone }
  }

  /** Puts back a deleted highlight, and those of its links whose other end is still there. */
  function restoreHighlight(deleted: DeletedHighlight): void {
    index.put(deleted.highlight)
    for (const link of deleted.links) {
      if (!index.get(link.from) || !index.get(link.to)) continue
      const i = links.value.findIndex((l) => l.id === link.id)
      if (i >= 0) links.value[i] = link
      else links.value.push(link)
    }
    changed()
  }

  /** A tag change main made (see shared/tag-ops' applyTagChange), on the view: one trigger for all. */
  function applyTagChange(change: TagChange, rewrite: (before: string[]) => string[] = (before) => [...before]): void {
    for (const { id, tags } of change.highlights) {
      const h = index.get(id)
      if (h) index.put({ ...h, tags: rewrite(tags) })
    }
    applyToItems({ highlights: [], articles: articles.value }, { highlights: [], articles: change.articles }, rewrite)
    changed()
  }

  /** What main's tagChangeOf (shared/tag-ops) finds for `tag`, found through the index. */
  function tagChangeOf(tag: string): TagChange {
    const entry = (x: { id: string; tags: string[] }) => ({ id: x.id, tags: [...x.tags] })
    return { highlights: index.withTag(tag).map(entry), articles: articles.value.filter((a) => hasTag(a.tags, tag)).map(entry) }
  }

  /** Each tag with the number of highlights and of articles (not in the trash) that carry it, by name. */
  const tagCounts = computed(() => {
    void version.value
    const counts = new Map<string, { tag: string; highlights: number; articles: number }>()
    for (const c of index.tagCounts()) counts.set(foldTag(c.tag), { tag: c.tag, highlights: c.highlights, articles: 0 })
    for (const a of articles.value) {
      if (a.deletedAt) continue
      for (const t of a.tags) {
        const c = counts.get(foldTag(t)) ?? { tag: t, highlights: 0, articles: 0 }
        c.articles++
        counts.set(foldTag(t), c)
      }
    }
    return [...counts.values()].sort((a, b) => a.tag.localeCompare(b.tag))
  })

  return {
    replaceAll,
    exposed: {
      /** Every highlight, in the order they came. Reading it follows every change: prefer the lookups below. */
      highlights: computed(() => (void version.value, index.all())),
      highlightById: (id: string): Highlight | undefined => (void version.value, index.get(id)),
      highlightsOf: (articleId: string): readonly Highlight[] => (track(articleId), index.ofArticle(articleId)),
      highlightCount: (articleId: string): number => (track(articleId), index.countOf(articleId)),
      highlightsWithTag: (tag: string): Highlight[] => (void version.value, index.withTag(tag)),
      tagCounts,
      putHighlight,
      removeHighlight,
      restoreHighlight,
      applyTagChange,
      tagChangeOf
    }
  }
}
