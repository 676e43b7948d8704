// What search keeps between queries so that a query scans folded text instead of folding and filtering
// the whole library again: the highlights grouped by article, each one's quote, note and tags folded
// once (refolded only when they change), and per article all of them joined, so that an article none of
// whose highlights can match is passed over with a single indexOf.
//
// Kept up to date, not rebuilt: after a change, one pass over the library compares each highlight with
// what was folded from it (the same strings, compared by reference mostly) and its place in its article;
// only the articles where something differs are grouped and joined again. The pass finds any change,
// whoever made it (this process, another one whose change was read), without being told.
import type { Highlight, Library } from '../../shared/model'
import { fold } from '../../shared/fold'

export interface FoldedHighlight {
  highlight: Highlight
  exact: string
  note: string
  tags: string[]
}

interface Entry extends FoldedHighlight {
  /** The texts it was folded from, to tell when the highlight changed. */
  from: { exact: string; note: string; tags: readonly string[] }
  /** The pass that last met it: an entry not met in a pass is a deleted highlight's. */
  seen: number
  /** The pass that folded it. */
  folded: number
}

export interface ArticleHighlights {
  list: FoldedHighlight[]
  /** Every folded quote, note and tag of the article, joined by a character no query holds. */
  joined: string
}

const SEPARATOR = '\u0000'

const sameTags = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t, i) => t === b[i])

const unchanged = (e: Entry, h: Highlight) => e.from.exact === h.quote.exact && e.from.note === h.note && sameTags(e.from.tags, h.tags)

const joinAll = (list: FoldedHighlight[]) => list.map((e) => [e.exact, e.note, ...e.tags].join(SEPARATOR)).join(SEPARATOR)

export class HighlightIndex {
  private readonly entries = new Map<string, Entry>()
  private readonly byArticle = new Map<string, ArticleHighlights>()
  private builtFor: { library: Library | null; version: number } = { library: null, version: -1 }
  private pass = 0

  /** `onRegroup` hears of every article whose group was made again or dropped, as it happens. */
  constructor(private readonly onRegroup: (articleId: string, group: ArticleHighlights | undefined) => void = () => undefined) {}

  /** The highlights of each article, brought up to date with `library` when it changed since (`version`). */
  of(library: Library, version: number): Map<string, ArticleHighlights> {
    if (this.builtFor.library !== library || this.builtFor.version !== version) this.update(library)
    this.builtFor = { library, version }
    return this.byArticle
  }

  /** Folds every highlight ahead of the first query, a slice at a time, so that main is not held for long. */
  async prepare(library: Library, slice = 2_000): Promise<void> {
    const list = library.highlights
    for (let i = 0; i < list.length; i++) {
      this.entryFor(list[i], this.pass)
      if (i % slice === slice - 1) await new Promise((resolve) => setImmediate(resolve))
    }
  }

  private update(library: Library): void {
    const pass = ++this.pass
    /** Per article met so far: how many of its highlights, and whether they differ from its list. */
    const met = new Map<string, { count: number; changed: boolean; list: readonly Entry[] }>()
    let m = { count: 0, changed: false, list: [] as readonly Entry[] }
    let article: string | undefined
    let seen = 0
    for (const h of library.highlights) {
      // An article's highlights mostly come one after another: its tally is looked up once per run.
      if (h.articleId !== article) {
        article = h.articleId
        let tally = met.get(article)
        if (!tally) met.set(article, (tally = { count: 0, changed: false, list: (this.byArticle.get(article)?.list ?? []) as Entry[] }))
        m = tally
      }
      // Where nothing changed, the entry at this place in its article's list is this highlight's.
      const here = m.list[m.count]
      const entry = here !== undefined && here.highlight === h && unchanged(here, h) ? here : this.entryFor(h, pass)
      if (entry.seen !== pass) seen++
      entry.seen = pass
      if (entry !== here || entry.folded === pass) m.changed = true
      m.count++
    }
    if (seen !== this.entries.size) for (const [id, entry] of this.entries) if (entry.seen !== pass) this.entries.delete(id)
    for (const articleId of this.byArticle.keys())
      if (!met.has(articleId)) {
        this.byArticle.delete(articleId)
        this.onRegroup(articleId, undefined)
      }
    const regrouped = new Map<string, FoldedHighlight[]>()
    for (const [articleId, tally] of met) if (tally.changed || tally.list.length !== tally.count) regrouped.set(articleId, [])
    if (regrouped.size === 0) return
    // Grouped again in the library's order.
    for (const h of library.highlights) regrouped.get(h.articleId)?.push(this.entries.get(h.id)!)
    for (const [articleId, list] of regrouped) {
      const group = { list, joined: joinAll(list) }
      this.byArticle.set(articleId, group)
      this.onRegroup(articleId, group)
    }
  }

  /** The entry of `h`, folded again only when its texts changed. */
  private entryFor(h: Highlight, pass: number): Entry {
    const old = this.entries.get(h.id)
    if (old && unchanged(old, h)) {
      old.highlight = h
      return old
    }
    const entry: Entry = {
      highlight: h,
      exact: fold(h.quote.exact),
      note: fold(h.note),
      tags: h.tags.map(fold),
      from: { exact: h.quote.exact, note: h.note, tags: [...h.tags] },
      seen: 0,
      folded: pass
    }
    this.entries.set(h.id, entry)
    return entry
  }
}
