// A candidate pair of passages and what is measured about it: words equal in order, and the
// IDF-weighted overlap of content words.
import { nextStamp, scratchRow, type CompareContext } from './context'
import { lcsLength, type AlignedTokens } from './lcs'
import type { PairKind } from './types'
import { COMMON_WEIGHT } from './weights'

/** Above this many cells, the word order of a sentence-window pair is not measured (it is then a
 *  paraphrase by content alone); sentence windows stay well below it. */
const MAX_LCS_CELLS = 60_000

export interface Candidate extends AlignedTokens {
  /** Weight of the distinct content stems found in both spans, and how many there are. */
  shared: number
  sharedCount: number
  /** `shared` with the common words of English weighing at most COMMON_WEIGHT: what a verbatim or
   *  close pair must reach, so that a shared idiom ("at the end of the day") is no pair. */
  sharedRare: number
  /** How many of the shared content words are not common words of English. */
  sharedRareCount: number
  /** Weight of the distinct content stems of each span. */
  weightA: number
  weightB: number
  kind: PairKind
  score: number
  rank: number
}

export function emptyCandidate(a0: number, a1: number, b0: number, b1: number): Candidate {
  return {
    a0,
    a1,
    b0,
    b1,
    lcs: 0,
    lcsForm: 0,
    shared: 0,
    sharedCount: 0,
    sharedRare: 0,
    sharedRareCount: 0,
    weightA: 0,
    weightB: 0,
    kind: 'paraphrase',
    score: 0,
    rank: 0
  }
}

/** Fills the bag-of-words fields. Leaves ctx.markA/markB stamped with the ids of each span (under the
 *  returned stamps), so that callers can ask which ids are shared. */
export function measureBag(ctx: CompareContext, c: Candidate): { stampA: number; stampB: number } {
  const { weight, markA, markB } = ctx
  const common = ctx.lexicon.common
  const stampA = nextStamp(ctx)
  const stampB = nextStamp(ctx)
  const A = ctx.a.tokens.stem
  const B = ctx.b.tokens.stem
  let weightA = 0
  for (let k = c.a0; k < c.a1; k++) {
    const id = A[k]
    if (weight[id] > 0 && markA[id] !== stampA) {
      markA[id] = stampA
      weightA += weight[id]
    }
  }
  let weightB = 0
  let shared = 0
  let sharedCount = 0
  let sharedRare = 0
  let sharedRareCount = 0
  for (let k = c.b0; k < c.b1; k++) {
    const id = B[k]
    if (weight[id] > 0 && markB[id] !== stampB) {
      markB[id] = stampB
      weightB += weight[id]
      if (markA[id] === stampA) {
        shared += weight[id]
        sharedRare += common[id] ? Math.min(weight[id], COMMON_WEIGHT) : weight[id]
        sharedRareCount += common[id] ? 0 : 1
        sharedCount++
      }
    }
  }
  c.weightA = weightA
  c.weightB = weightB
  c.shared = shared
  c.sharedCount = sharedCount
  c.sharedRare = sharedRare
  c.sharedRareCount = sharedRareCount
  return { stampA, stampB }
}

/** Fills lcs and lcsForm by dynamic programming, for pairs of sentence size. */
export function measureOrder(ctx: CompareContext, c: Candidate): void {
  const la = c.a1 - c.a0
  const lb = c.b1 - c.b0
  if (la * lb > MAX_LCS_CELLS) {
    c.lcs = 0
    c.lcsForm = 0
    return
  }
  const row = scratchRow(ctx, lb + 1)
  c.lcs = lcsLength(ctx.a.tokens.stem, c.a0, c.a1, ctx.b.tokens.stem, c.b0, c.b1, row)
  c.lcsForm = lcsLength(ctx.a.tokens.form, c.a0, c.a1, ctx.b.tokens.form, c.b0, c.b1, row)
}

/** Share of words equal in order, as written: Dice over both spans. */
export function wordDice(c: Candidate): number {
  return (2 * c.lcsForm) / (c.a1 - c.a0 + c.b1 - c.b0)
}

/** IDF-weighted overlap of content words: Dice over both spans. */
export function bagDice(c: Candidate): number {
  const total = c.weightA + c.weightB
  return total > 0 ? (2 * c.shared) / total : 0
}
