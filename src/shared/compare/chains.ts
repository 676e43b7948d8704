// Chaining: runs that follow each other closely on nearby diagonals are one passage with a few words
// changed, added or dropped between them. The words between two runs are aligned exactly (LCS), which
// is the banded part of the alignment: only small gaps are ever compared, never the whole texts.
import { scratchRow, type CompareContext } from './context'
import { lcsLength, type AlignedTokens } from './lcs'
import type { Runs } from './seeds'

/** Largest gap (in words, on either side) bridged between two runs: a changed clause of a dozen words
 *  still joins the two halves of a quote; more than that is a different passage. */
const MAX_GAP = 12
/** Largest diagonal drift between two linked runs: words added on one side and not the other. */
const BAND = 6

export interface Chain extends AlignedTokens {
  /** Weight of the content words in its runs (A side): a chain of function words and of words that
   *  are everywhere (a sentence repeated through the whole text) weighs about nothing. */
  content: number
  lastDiagonal: number
  key: number
}

function bandKey(diagonal: number): number {
  return Math.floor(diagonal / BAND)
}

export function chainRuns(ctx: CompareContext, runs: Runs): Chain[] {
  const A = ctx.a.tokens
  const B = ctx.b.tokens
  const weight = ctx.weight
  const row = scratchRow(ctx, MAX_GAP + 2)
  const chains: Chain[] = []
  const open = new Map<number, Chain[]>()
  for (let r = 0; r < runs.count; r++) {
    const a = runs.a[r]
    const b = runs.b[r]
    const len = runs.len[r]
    const diagonal = a - b
    const key = bandKey(diagonal)
    let best: Chain | null = null
    let bestGap = Infinity
    let absorbed = false
    for (let k = key - 1; k <= key + 1 && !absorbed; k++) {
      const list = open.get(k)
      if (!list) continue
      for (let x = list.length - 1; x >= 0; x--) {
        const c = list[x]
        if (c.a1 < a - MAX_GAP) {
          list.splice(x, 1) // can no longer grow: runs come in A order
          continue
        }
        if (Math.abs(diagonal - c.lastDiagonal) > BAND) continue
        const shift = Math.max(0, c.a1 - a, c.b1 - b)
        if (shift >= len) {
          if (a >= c.a0 && b >= c.b0) absorbed = true // a repeat inside a passage already chained
          continue
        }
        const gapA = a + shift - c.a1
        const gapB = b + shift - c.b1
        if (gapA > MAX_GAP || gapB > MAX_GAP) continue
        const gap = Math.max(gapA, gapB)
        if (!mayBridge(ctx, c, a + shift, b + shift, gap)) continue
        if (gap < bestGap || (gap === bestGap && best !== null && c.lcs > best.lcs)) {
          best = c
          bestGap = gap
        }
      }
    }
    if (absorbed) continue
    if (best === null) {
      let same = 0
      let content = 0
      for (let k = 0; k < len; k++) {
        if (A.form[a + k] === B.form[b + k]) same++
        content += weight[A.stem[a + k]]
      }
      const chain: Chain = { a0: a, a1: a + len, b0: b, b1: b + len, lcs: len, lcsForm: same, content, lastDiagonal: diagonal, key }
      chains.push(chain)
      addOpen(open, chain)
      continue
    }
    const c = best
    const shift = Math.max(0, c.a1 - a, c.b1 - b)
    const ga = a + shift
    const gb = b + shift
    c.lcs += lcsLength(A.stem, c.a1, ga, B.stem, c.b1, gb, row) + (len - shift)
    let same = lcsLength(A.form, c.a1, ga, B.form, c.b1, gb, row)
    for (let k = shift; k < len; k++) {
      if (A.form[a + k] === B.form[b + k]) same++
      c.content += weight[A.stem[a + k]]
    }
    c.lcsForm += same
    c.a1 = a + len
    c.b1 = b + len
    c.lastDiagonal = diagonal
    if (key !== c.key) {
      const list = open.get(c.key)
      if (list) list.splice(list.indexOf(c), 1)
      c.key = key
      addOpen(open, c)
    }
  }
  return chains
}

/** Largest gap bridged across a sentence end that only one text has: the words a writer adds or
 *  drops where a sentence is cut in two or two are joined ("agreement. But they said" against
 *  "agreement but said"). */
const CUT_GAP = 3

/** Whether the chain may grow across the gap to the run at A `a`, B `b`. Two sentences are two passages
 *  (one may be quoted, the other not), and so are the words on the two sides of a quotation mark; but
 *  a sentence end on one side only, with a few words changed at it, is one sentence of a text cut in
 *  two by the other, and its words are one passage. */
function mayBridge(ctx: CompareContext, c: Chain, a: number, b: number, gap: number): boolean {
  const A = ctx.a.seg
  const B = ctx.b.seg
  if (crosses(A.quoteEdge, c.a1, a) || crosses(B.quoteEdge, c.b1, b)) return false
  const endA = crosses(A.sentenceEdge, c.a1, a)
  const endB = crosses(B.sentenceEdge, c.b1, b)
  return !endA && !endB ? true : endA !== endB && gap <= CUT_GAP
}

/** Whether a boundary stands before any token of [from, to]. */
function crosses(boundary: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (boundary[k]) return true
  return false
}

function addOpen(open: Map<number, Chain[]>, chain: Chain): void {
  const list = open.get(chain.key)
  if (list) list.push(chain)
  else open.set(chain.key, [chain])
}
