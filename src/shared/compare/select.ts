// From overlapping candidates to the pairs shown: best first, each stretch of either text used once.
import type { CompareContext } from './context'
import { displacedByCopies } from './copied'
import type { Candidate } from './measure'

/** A paraphrase spanning verbatim or close pieces of the same B passage yields to them when together
 *  they rank as high: two quotes in one sentence, in the other order than the source, are two quotes.
 *  It also yields when they hold this share of its quoted words (at least MIN_QUOTED of them): a quote
 *  matched closely is shown as such, not as a looser pair of the sentence around it with its "she
 *  said in a statement". */
const EXACT_SHARE = 0.6
const MIN_QUOTED = 5

/**
 * Greedy by rank, one to one: no two pairs claim the same words of either text, so each pair a reader
 * sees is the one reuse of its words (a report that quotes a sentence twice gets its best-placed quote
 * paired; the other is not shown as a second copy of the same source words). Ties go to the candidate
 * whose two positions are at more similar relative places in their texts, so that a repeated
 * boilerplate paragraph pairs first with first and second with second.
 */
export function selectPairs(ctx: CompareContext, candidates: Candidate[]): Candidate[] {
  const nA = Math.max(1, ctx.a.tokens.count)
  const nB = Math.max(1, ctx.b.tokens.count)
  const drift = (c: Candidate): number => Math.abs(c.a0 / nA - c.b0 / nB)
  const displaced = displacedByCopies(ctx, candidates)
  const order = dropCoveredParaphrases(
    ctx.a.quoted,
    candidates.filter((c) => !displaced.has(c))
  ).sort((x, y) => y.rank - x.rank || drift(x) - drift(y) || x.a0 - y.a0 || x.b0 - y.b0 || x.a1 - y.a1 || x.b1 - y.b1)
  const takenA = new Uint8Array(nA)
  const takenB = new Uint8Array(nB)
  const chosen: Candidate[] = []
  for (const c of order) {
    if (!isFree(takenA, c.a0, c.a1) || !isFree(takenB, c.b0, c.b1)) continue
    takenA.fill(1, c.a0, c.a1)
    takenB.fill(1, c.b0, c.b1)
    chosen.push(c)
  }
  return chosen.sort((x, y) => x.a0 - y.a0)
}

function isFree(taken: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (taken[k]) return false
  return true
}

function dropCoveredParaphrases(quoted: Uint8Array, candidates: Candidate[]): Candidate[] {
  const exact = candidates.filter((c) => c.kind !== 'paraphrase').sort((x, y) => x.a0 - y.a0)
  if (exact.length === 0) return candidates.slice()
  const starts = exact.map((c) => c.a0)
  return candidates.filter((p) => {
    if (p.kind !== 'paraphrase') return true
    // Exact candidates that start inside p and match inside p's B side; their union over p's A side.
    let pieceRank = 0
    let coveredQuoted = 0
    let reach = p.a0
    for (let i = lowerBound(starts, p.a0); i < exact.length && exact[i].a0 < p.a1; i++) {
      const e = exact[i]
      if (e.b1 <= p.b0 || e.b0 >= p.b1 || e.a1 > p.a1) continue
      pieceRank += e.rank
      for (let k = Math.max(e.a0, reach); k < e.a1; k++) coveredQuoted += quoted[k]
      reach = Math.max(reach, e.a1)
    }
    let quotedWords = 0
    for (let k = p.a0; k < p.a1; k++) quotedWords += quoted[k]
    if (pieceRank >= p.rank) return false
    return !(quotedWords >= MIN_QUOTED && coveredQuoted >= EXACT_SHARE * quotedWords)
  })
}

function lowerBound(sorted: number[], value: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid] < value) lo = mid + 1
    else hi = mid
  }
  return lo
}
