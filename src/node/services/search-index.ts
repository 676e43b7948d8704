// What search keeps between queries so that a query scans folded text instead of folding and filtering
// the whole library again: the highlights grouped by article, each one's quote, note and tags folded
// once (refolded only when they change), and per article all of them joined, so that an article none of
// whose highlights can match is passed over with a single indexOf.
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
}

export interface ArticleHighlights {
  list: FoldedHighlight[]
  /** Every folded quote, note and tag of the article, joined by a character no query holds. */
  joined: string
}

const SEPARATOR = '\u0000'

const sameTags = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t, i) => t === b[i])

export class HighlightIndex {
  private entries = new Map<string, Entry>()
  private byArticle = new Map<string, ArticleHighlights>()
  private builtFor: { library: Library | null; version: number } = { library: null, version: -1 }

  /** The highlights of each article, brought up to date with `library` when it changed since (`version`). */
  of(library: Library, version: number): Map<string, ArticleHighlights> {
    if (this.builtFor.library !== library || this.builtFor.version !== version) this.rebuild(library, version)
    return this.byArticle
  }

  private rebuild(library: Library, version: number): void {
    const entries = new Map<string, Entry>()
    const lists = new Map<string, FoldedHighlight[]>()
    for (const h of library.highlights) {
      const entry = this.entryFor(h)
      entries.set(h.id, entry)
      let list = lists.get(h.articleId)
      if (!list) lists.set(h.articleId, (list = []))
      list.push(entry)
    }
    this.entries = entries
    this.byArticle = new Map(
      [...lists].map(([id, list]) => [id, { list, joined: list.map((e) => [e.exact, e.note, ...e.tags].join(SEPARATOR)).join(SEPARATOR) }])
    )
    this.builtFor = { library, version }
  }

  private entryFor(h: Highlight): Entry {
    const old = this.entries.get(h.id)
    if (old && old.from.exact === h.quote.exact && old.from.note === h.note && sameTags(old.from.tags, h.tags)) {
      old.highlight = h
      return old
    }
    return {
      highlight: h,
      exact: fold(h.quote.exact),
      note: fold(h.note),
      tags: h.tags.map(fold),
      from: { exact: h.quote.exact, note: h.note, tags: [...h.tags] }
    }
  }
}
