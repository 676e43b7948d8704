// The search itself, apart from where the texts come from (the library, or a generated one in the
// bench): the index proposes candidates, the aligner reads each against the article, the findings rank.
import { align } from '../../../shared/compare'
import { shingles } from '../../../shared/sources/shingles'
import type { ArticleSource } from '../../../shared/sources/types'
import { rankSources, type AlignedCandidate } from './rank-sources'
import type { SourcesIndex } from './sources-index'

/** Candidates the aligner reads beyond those asked for: a source the index ranks a little low still
 *  gets its chance. */
export const EXTRA_CANDIDATES = 10

export interface SourceLookup {
  /** Entries never proposed: the article itself, those in the trash, those gone or whose text changed. */
  skip(id: string, textHash: string): boolean
  /** An article's canonical text; null when it cannot be read (it is then passed over). */
  text(id: string): Promise<string | null>
  title(id: string): string
}

export async function findSources(
  index: SourcesIndex,
  text: string,
  limit: number,
  lookup: SourceLookup
): Promise<{ sources: ArticleSource[]; compared: number }> {
  const candidates = await index.candidates(shingles(text), limit + EXTRA_CANDIDATES, (id, hash) => lookup.skip(id, hash))
  const aligned: AlignedCandidate[] = []
  for (const c of candidates) {
    const sourceText = await lookup.text(c.id)
    if (sourceText !== null) aligned.push({ meta: { id: c.id, title: lookup.title(c.id) }, sourceText, pairs: align(text, sourceText) })
  }
  return { sources: rankSources(text, aligned).slice(0, limit), compared: aligned.length }
}
