// Search across the library: article text, titles, highlight quotes, notes and tags. A substring
// search, case- and accent-insensitive; the hits, their order and their limits are those of the first
// version (test-support/search-baseline.ts), found through what HighlightIndex keeps between queries,
// in only the articles that a SearchFilter (by default the grams of search-grams.ts) says may hold them.
import type { SearchHit } from '../../shared/api'
import { canonicalText, type ArticleMeta } from '../../shared/model'
import type { Store } from '../store/store'
import { fold } from '../../shared/fold'
import { HighlightIndex, type ArticleHighlights } from './search-index'
import { GramFilter, type SearchFilter } from './search-filter'
import { excerpt, snippet } from './search-snippet'

const MAX_HITS_PER_ARTICLE = 20
const MAX_HITS = 500
/** Characters of highlights put in the filter at a time ahead of the first query: a few milliseconds. */
const WARM_SLICE = 200_000

export class SearchService {
  private readonly texts = new Map<string, { folded: string; text: string }>()
  private readonly titles = new Map<string, { title: string; folded: string }>()
  private readonly highlights: HighlightIndex

  constructor(
    private readonly store: Store,
    private readonly filter: SearchFilter = new GramFilter()
  ) {
    this.highlights = new HighlightIndex((id, group) => filter.highlights(id, group?.joined ?? null))
  }

  private async text(id: string) {
    let entry = this.texts.get(id)
    if (!entry) {
      const body = await this.store.readBody(id).catch(() => null)
      const text = body ? canonicalText(body.blocks) : ''
      entry = { text, folded: fold(text) }
      // An article deleted while its text was read is not held on to.
      if (this.store.data.articles.some((a) => a.id === id)) {
        this.texts.set(id, entry)
        this.filter.text(id, entry.folded)
      }
    }
    return entry
  }

  private foldedTitle(article: ArticleMeta): string {
    let entry = this.titles.get(article.id)
    if (entry?.title !== article.title) this.titles.set(article.id, (entry = { title: article.title, folded: fold(article.title) }))
    return entry.folded
  }

  /** Reads and folds every article's text, and the highlights, ahead of the first query; what cannot be
   * read is left for then. */
  async warm(): Promise<void> {
    for (const article of [...this.store.data.articles]) await this.text(article.id).catch(() => undefined)
    await this.highlights.prepare(this.store.data)
    this.refresh()
    while (!this.filter.catchUp(WARM_SLICE)) await new Promise((resolve) => setImmediate(resolve))
  }

  /** Brings what search keeps up to date with the library, as each query does first. */
  refresh(): Map<string, ArticleHighlights> {
    return this.highlights.of(this.store.data, this.store.version)
  }

  async search(query: string): Promise<SearchHit[]> {
    const q = fold(query.trim())
    if (q.length < 2) return []
    const lib = this.store.data
    const byArticle = this.refresh()
    const may = this.filter.mayHold(q)
    const hits: SearchHit[] = []
    for (const article of lib.articles) {
      if (article.deletedAt) continue
      const perArticle: SearchHit[] = []
      const add = (hit: SearchHit) => perArticle.length < MAX_HITS_PER_ARTICLE && perArticle.push(hit)
      if (this.foldedTitle(article).includes(q)) add({ articleId: article.id, where: 'title', start: 0, end: 0, snippet: article.title })
      for (const tag of article.tags)
        if (fold(tag).includes(q)) add({ articleId: article.id, where: 'tag', start: 0, end: 0, snippet: `#${tag}` })
      if (may.highlights(article.id)) highlightHits(byArticle.get(article.id), q, article.id, add)
      if (perArticle.length < MAX_HITS_PER_ARTICLE && may.text(article.id)) {
        const { text, folded } = await this.text(article.id)
        for (let i = folded.indexOf(q); i >= 0; i = folded.indexOf(q, i + q.length)) {
          if (!add({ articleId: article.id, where: 'text', start: i, end: i + q.length, snippet: snippet(text, i, i + q.length) })) break
        }
      }
      hits.push(...perArticle)
      if (hits.length >= MAX_HITS) break
    }
    return hits.slice(0, MAX_HITS)
  }

  /** Article bodies never change after import, but deleted ones should not linger. */
  forget(id: string): void {
    this.texts.delete(id)
    this.titles.delete(id)
    this.filter.text(id, null)
  }

  /** Whether the article's text is held in memory. */
  holds(id: string): boolean {
    return this.texts.has(id)
  }
}

/** A highlight hits by its quote, else its note, else one of its tags: once at most. */
function highlightHits(of: ArticleHighlights | undefined, q: string, articleId: string, add: (hit: SearchHit) => unknown): void {
  if (!of || !of.joined.includes(q)) return
  for (const e of of.list) {
    const h = e.highlight
    const at = { articleId, highlightId: h.id, start: h.position.start, end: h.position.end }
    if (e.exact.includes(q)) add({ ...at, where: 'quote', snippet: excerpt(h.quote.exact) })
    else if (e.note.includes(q)) add({ ...at, where: 'note', snippet: excerpt(h.note) })
    else if (e.tags.some((t) => t.includes(q))) add({ ...at, where: 'tag', snippet: h.tags.map((t) => `#${t}`).join(' ') })
  }
}
