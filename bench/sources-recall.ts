// How well Find sources finds the sources planted in a generated library (generate-sources.ts): for
// each quoting article, whether its true sources take the first places (recall@1: among the first as
// many results as it has sources) and are among the first five (recall@5). Used by the test of ranking
// and by bench/sources.bench.ts.
import { findSources } from '../src/node/services/sources/find-sources'
import type { SourcesIndex } from '../src/node/services/sources/sources-index'
import type { ArticleSource } from '../src/shared/sources/types'
import type { PlantedSources, SourcesLibrary } from './generate-sources'

export interface Recall {
  sources: number
  at1: number
  at5: number
  /** Sources not in the first places, with what came instead. */
  misses: { article: string; edit: string; source: string; got: string[] }[]
  byEdit: Record<string, { sources: number; at1: number }>
}

export const numberOf = (id: string): number => Number(id.slice(id.lastIndexOf('-') + 1))

/** Sources of `planted` found through `search` (the index, or every article for the baseline). */
export async function plantedRecall(
  planted: readonly PlantedSources[],
  search: (p: PlantedSources) => Promise<ArticleSource[]>
): Promise<Recall> {
  const recall: Recall = { sources: 0, at1: 0, at5: 0, misses: [], byEdit: {} }
  for (const p of planted) {
    const got = (await search(p)).map((s) => s.articleId)
    const edit = (recall.byEdit[p.edit] ??= { sources: 0, at1: 0 })
    for (const source of p.sources) {
      recall.sources++
      edit.sources++
      if (got.slice(0, 5).includes(source)) recall.at5++
      if (got.slice(0, p.sources.length).includes(source)) {
        recall.at1++
        edit.at1++
      } else recall.misses.push({ article: p.id, edit: p.edit, source, got: got.slice(0, 5) })
    }
  }
  return recall
}

/** Find sources for a planted article of `library` through `index`. */
export function indexSearch(library: SourcesLibrary, index: SourcesIndex, limit = 5) {
  return async (p: PlantedSources): Promise<ArticleSource[]> => {
    const text = library.article(numberOf(p.id)).text
    const found = await findSources(index, text, limit, {
      skip: (id) => id === p.id,
      text: async (id) => library.article(numberOf(id)).text,
      title: (id) => id
    })
    return found.sources
  }
}
