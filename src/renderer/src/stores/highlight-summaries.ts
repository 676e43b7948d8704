// Main's summary of each article's highlights (how many, which tags), for the articles whose highlights
// the window does not hold: the library list's counts and the Tags dialog's come from here. Kept up to
// date by the changes the window makes to such highlights (an undo in an article no longer shown), and
// replaced by main's whenever the library is read again. Plain data, no Vue.
import type { Highlight } from '../../../shared/model'
import type { HighlightSummary } from '../../../shared/library-view'
import { foldTag } from '../../../shared/tag-ops'

type Tally = Map<string, { tag: string; count: number }>

const tallyOf = (s: HighlightSummary | undefined): Tally => new Map((s?.tags ?? []).map((t) => [foldTag(t.tag), { ...t }]))

function bump(tally: Tally, tags: readonly string[], by: number): void {
  for (const tag of tags) {
    const key = foldTag(tag)
    const entry = tally.get(key) ?? { tag, count: 0 }
    entry.count += by
    if (entry.count > 0) tally.set(key, entry)
    else tally.delete(key)
  }
}

export class HighlightSummaries {
  private byArticle = new Map<string, HighlightSummary>()

  replaceAll(list: readonly HighlightSummary[]): void {
    this.byArticle = new Map(list.map((s) => [s.articleId, s]))
  }

  get(articleId: string): HighlightSummary | undefined {
    return this.byArticle.get(articleId)
  }

  set(summary: HighlightSummary): void {
    if (summary.count === 0) this.byArticle.delete(summary.articleId)
    else this.byArticle.set(summary.articleId, summary)
  }

  articleIds(): IterableIterator<string> {
    return this.byArticle.keys()
  }

  /** A highlight of the article changed from `before` to `after` (either absent: added, removed). */
  adjust(articleId: string, before: Highlight | undefined, after: Highlight | undefined): void {
    const s = this.byArticle.get(articleId)
    const tally = tallyOf(s)
    if (before) bump(tally, before.tags, -1)
    if (after) bump(tally, after.tags, 1)
    const count = Math.max(0, (s?.count ?? 0) + (after ? 1 : 0) - (before ? 1 : 0))
    this.set({ articleId, count, tags: [...tally.values()] })
  }

  /** A rename, merge or delete of `tag` shown at once, on the summaries that carry it; the articles
   * rewritten. A merge counts a highlight that carries both tags twice until main's figures replace
   * these (a summary does not say which highlights carry which). */
  rewrite(tag: string, rewrite: (before: string[]) => string[]): string[] {
    const key = foldTag(tag)
    const touched: string[] = []
    // The same few hundred spellings over and over: each rewritten once.
    const rewritten = new Map<string, string[]>()
    const rewriteOne = (t: string) => rewritten.get(t) ?? rewritten.set(t, rewrite([t])).get(t)!
    for (const s of this.byArticle.values()) {
      if (!s.tags.some((t) => foldTag(t.tag) === key)) continue
      const tally: Tally = new Map()
      for (const t of s.tags) bump(tally, rewriteOne(t.tag), t.count)
      this.byArticle.set(s.articleId, { ...s, tags: [...tally.values()] })
      touched.push(s.articleId)
    }
    return touched
  }
}
