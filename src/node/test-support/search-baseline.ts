// The search as it was before its index (a loop over every highlight for each article, every string
// folded on every query): the baseline that the indexed search must match, hit for hit, and beat.
import type { SearchHit } from '../../shared/api'
import { canonicalText, type Library } from '../../shared/model'
import { excerpt, snippet } from '../services/search-snippet'
import type { Store } from '../store/store'

const MAX_HITS_PER_ARTICLE = 20
const MAX_HITS = 500

export function baselineFold(text: string): string {
  let out = ''
  for (const ch of text) {
    const base = ch.normalize('NFD')[0].toLowerCase()
    out += base.length === ch.length ? base : ch.toLowerCase()
  }
  return out
}

export class BaselineSearch {
  private readonly texts = new Map<string, { folded: string; text: string }>()

  constructor(private readonly store: Pick<Store, 'readBody'> & { data: Library }) {}

  private async text(id: string) {
    let entry = this.texts.get(id)
    if (!entry) {
      const body = await this.store.readBody(id).catch(() => null)
      const text = body ? canonicalText(body.blocks) : ''
      entry = { text, folded: baselineFold(text) }
      this.texts.set(id, entry)
    }
    return entry
  }

  async search(query: string): Promise<SearchHit[]> {
    const fold = baselineFold
    const q = fold(query.trim())
    if (q.length < 2) return []
    const lib = this.store.data
    const hits: SearchHit[] = []
    for (const article of lib.articles) {
      if (article.deletedAt) continue
      const perArticle: SearchHit[] = []
      const add = (hit: SearchHit) => perArticle.length < MAX_HITS_PER_ARTICLE && perArticle.push(hit)
      if (fold(article.title).includes(q)) add({ articleId: article.id, where: 'title', start: 0, end: 0, snippet: article.title })
      for (const tag of article.tags)
        if (fold(tag).includes(q)) add({ articleId: article.id, where: 'tag', start: 0, end: 0, snippet: `#${tag}` })
      for (const h of lib.highlights) {
        if (h.articleId !== article.id) continue
        const at = { articleId: article.id, highlightId: h.id, start: h.position.start, end: h.position.end }
        if (fold(h.quote.exact).includes(q)) add({ ...at, where: 'quote', snippet: excerpt(h.quote.exact) })
        else if (fold(h.note).includes(q)) add({ ...at, where: 'note', snippet: excerpt(h.note) })
        else if (h.tags.some((t) => fold(t).includes(q))) add({ ...at, where: 'tag', snippet: h.tags.map((t) => `#${t}`).join(' ') })
      }
      const { text, folded } = await this.text(article.id)
      for (let i = folded.indexOf(q); i >= 0; i = folded.indexOf(q, i + q.length)) {
        if (!add({ articleId: article.id, where: 'text', start: i, end: i + q.length, snippet: snippet(text, i, i + q.length) })) break
      }
      hits.push(...perArticle)
      if (hits.length >= MAX_HITS) break
    }
    return hits.slice(0, MAX_HITS)
  }
}
