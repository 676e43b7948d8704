// What search asks before scanning an article for a query, and its answer: the grams of search-grams.ts.
// Chosen by bench/search-index.bench.ts at L (2,000 articles, 100,000 highlights): against the scan of
// every article, the same hits and the same times for short common queries, and queries with no hits
// 8.3 → 0.3 ms (median), of two or three words 20 → 4.7 ms; MiniSearch, which finds words by prefix,
// missed the hits that start inside a word (85 of 138 queries alike) and held three times the memory.
import { ArticleGrams } from './search-grams'

/** What search asks before scanning an article: whether its text, or its highlights, may hold a query. */
export interface SearchFilter {
  /** An article's folded text was read, or (null) forgotten. */
  text(id: string, folded: string | null): void
  /** An article's highlights were folded and joined again, or (null) it has none left. */
  highlights(id: string, joined: string | null): void
  /** For a folded query of two characters or more: false only for an article that cannot hold it. */
  mayHold(q: string): { text: (id: string) => boolean; highlights: (id: string) => boolean }
  /** Does up to `chars` characters of the work left from changes; true when none is left. */
  catchUp(chars: number): boolean
}

/** Characters of highlights a query takes into the grams before it is answered: a few milliseconds. */
const CATCH_UP_PER_QUERY = 100_000

/** Search's filter: the grams of the articles' texts (read once, they never change) and of their
 * highlights. A change to highlights takes the articles it touched out of the grams (so they are
 * scanned) until a query or `catchUp` puts them back in: a rename across hundreds of articles never
 * holds main for long. */
export class GramFilter implements SearchFilter {
  readonly texts = new ArticleGrams()
  readonly joined = new ArticleGrams()
  /** Articles' joined highlights not in the grams yet. */
  private readonly pending = new Map<string, string>()

  text(id: string, folded: string | null): void {
    if (folded === null) this.texts.delete(id)
    else this.texts.set(id, folded)
  }

  highlights(id: string, joined: string | null): void {
    this.joined.delete(id)
    this.pending.delete(id)
    if (joined !== null) this.pending.set(id, joined)
  }

  catchUp(chars: number): boolean {
    let taken = 0
    for (const [id, joined] of this.pending) {
      if (taken >= chars) return false
      this.joined.set(id, joined)
      this.pending.delete(id)
      taken += joined.length
    }
    return true
  }

  mayHold(q: string) {
    this.catchUp(CATCH_UP_PER_QUERY)
    return { text: this.texts.mayHold(q), highlights: this.joined.mayHold(q) }
  }
}

/** No filter: every article is scanned (the search before its index; kept for the bench). */
export const scanAll: SearchFilter = {
  text: () => undefined,
  highlights: () => undefined,
  mayHold: () => ({ text: () => true, highlights: () => true }),
  catchUp: () => true
}
