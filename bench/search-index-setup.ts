// What search-index.bench.ts measures with: the generated library in memory as a store, the queries of
// each kind drawn from it, and MiniSearch set up as search's filter (a candidate): MiniSearch finds
// words by prefix, search finds substrings, so its answer is checked by search's substring scan.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import MiniSearch from 'minisearch'
import { fold } from '../src/shared/fold'
import { canonicalText, type ArticleBody, type Library } from '../src/shared/model'
import type { SearchFilter } from '../src/node/services/search-filter'
import type { Store } from '../src/node/store/store'
import { prng } from '../src/testing/compare-eval/syntheticProse'

/** The library as SearchService sees a store: its data, its version, its article bodies (read ahead). */
export interface MemoryStore {
  data: Library
  version: number
  readBody(id: string): Promise<ArticleBody | null>
}

export function memoryStore(dir: string): MemoryStore {
  const bodies = new Map<string, ArticleBody>()
  for (const file of readdirSync(path.join(dir, 'articles'))) {
    const body = JSON.parse(readFileSync(path.join(dir, 'articles', file), 'utf8')) as ArticleBody
    bodies.set(body.id, body)
  }
  const data = JSON.parse(readFileSync(path.join(dir, 'library.json'), 'utf8')) as Library
  return { data, version: 1, readBody: async (id) => bodies.get(id) ?? null }
}

export const asStore = (store: MemoryStore) => store as unknown as Store

export const QUERY_KINDS = ['1 letter', '2 letters', '3 letters', 'part of a word', 'word', 'words', 'no hits'] as const
export type QueryKind = (typeof QUERY_KINDS)[number]

/** Queries of each kind, drawn (the same every run) from the articles' text, quotes and notes. */
export async function queriesFor(store: MemoryStore, perKind = 20): Promise<Map<QueryKind, string[]>> {
  const random = prng(7)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]
  const articles = store.data.articles
  const texts: string[] = []
  for (let i = 0; i < 40; i++) texts.push(canonicalText((await store.readBody(pick(articles).id))!.blocks))
  for (let i = 0; i < 20; i++) texts.push(pick(store.data.highlights).quote.exact)
  texts.push(
    ...store.data.highlights
      .filter((h) => h.note)
      .slice(0, 40)
      .map((h) => h.note)
  )
  const words = (s: string) => s.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0)
  const draw = (make: () => string | undefined) => {
    const out = new Set<string>()
    for (let tries = 0; out.size < perKind && tries < perKind * 100; tries++) {
      const q = make()
      if (q) out.add(q)
    }
    return [...out]
  }
  const letters = (n: number) => () => {
    const w = pick(words(pick(texts)))
    if (w.length < n) return undefined
    const at = Math.floor(random() * (w.length - n + 1))
    return w.slice(at, at + n)
  }
  const all = fold(texts.join(' '))
  return new Map<QueryKind, string[]>([
    ['1 letter', draw(letters(1))],
    ['2 letters', draw(letters(2))],
    ['3 letters', draw(letters(3))],
    // Not from a word's start: what a word index cannot find by prefix.
    ['part of a word', draw(() => pick(words(pick(texts)).filter((w) => w.length >= 7))?.slice(2, 6))],
    ['word', draw(() => pick(words(pick(texts))))],
    [
      'words',
      draw(() => {
        const list = pick(texts).split(/\s+/)
        const at = Math.floor(random() * Math.max(1, list.length - 3))
        return list.slice(at, at + 2 + Math.floor(random() * 2)).join(' ')
      })
    ],
    [
      'no hits',
      draw(() => {
        const q = Array.from({ length: 4 + Math.floor(random() * 4) }, () => 'qxzjkvw'[Math.floor(random() * 7)]).join('')
        return all.includes(q) ? undefined : q
      })
    ]
  ])
}

/** MiniSearch as search's filter: one document per article's text and one per article's highlights,
 * terms folded as search folds; a query's words found by prefix, all of them (AND). */
export class MiniSearchFilter implements SearchFilter {
  private readonly index = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], processTerm: (term) => fold(term) })

  text(id: string, folded: string | null): void {
    this.put(`t${id}`, folded)
  }

  highlights(id: string, joined: string | null): void {
    // Its fields are joined by a character that MiniSearch's tokenizer does not split at.
    this.put(`h${id}`, joined && joined.replaceAll('\u0000', ' '))
  }

  mayHold(q: string) {
    const found = new Set(this.index.search(q, { prefix: true, combineWith: 'AND' }).map((r) => r.id as string))
    const may = (kind: string) => (id: string) => !this.index.has(kind + id) || found.has(kind + id)
    return { text: may('t'), highlights: may('h') }
  }

  catchUp(): boolean {
    return true
  }

  private put(id: string, text: string | null): void {
    if (this.index.has(id)) this.index.discard(id)
    if (text !== null) this.index.add({ id, text })
  }
}
