// Ranking the candidates the aligner read: by how many characters of the article each one accounts
// for, weighed by how sure the aligner is that they come from it. A reworded passage counts half a
// quoted one; a passage the candidate itself has in quotation marks counts a quarter: the candidate
// quotes it too (another report of the same speech), the source is where it is not quoted.
import { findQuotations, type AlignedPair, type Span } from '../../../shared/compare'
import type { ArticleMeta } from '../../../shared/model'
import type { ArticleSource } from '../../../shared/sources/types'

/** Passages shown per source. */
export const PASSAGES_SHOWN = 3
const PASSAGE_CHARS = 240

export interface AlignedCandidate {
  meta: Pick<ArticleMeta, 'id' | 'title'>
  sourceText: string
  pairs: AlignedPair[]
}

/** Characters covered by the spans, overlaps counted once. */
export function coveredChars(spans: readonly { start: number; end: number }[]): number {
  const sorted = [...spans].sort((x, y) => x.start - y.start)
  let total = 0
  let reach = 0
  for (const s of sorted) {
    const from = Math.max(s.start, reach)
    if (s.end > from) total += s.end - from
    reach = Math.max(reach, s.end)
  }
  return total
}

function cut(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim()
  return one.length <= PASSAGE_CHARS ? one : `${one.slice(0, PASSAGE_CHARS - 1).trimEnd()}…`
}

const PARAPHRASE_WEIGHT = 0.5
const QUOTED_TOO_WEIGHT = 0.25

/** The weighed characters of the article a candidate accounts for (see the file's comment). */
export function evidence(pairs: readonly AlignedPair[], sourceText: string): number {
  const quoted = findQuotations(sourceText).flatMap((q) => q.pieces)
  let total = 0
  for (const p of pairs) {
    const inQuotes = overlap(p.b, quoted) * 2 > p.b.end - p.b.start
    total += (p.a.end - p.a.start) * (p.kind === 'paraphrase' ? PARAPHRASE_WEIGHT : 1) * (inQuotes ? QUOTED_TOO_WEIGHT : 1)
  }
  return total
}

function overlap(span: Span, pieces: readonly Span[]): number {
  let n = 0
  for (const q of pieces) n += Math.max(0, Math.min(span.end, q.end) - Math.max(span.start, q.start))
  return n
}

export function rankSources(text: string, candidates: readonly AlignedCandidate[]): ArticleSource[] {
  return candidates
    .filter((c) => c.pairs.length > 0)
    .map((c) => ({ c, weight: evidence(c.pairs, c.sourceText) }))
    .sort((x, y) => y.weight - x.weight || (x.c.meta.id < y.c.meta.id ? -1 : 1))
    .map(({ c }): ArticleSource => {
      const sharedChars = coveredChars(c.pairs.map((p) => p.a))
      const first = [...c.pairs].sort((x, y) => x.a.start - y.a.start).slice(0, PASSAGES_SHOWN)
      return {
        articleId: c.meta.id,
        title: c.meta.title,
        sharedChars,
        share: text.length === 0 ? 0 : Math.round((sharedChars / text.length) * 1000) / 1000,
        pairs: c.pairs.length,
        passages: first.map((p) => ({
          kind: p.kind,
          a: p.a,
          b: p.b,
          text: cut(text.slice(p.a.start, p.a.end)),
          sourceText: cut(c.sourceText.slice(p.b.start, p.b.end))
        }))
      }
    })
}
