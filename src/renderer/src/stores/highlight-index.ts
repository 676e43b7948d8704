// The renderer's highlights (those of the articles on screen, see library-highlights.ts), found by id,
// by article and by tag without walking them all: a change costs in proportion to the change. Plain data, no Vue: the library
// store holds it raw and says which articles each change touched, so that only their views recompute.
// Highlights are frozen and replaced, never changed in place, so that a view's copy cannot drift.
import type { Highlight } from '../../../shared/model'
import { foldTag } from '../../../shared/tag-ops'

export class HighlightIndex {
  private readonly byId = new Map<string, Highlight>()
  /** Per article, its highlights in the order they came (a Map keeps a replaced one in its place). */
  private readonly byArticle = new Map<string, Map<string, Highlight>>()
  /** Per folded tag, the ids that carry it, with the spelling each uses. */
  private readonly byTag = new Map<string, Map<string, string>>()
  private allCache: Highlight[] | null = null
  private readonly articleCache = new Map<string, Highlight[]>()
  /** Articles whose highlights changed since the last `takeChanged`. */
  private changed = new Set<string>()

  get size(): number {
    return this.byId.size
  }

  replaceAll(list: readonly Highlight[]): void {
    for (const h of this.byId.values()) this.changed.add(h.articleId)
    this.byId.clear()
    this.byArticle.clear()
    this.byTag.clear()
    this.articleCache.clear()
    this.allCache = null
    for (const h of list) this.put(h)
  }

  get(id: string): Highlight | undefined {
    return this.byId.get(id)
  }

  /** Puts `h` in place of the highlight with its id, or adds it. */
  put(h: Highlight): Highlight {
    const frozen = Object.isFrozen(h) ? h : Object.freeze(h)
    const before = this.byId.get(h.id)
    if (before && before.articleId !== h.articleId) this.remove(h.id)
    const prior = this.byId.get(h.id)
    this.byId.set(h.id, frozen)
    let ofArticle = this.byArticle.get(h.articleId)
    if (!ofArticle) this.byArticle.set(h.articleId, (ofArticle = new Map()))
    ofArticle.set(h.id, frozen)
    if (prior) for (const t of prior.tags) if (!h.tags.includes(t)) this.untag(h.id, t)
    for (const t of h.tags) this.tag(h.id, t)
    this.touch(h.articleId)
    return frozen
  }

  remove(id: string): Highlight | undefined {
    const h = this.byId.get(id)
    if (!h) return undefined
    this.byId.delete(id)
    const ofArticle = this.byArticle.get(h.articleId)
    ofArticle?.delete(id)
    if (ofArticle?.size === 0) this.byArticle.delete(h.articleId)
    for (const t of h.tags) this.untag(id, t)
    this.touch(h.articleId)
    return h
  }

  /** Removes every highlight of an article: the window no longer shows it. */
  dropArticle(articleId: string): void {
    for (const id of [...(this.byArticle.get(articleId)?.keys() ?? [])]) this.remove(id)
  }

  /** Every highlight, in the order they came; the same array until the next change. */
  all(): readonly Highlight[] {
    this.allCache ??= [...this.byId.values()]
    return this.allCache
  }

  ofArticle(articleId: string): readonly Highlight[] {
    let list = this.articleCache.get(articleId)
    if (!list) this.articleCache.set(articleId, (list = [...(this.byArticle.get(articleId)?.values() ?? [])]))
    return list
  }

  countOf(articleId: string): number {
    return this.byArticle.get(articleId)?.size ?? 0
  }

  /** The highlights that carry a tag, in any spelling. */
  withTag(tag: string): Highlight[] {
    return [...(this.byTag.get(foldTag(tag))?.keys() ?? [])].map((id) => this.byId.get(id)!)
  }

  /** Each tag on highlights, spelt as on the first highlight that carries it, with its number of highlights. */
  tagCounts(): { tag: string; highlights: number }[] {
    const out: { tag: string; highlights: number }[] = []
    for (const ids of this.byTag.values()) out.push({ tag: ids.values().next().value!, highlights: ids.size })
    return out
  }

  /** The articles whose highlights changed since the last call. */
  takeChanged(): Set<string> {
    const changed = this.changed
    this.changed = new Set()
    return changed
  }

  private tag(id: string, tag: string): void {
    const key = foldTag(tag)
    let ids = this.byTag.get(key)
    if (!ids) this.byTag.set(key, (ids = new Map()))
    ids.set(id, tag)
  }

  private untag(id: string, tag: string): void {
    const key = foldTag(tag)
    const ids = this.byTag.get(key)
    if (!ids) return
    ids.delete(id)
    if (ids.size === 0) this.byTag.delete(key)
  }

  private touch(articleId: string): void {
    this.articleCache.delete(articleId)
    this.allCache = null
    this.changed.add(articleId)
  }
}
