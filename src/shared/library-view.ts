// The library as the window holds it: every article, link and setting, but of the highlights only a
// summary per article (how many, which tags). The highlights themselves are fetched per article, for the
// articles on screen (getHighlights), so that the window's memory follows what it shows, not the library.
import type { LibrarySnapshot } from './api'
import type { Highlight, Id } from './model'
import { foldTag } from './tag-ops'

/** One article's highlights in brief: how many, and each tag on them with the number of highlights that carry it. */
export interface HighlightSummary {
  articleId: Id
  count: number
  /** Spelt as on the first highlight that carries the tag. */
  tags: { tag: string; count: number }[]
}

export type LibraryView = Omit<LibrarySnapshot, 'highlights'> & { summaries: HighlightSummary[] }

/** Per article with highlights, its summary, in the order of each article's first highlight. */
export function summarize(highlights: readonly Highlight[]): HighlightSummary[] {
  const byArticle = new Map<Id, { articleId: Id; count: number; tags: Map<string, { tag: string; count: number }> }>()
  for (const h of highlights) {
    let s = byArticle.get(h.articleId)
    if (!s) byArticle.set(h.articleId, (s = { articleId: h.articleId, count: 0, tags: new Map() }))
    s.count++
    for (const t of h.tags) {
      const key = foldTag(t)
      const entry = s.tags.get(key)
      if (entry) entry.count++
      else s.tags.set(key, { tag: t, count: 1 })
    }
  }
  return [...byArticle.values()].map((s) => ({ articleId: s.articleId, count: s.count, tags: [...s.tags.values()] }))
}

/** The summaries of the articles that hold these highlights (those a tag change touched), each whole:
 * what a tag change alters of the view, without the rest of the library. */
export function summariesHolding(highlights: readonly Highlight[], highlightIds: readonly Id[]): HighlightSummary[] {
  const wanted = new Set(highlightIds)
  const articles = new Set<Id>()
  for (const h of highlights) if (wanted.has(h.id)) articles.add(h.articleId)
  return summarize(highlights.filter((h) => articles.has(h.articleId)))
}

export function viewOf(snapshot: LibrarySnapshot): LibraryView {
  const { highlights, ...rest } = snapshot
  return { ...rest, summaries: summarize(highlights) }
}

/** The highlights of these articles, and these highlights by id, in the library's order. */
export function highlightsFor(highlights: readonly Highlight[], articleIds: readonly Id[], ids: readonly Id[] = []): Highlight[] {
  const articles = new Set(articleIds)
  const wanted = new Set(ids)
  return highlights.filter((h) => articles.has(h.articleId) || wanted.has(h.id))
}
