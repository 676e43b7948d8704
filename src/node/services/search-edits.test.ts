// On random libraries, after random edits of every kind (made in place, as the store makes them, or
// by replacing objects), search gives the first version's hits (test-support/search-baseline.ts), hit
// for hit, in the same order: its filter never rules out an article that holds a query.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emptyLibrary, type ArticleBody, type Highlight, type Library } from '../../shared/model'
import type { Store } from '../store/store'
import { BaselineSearch } from '../test-support/search-baseline'
import { SearchService } from './search-service'

// Few letters, so that queries hit often and articles share grams.
const WORDS = ['wombat', 'Wömbat', 'bat', 'ÉTÉ', 'été', 'tea', 'eat', 'a', 'ab', 'quokka', 'kaka', '中文', '𝒜b']
const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '))

interface MemoryStore {
  data: Library
  version: number
  bodies: Map<string, ArticleBody>
  readBody(id: string): Promise<ArticleBody | null>
}

function memoryStore(): MemoryStore {
  const bodies = new Map<string, ArticleBody>()
  return { data: emptyLibrary(), version: 0, bodies, readBody: async (id) => bodies.get(id) ?? null }
}

const at = '2024-01-01T00:00:00.000Z'
let made = 0

function addArticle(store: MemoryStore, title: string, text: string, tags: string[]): void {
  const id = `art-${made++}`
  store.bodies.set(id, { id, blocks: [{ kind: 'paragraph', text }] })
  store.data.articles.push({ id, title, format: 'text', addedAt: at, wordCount: 1, textHash: id, tags })
}

function addHighlight(store: MemoryStore, articleId: string, exact: string, note: string, tags: string[]): void {
  const quote = { exact, prefix: '', suffix: '' }
  const h: Highlight = {
    id: `h-${made++}`,
    articleId,
    color: 'yellow',
    quote,
    position: { start: 0, end: 1 },
    note,
    tags,
    createdAt: at,
    updatedAt: at
  }
  store.data.highlights.push(h)
}

type Edit = (store: MemoryStore, search: SearchService, pick: (n: number) => number) => void

const edits = (text: string): Edit[] => [
  (s, _, pick) => s.data.articles.length && addHighlight(s, s.data.articles[pick(s.data.articles.length)].id, text, '', []),
  (s, _, pick) => s.data.articles.length && addHighlight(s, s.data.articles[pick(s.data.articles.length)].id, 'x', text, [text]),
  (s, _, pick) => {
    const list = s.data.highlights
    if (list.length) list[pick(list.length)].note = text
  },
  (s, _, pick) => {
    const list = s.data.highlights
    const i = pick(list.length)
    if (list.length) list[i] = { ...list[i], tags: [...list[i].tags, text], quote: { ...list[i].quote, exact: text } }
  },
  (s, _, pick) => s.data.highlights.length && s.data.highlights.splice(pick(s.data.highlights.length), 1),
  (s, _, pick) => {
    const list = s.data.highlights
    if (list.length && s.data.articles.length) list[pick(list.length)].articleId = s.data.articles[pick(s.data.articles.length)].id
  },
  (s) => {
    for (const h of s.data.highlights) if (h.tags.length) h.tags = h.tags.map((t) => (t === 'wombat' ? text : t))
  },
  (s) => addArticle(s, text, `${text} and more: ${text}`, []),
  (s, _, pick) => {
    const a = s.data.articles[pick(s.data.articles.length)]
    if (a) a.deletedAt = a.deletedAt ? undefined : at
  },
  (s, search, pick) => {
    const a = s.data.articles[pick(s.data.articles.length)]
    if (!a) return
    s.data.articles = s.data.articles.filter((x) => x !== a)
    s.data.highlights = s.data.highlights.filter((h) => h.articleId !== a.id)
    search.forget(a.id)
  },
  (s, _, pick) => {
    const a = s.data.articles[pick(s.data.articles.length)]
    if (a) a.title = text
  }
]

describe('search after random edits', () => {
  it('gives the first version’s hits, hit for hit, on random libraries', { timeout: 120_000 }, async () => {
    const library = fc.array(fc.tuple(phrase, phrase, fc.array(fc.tuple(phrase, phrase), { maxLength: 6 })), { maxLength: 40 })
    const steps = fc.array(fc.tuple(fc.nat(), fc.nat(), phrase, fc.boolean()), { maxLength: 25 })
    await fc.assert(
      fc.asyncProperty(library, steps, fc.array(phrase, { maxLength: 4 }), async (articles, changes, extra) => {
        const store = memoryStore()
        for (const [title, text, highlights] of articles) {
          addArticle(store, title, text, title.length % 3 === 0 ? [title] : [])
          const id = store.data.articles.at(-1)!.id
          for (const [exact, note] of highlights) addHighlight(store, id, exact, note, note.length % 2 ? ['wombat'] : [])
        }
        const search = new SearchService(store as unknown as Store)
        if (articles.length % 2) await search.warm()
        const baseline = new BaselineSearch(store)
        const queries = [...WORDS, ...extra, 'mbat', 'at e', 'zzzz', 'ka k'].filter((q) => q.trim().length >= 2)
        for (const [which, seed, text, ask] of changes) {
          let n = seed
          edits(text)[which % 11](store, search, (k) => (n = (n * 31 + 7) % 1_000_003) % Math.max(1, k))
          store.version++
          if (!ask) continue
          for (const q of queries) expect(await search.search(q), q).toEqual(await baseline.search(q))
        }
        for (const q of queries) expect(await search.search(q), q).toEqual(await baseline.search(q))
      }),
      { numRuns: 60 }
    )
  })
})
