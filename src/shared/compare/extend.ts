// From a chain of seeds to a candidate pair: push its edges past the seeds while words still match,
// then, when the chain is most of its clauses, widen it to whole clauses.
import type { Chain } from './chains'
import { scratchRow, type CompareContext } from './context'
import { extendEdge, lcsLength } from './lcs'
import { emptyCandidate, measureBag, type Candidate } from './measure'
import { clauseEndAt, clauseStartAt, stretchEndOf, stretchStartOf } from './spans'

/** How far past a chain's ends to look for more matching words ("The committee approved" before
 *  "the budget on Tuesday"): a few words, not past a sentence end or a quotation mark. */
const EDGE = 6
/** A chain grows to its clauses when it holds at least this share of their words on both sides, so
 *  that a reworded sentence is shown whole; a short quote inside a longer sentence stays tight. */
const GROW_COVERAGE = 0.5
/** Clauses longer than this are not worth growing into. */
const MAX_GROWTH = 40

export function localCandidate(ctx: CompareContext, chain: Chain): Candidate {
  const A = ctx.a
  const B = ctx.b
  const c = emptyCandidate(chain.a0, chain.a1, chain.b0, chain.b1)
  c.lcs = chain.lcs
  c.lcsForm = chain.lcsForm
  const row = scratchRow(ctx, 2 * (MAX_GROWTH + EDGE + 2))

  const [rightA, rightB] = extendEdge(
    A.tokens.stem,
    c.a1,
    Math.min(EDGE, stretchEndOf(A, c.a1 - 1) - c.a1),
    B.tokens.stem,
    c.b1,
    Math.min(EDGE, stretchEndOf(B, c.b1 - 1) - c.b1),
    1,
    row
  )
  addEdge(ctx, c, c.a1, c.a1 + rightA, c.b1, c.b1 + rightB, row)
  c.a1 += rightA
  c.b1 += rightB
  const [leftA, leftB] = extendEdge(
    A.tokens.stem,
    c.a0,
    Math.min(EDGE, c.a0 - stretchStartOf(A, c.a0)),
    B.tokens.stem,
    c.b0,
    Math.min(EDGE, c.b0 - stretchStartOf(B, c.b0)),
    -1,
    row
  )
  addEdge(ctx, c, c.a0 - leftA, c.a0, c.b0 - leftB, c.b0, row)
  c.a0 -= leftA
  c.b0 -= leftB

  // Grow an end to the clause boundary only where that brings more matching words: "Belarus has
  // expertise" before "in urban planning" does; a lone "it ensures" before a quote does not.
  const ga0 = clauseStartAt(A, c.a0)
  const ga1 = clauseEndAt(A, c.a1)
  const gb0 = clauseStartAt(B, c.b0)
  const gb1 = clauseEndAt(B, c.b1)
  const grownA = ga1 - ga0
  const grownB = gb1 - gb0
  if (
    grownA - (c.a1 - c.a0) <= MAX_GROWTH &&
    grownB - (c.b1 - c.b0) <= MAX_GROWTH &&
    c.lcs >= GROW_COVERAGE * grownA &&
    c.lcs >= GROW_COVERAGE * grownB
  ) {
    if (addEdge(ctx, c, ga0, c.a0, gb0, c.b0, row)) {
      c.a0 = ga0
      c.b0 = gb0
    }
    if (addEdge(ctx, c, c.a1, ga1, c.b1, gb1, row)) {
      c.a1 = ga1
      c.b1 = gb1
    }
  }
  measureBag(ctx, c)
  return c
}

/** Adds the words equal in order between two small pieces, A[a0, a1) and B[b0, b1); false (and
 *  nothing added) when there are none. */
function addEdge(ctx: CompareContext, c: Candidate, a0: number, a1: number, b0: number, b1: number, row: Int32Array): boolean {
  if (a1 <= a0 || b1 <= b0) return false
  const A = ctx.a.tokens
  const B = ctx.b.tokens
  const same = lcsLength(A.stem, a0, a1, B.stem, b0, b1, row)
  if (same === 0) return false
  c.lcs += same
  c.lcsForm += lcsLength(A.form, a0, a1, B.form, b0, b1, row)
  return true
}
