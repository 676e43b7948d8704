// Generated libraries for measuring a library of years: S, M and L articles and highlights of made-up
// prose (about 1,500 words an article), notes on a third of the highlights, tags on a fifth from 200
// tags, one tag ("popular") on 500 highlights. Written straight to a library folder as the store
// writes it, then checked: every highlight anchors exactly where it says.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { anchorMany, selectorsFor } from '../src/shared/anchor'
import { canonicalText, emptyLibrary, HIGHLIGHT_COLORS, type ArticleMeta, type Block, type Highlight } from '../src/shared/model'
import { textHash } from '../src/node/services/library-service'
import { prng, proseWords, render, vocabulary, zipf } from '../src/testing/compare-eval/syntheticProse'

export interface LibrarySize {
  name: string
  articles: number
  highlights: number
}

// prettier-ignore
export const SIZES: Record<'S' | 'M' | 'L', LibrarySize> = {
  S: { name: 'S', articles: 50, highlights: 1_000 },
  M: { name: 'M', articles: 500, highlights: 20_000 },
  L: { name: 'L', articles: 2_000, highlights: 100_000 }
}

export const POPULAR_TAG = 'popular'
const TAG_COUNT = 200
const WORDS_PER_ARTICLE = 1_500

export interface GeneratedLibrary {
  dir: string
  articles: ArticleMeta[]
  highlights: Highlight[]
  /** How many highlights carry POPULAR_TAG. */
  popularUses: number
  /** A word that occurs in some articles' text but not all: a search with results to check. */
  searchWord: string
}

function articleBlocks(random: () => number, words: string[], draw: () => number): Block[] {
  const prose = proseWords(WORDS_PER_ARTICLE, words, draw, random)
  return render(prose.words, prose.sentenceEnd, random)
    .split('\n\n')
    .map((text): Block => ({ kind: 'paragraph', text }))
}

/** Writes a generated library of `size` into `dir` (which must be empty or missing). */
export function generateLibrary(dir: string, size: LibrarySize, seed = 1): GeneratedLibrary {
  const random = prng(seed)
  const words = vocabulary(12_000, random)
  const draw = zipf(words.length, random)
  const tags = Array.from({ length: TAG_COUNT - 1 }, (_, i) => `tag-${String(i).padStart(3, '0')}`)
  const perArticle = Math.ceil(size.highlights / size.articles)
  const tagged = Math.floor(size.highlights / 5)
  const popularEvery = Math.max(1, Math.floor(tagged / 500))
  const lib = emptyLibrary()
  lib.settings.seeded = true
  const at = new Date(Date.UTC(2024, 0, 1)).toISOString()
  mkdirSync(path.join(dir, 'articles'), { recursive: true })
  let popularUses = 0
  let n = 0
  for (let a = 0; a < size.articles; a++) {
    const id = `gen-${String(a).padStart(5, '0')}`
    const title = `Report ${a + 1}: ${words[draw()]} ${words[draw()]}`
    const body = articleBlocks(random, words, draw)
    writeFileSync(path.join(dir, 'articles', `${id}.json`), JSON.stringify({ id, blocks: body }))
    const bodyText = canonicalText(body)
    lib.articles.push({
      id,
      title,
      source: `Agency ${a % 17}`,
      addedAt: new Date(Date.UTC(2020, 0, 1) + a * 86_400_000).toISOString(),
      format: 'text',
      wordCount: WORDS_PER_ARTICLE,
      textHash: textHash(body),
      tags: a % 7 === 0 ? [tags[a % tags.length]] : []
    })
    const count = Math.min(perArticle, size.highlights - n)
    const stride = Math.floor(bodyText.length / (count + 1))
    for (let h = 0; h < count; h++, n++) {
      let start = h * stride + Math.floor(random() * (stride / 3))
      while (start > 0 && /\S/.test(bodyText[start - 1])) start--
      const end = Math.min(bodyText.length, start + 40 + Math.floor(random() * 120))
      const selectors = selectorsFor(bodyText, start, end)
      const highlightTags: string[] = []
      if (n % 5 === 0) {
        const k = n / 5
        if (k % popularEvery === 0 && popularUses < 500) {
          highlightTags.push(POPULAR_TAG)
          popularUses++
        } else highlightTags.push(tags[k % tags.length])
      }
      lib.highlights.push({
        id: `h-${n}`,
        articleId: id,
        color: HIGHLIGHT_COLORS[n % HIGHLIGHT_COLORS.length],
        quote: selectors.quote,
        position: selectors.position,
        note: n % 3 === 0 ? `Note ${n}: check this against the *${words[draw()]}* statement.` : '',
        tags: highlightTags,
        createdAt: at,
        updatedAt: at
      })
    }
  }
  lib.revision = 1
  writeFileSync(path.join(dir, 'library.json'), JSON.stringify(lib))
  return { dir, articles: lib.articles, highlights: lib.highlights, popularUses, searchWord: words[40] }
}

/** Throws unless every highlight anchors exactly at its stored position in its article's body. */
export function checkAnchors(dir: string, generated: GeneratedLibrary, readBody: (id: string) => Block[]): void {
  const byArticle = new Map<string, Highlight[]>()
  for (const h of generated.highlights) byArticle.set(h.articleId, [...(byArticle.get(h.articleId) ?? []), h])
  for (const [id, list] of byArticle) {
    const text = canonicalText(readBody(id))
    const results = anchorMany(text, list)
    results.forEach((r, i) => {
      if (r.status !== 'exact' || r.start !== list[i].position.start || r.end !== list[i].position.end) {
        throw new Error(`highlight ${list[i].id} of ${id} in ${dir} does not anchor exactly`)
      }
    })
  }
}
