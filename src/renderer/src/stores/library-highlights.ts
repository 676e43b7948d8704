// The library store's highlights. The window holds in full only those of the articles it shows (the
// panes, and what a link being opened needs), plus the other end of each of their links; for every other
// article it knows main's summary (how many, which tags). So its memory follows what is on screen, not
// the size of the library. Held raw in an index (by id, article and tag) and made reactive by version
// counters, one for the library and one per article, so that a change to one highlight recomputes the
// views of its article and the library's counts, not a filter over every highlight.
// Every change to highlights in the renderer goes through these functions.
import { computed, shallowRef, toRaw, type Ref, type ShallowRef } from 'vue'
import type { DeletedHighlight, TagChange } from '../../../shared/api'
import type { HighlightSummary } from '../../../shared/library-view'
import { summarize } from '../../../shared/library-view'
import type { ArticleMeta, Highlight, Link } from '../../../shared/model'
import { applyTagChange as applyToItems, foldTag, hasTag } from '../../../shared/tag-ops'
import { HighlightIndex } from './highlight-index'
import { HighlightSummaries } from './highlight-summaries'
import { useTagCounts } from './tag-counts'

/** Asks main for the highlights of these articles and these highlights by id; null when it could not answer. */
export type FetchHighlights = (articleIds: string[], ids: string[]) => Promise<Highlight[] | null>

export function useHighlights(articles: Ref<ArticleMeta[]>, links: Ref<Link[]>, shown: () => string[], fetch: FetchHighlights) {
  const index = new HighlightIndex()
  const summaries = new HighlightSummaries()
  /** The articles whose highlights are all in the index; the index's other highlights are links' ends. */
  const held = new Set<string>()
  /** Articles whose highlights a caller needs for a while (a link being opened), whether shown or not. */
  const pinned = new Map<string, number>()
  const version = shallowRef(0)
  /** Bumped when main's summaries are read again: every article's count may have changed. */
  const summariesVersion = shallowRef(0)
  const perArticle = new Map<string, ShallowRef<number>>()
  /** Articles whose summary changed outside the index since the last trigger. */
  const adjusted = new Set<string>()

  const track = (articleId: string) => {
    let v = perArticle.get(articleId)
    if (!v) perArticle.set(articleId, (v = shallowRef(0)))
    return v.value
  }

  /** One reactive trigger per batch of changes, for the library and for each article touched. */
  function changed(): void {
    const ids = index.takeChanged()
    for (const id of adjusted) ids.add(id)
    adjusted.clear()
    if (ids.size === 0) return
    version.value++
    for (const id of ids) {
      const v = perArticle.get(id)
      if (v) v.value++
    }
  }

  const summaryOf = (articleId: string): HighlightSummary | undefined =>
    held.has(articleId) ? summarize(index.ofArticle(articleId))[0] : summaries.get(articleId)

  /** A highlight of an article not held changed: its summary follows (a held one's is the index's). */
  function adjust(before: Highlight | undefined, after: Highlight | undefined): void {
    const articleId = (after ?? before)?.articleId
    if (!articleId || held.has(articleId)) return
    summaries.adjust(articleId, before, after)
    adjusted.add(articleId)
  }

  function put(h: Highlight): void {
    const before = index.get(h.id)
    index.put(h)
    adjust(before, h)
  }

  /** Main's summaries, read again with the library; the highlights held are then fetched again. */
  function replaceSummaries(list: readonly HighlightSummary[]): void {
    summaries.replaceAll(list)
    summariesVersion.value++
    version.value++
  }

  function evict(articleId: string): void {
    summaries.set(summaryOf(articleId) ?? { articleId, count: 0, tags: [] })
    held.delete(articleId)
    index.dropArticle(articleId)
    adjusted.add(articleId)
  }

  /** The other ends of the links of the highlights held, as far as the index lacks them. */
  function partnersMissing(): string[] {
    const missing = new Set<string>()
    for (const l of links.value) {
      const [from, to] = [index.get(l.from), index.get(l.to)]
      if (from && !to && held.has(from.articleId)) missing.add(l.to)
      if (to && !from && held.has(to.articleId)) missing.add(l.from)
    }
    return [...missing]
  }

  /** Drops the highlights held for no article shown and no link of one. */
  function dropStrays(): void {
    const ends = new Set<string>()
    for (const l of links.value) {
      const [from, to] = [index.get(l.from), index.get(l.to)]
      if (from && held.has(from.articleId)) ends.add(l.to)
      if (to && held.has(to.articleId)) ends.add(l.from)
    }
    for (const h of index.all()) if (!held.has(h.articleId) && !ends.has(h.id)) index.remove(h.id)
  }

  const wanted = () => new Set([...shown(), ...pinned.keys()])

  /** Brings the index to the articles wanted now: those newly shown (all of them with `again`) fetched, the others let go. */
  async function syncNow(again: boolean): Promise<void> {
    for (const id of [...held]) if (!wanted().has(id)) evict(id)
    const fetching = [...wanted()].filter((id) => again || !held.has(id))
    const list = fetching.length ? await fetch(fetching, []) : []
    if (list) {
      const still = wanted()
      const arrived = fetching.filter((id) => still.has(id))
      for (const id of arrived) {
        index.dropArticle(id)
        held.add(id)
        adjusted.add(id)
      }
      for (const h of list) if (held.has(h.articleId) && arrived.includes(h.articleId)) index.put(h)
    }
    const ends = partnersMissing()
    const found = ends.length ? await fetch([], ends) : null
    for (const h of found ?? []) if (!index.get(h.id)) index.put(h)
    if (found) {
      // A link whose other end main no longer has is gone in main too (a delete made elsewhere).
      const missing = new Set(ends.filter((id) => !index.get(id)))
      if (missing.size) links.value = links.value.filter((l) => !missing.has(l.from) && !missing.has(l.to))
    }
    dropStrays()
    changed()
  }

  let chain: Promise<void> = Promise.resolve()
  /** Queues a sync after those asked before; `again`: fetch the articles held again (the library was read again). */
  function sync(again = false): Promise<void> {
    chain = chain.then(() => syncNow(again)).catch(() => undefined)
    return chain
  }

  /** Keeps the highlights of these articles at hand until the returned release is called. */
  async function pin(articleIds: readonly string[]): Promise<() => void> {
    for (const id of articleIds) pinned.set(id, (pinned.get(id) ?? 0) + 1)
    await sync()
    return () => {
      for (const id of articleIds) {
        const n = (pinned.get(id) ?? 1) - 1
        if (n > 0) pinned.set(id, n)
        else pinned.delete(id)
      }
      void sync()
    }
  }

  /** Fetches the highlights of these ids the index lacks (an undo in an article no longer shown). */
  async function ensure(ids: readonly string[]): Promise<void> {
    const missing = ids.filter((id) => !index.get(id))
    if (missing.length === 0) return
    for (const h of (await fetch([], missing)) ?? []) if (!index.get(h.id)) index.put(h)
    changed()
  }

  function putHighlight(h: Highlight): void {
    put(h)
    changed()
  }

  /** Removes a highlight with its links; what was removed, so that undo brings back the same objects.
   * `known`: the highlight as main deleted it, for one the window does not hold. */
  function removeHighlight(id: string, known?: Highlight): DeletedHighlight | null {
    const highlight = index.remove(id) ?? known
    if (!highlight) return null
    adjust(highlight, undefined)
    const touching = (l: Link) => l.from === id || l.to === id
    const gone = links.value.filter(touching)
    if (gone.length) links.value = links.value.filter((l) => !touching(l))
    changed()
    return { highlight, links: gone }
  }

  /** Puts back a deleted highlight with its links. Main puts back those whose other end it still has:
   * the sync that follows asks main for the ends the window lacks and drops the links it has not. */
  function restoreHighlight(deleted: DeletedHighlight): void {
    put(deleted.highlight)
    for (const link of deleted.links) {
      const i = links.value.findIndex((l) => l.id === link.id)
      if (i >= 0) links.value[i] = link
      else links.value.push(link)
    }
    changed()
    void sync()
  }

  /** A tag change main made (see shared/tag-ops' applyTagChange), on the view: one trigger for all. */
  function applyTagChange(change: TagChange, rewrite: (before: string[]) => string[] = (before) => [...before]): void {
    for (const { id, tags } of change.highlights) {
      const h = index.get(id)
      if (h) put({ ...h, tags: rewrite(tags) })
    }
    applyToItems({ highlights: [], articles: articles.value }, { highlights: [], articles: change.articles }, rewrite)
    changed()
  }

  /** A rename, merge or delete of `tag` shown at once on the articles not held, until main's summaries come. */
  function rewriteSummaries(tag: string, rewrite: (before: string[]) => string[]): void {
    for (const id of summaries.rewrite(tag, rewrite)) adjusted.add(id)
    changed()
  }

  /** Main's summaries of some articles (those a tag change touched): only their views and the counts recompute. */
  function takeSummaries(list: readonly HighlightSummary[]): void {
    for (const s of list) {
      if (held.has(s.articleId)) continue
      summaries.set(s)
      adjusted.add(s.articleId)
    }
    changed()
  }

  /** What main's tagChangeOf (shared/tag-ops) finds for `tag` among the highlights held and the articles. */
  function tagChangeOf(tag: string): TagChange {
    const entry = (x: { id: string; tags: string[] }) => ({ id: x.id, tags: [...x.tags] })
    // Read past the reactive proxy: a question asked in an action, not a view to keep up to date.
    return {
      highlights: index.withTag(tag).map(entry),
      articles: toRaw(articles.value)
        .filter((a) => hasTag(a.tags, tag))
        .map(entry)
    }
  }

  /** How `tag` is spelt on highlights already, if any carries it. */
  function spellingOf(tag: string): string | undefined {
    void version.value
    const key = foldTag(tag)
    for (const id of new Set([...held, ...summaries.articleIds()]))
      for (const t of summaryOf(id)?.tags ?? []) if (foldTag(t.tag) === key) return t.tag
    return undefined
  }

  const tagCounts = useTagCounts(articles, () => {
    void version.value
    return [...new Set([...summaries.articleIds(), ...held])].map((id) => summaryOf(id)?.tags ?? [])
  })

  return {
    replaceSummaries,
    takeSummaries,
    sync,
    exposed: {
      /** The highlights held: those of the articles shown and their links' other ends. Prefer the lookups below. */
      highlights: computed(() => (void version.value, index.all())),
      highlightById: (id: string): Highlight | undefined => (void version.value, index.get(id)),
      /** The highlights of an article held (one shown): empty until they came from main. */
      highlightsOf: (articleId: string): readonly Highlight[] => (track(articleId), index.ofArticle(articleId)),
      /** Whether the highlights of this article are all at hand. */
      highlightsHeld: (articleId: string): boolean => (track(articleId), held.has(articleId)),
      highlightCount: (articleId: string): number => (track(articleId), void summariesVersion.value, summaryOf(articleId)?.count ?? 0),
      /** The tags used on an article's highlights, each once. */
      highlightTagsOf: (articleId: string): string[] => (
        track(articleId),
        void summariesVersion.value,
        (summaryOf(articleId)?.tags ?? []).map((t) => t.tag)
      ),
      spellingOf,
      tagCounts,
      pinHighlights: pin,
      ensureHighlights: ensure,
      putHighlight,
      removeHighlight,
      restoreHighlight,
      applyTagChange,
      rewriteSummaries,
      tagChangeOf
    }
  }
}
