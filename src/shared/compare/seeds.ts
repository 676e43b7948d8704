// Seeds: word 3-grams the two texts share, found through a hash index of side B's 3-grams and
// extended along their diagonal into maximal runs of equal words.
import type { CompareContext } from './context'

/** Three words: long enough that chance matches are rare in prose, short enough to survive edits
 *  (a quote with every third word changed still keeps a few 3-grams). */
export const GRAM = 3

/** A 3-gram that occurs more often than this in B (a chant, a table of numbers) seeds nothing: it
 *  would cost a walk per occurrence and say little about where a passage comes from. */
const MAX_OCCURRENCES = 64

export interface GramIndex {
  head: Int32Array
  next: Int32Array
  mask: number
}

/** Exact runs of equal stems: A[a, a + len) = B[b, b + len). */
export interface Runs {
  a: Int32Array
  b: Int32Array
  len: Int32Array
  count: number
}

function gramHash(ids: Int32Array, i: number): number {
  let h = Math.imul(ids[i] + 1, 0x9e3779b1)
  h = Math.imul(h ^ (ids[i + 1] + 1), 0x85ebca6b)
  h = Math.imul(h ^ (ids[i + 2] + 1), 0xc2b2ae35)
  return h ^ (h >>> 15)
}

/** A gram whose words weigh less than this together never seeds: function words only ("as well as"
 *  weighs 0), or words that are in nearly every sentence (a line repeated all through a text), which
 *  say nothing about where a passage comes from and would only multiply the seeds. */
const MIN_GRAM_WEIGHT = 0.05

/** Whether the gram at i cannot seed: too light, or across a sentence end. */
function seedless(ids: Int32Array, weight: Float32Array, boundary: Uint8Array, i: number): boolean {
  return boundary[i + 1] === 1 || boundary[i + 2] === 1 || weight[ids[i]] + weight[ids[i + 1]] + weight[ids[i + 2]] < MIN_GRAM_WEIGHT
}

export function buildGramIndex(ctx: CompareContext): GramIndex {
  const ids = ctx.b.tokens.stem
  const n = ctx.b.tokens.count
  let size = 1024
  while (size < n * 2) size *= 2
  const head = new Int32Array(size).fill(-1)
  const next = new Int32Array(Math.max(n, 1)).fill(-1)
  const mask = size - 1
  const boundary = ctx.b.seg.sentenceEdge
  for (let j = n - GRAM; j >= 0; j--) {
    if (seedless(ids, ctx.weight, boundary, j)) continue
    const slot = gramHash(ids, j) & mask
    next[j] = head[slot]
    head[slot] = j
  }
  return { head, next, mask }
}

function pushRun(runs: Runs, a: number, b: number, len: number): void {
  if (runs.count === runs.a.length) {
    const size = runs.a.length * 2
    for (const key of ['a', 'b', 'len'] as const) {
      const grown = new Int32Array(size)
      grown.set(runs[key])
      runs[key] = grown
    }
  }
  runs.a[runs.count] = a
  runs.b[runs.count] = b
  runs.len[runs.count] = len
  runs.count++
}

/**
 * Maximal runs of equal stems that contain a shared 3-gram, for A's words in [aFrom, aTo).
 * `reach` is scratch of length nA + nB + 1 (one entry per diagonal, i - j + nB): the A position up to
 * which a run on that diagonal is already known, so a long verbatim passage is extended once, not once
 * per word. Runs come out sorted by A position, then B position.
 */
export function findRuns(ctx: CompareContext, index: GramIndex, aFrom: number, aTo: number, reach: Int32Array): Runs {
  const A = ctx.a.tokens.stem
  const B = ctx.b.tokens.stem
  const nB = ctx.b.tokens.count
  const weight = ctx.weight
  const edgeA = ctx.a.seg.sentenceEdge
  const edgeB = ctx.b.seg.sentenceEdge
  const { head, next, mask } = index
  const runs: Runs = { a: new Int32Array(64), b: new Int32Array(64), len: new Int32Array(64), count: 0 }
  for (let i = aFrom; i <= aTo - GRAM; i++) {
    if (seedless(A, weight, edgeA, i)) continue
    let walked = 0
    for (let j = head[gramHash(A, i) & mask]; j >= 0 && walked < MAX_OCCURRENCES; j = next[j], walked++) {
      if (B[j] !== A[i] || B[j + 1] !== A[i + 1] || B[j + 2] !== A[i + 2]) continue
      const d = i - j + nB
      if (reach[d] > i) continue
      // Extend while words are equal, up to a sentence end that both sides have: quotation marks and
      // brackets, and a sentence end on one side only ("1.Break" against "1. Break"), stand between
      // words that are the same on both sides, which is one verbatim run.
      let back = 0
      while (i - back > aFrom && j - back > 0 && !(edgeA[i - back] && edgeB[j - back]) && A[i - back - 1] === B[j - back - 1]) back++
      let len = GRAM
      while (i + len < aTo && j + len < nB && !(edgeA[i + len] && edgeB[j + len]) && A[i + len] === B[j + len]) len++
      // Past a sentence end on one side, the run goes on only with at least a gram's worth of words:
      // "down. The minutes" against "down, the committee" shares "the" by chance.
      let from = i - back
      let to = i + len
      for (let k = from + 1; k < from + GRAM && k < to; k++) if (edgeA[k] || edgeB[k - i + j]) from = k
      for (let k = to - 1; k > to - GRAM && k > from; k--) if (edgeA[k] || edgeB[k - i + j]) to = k
      reach[d] = i + len
      pushRun(runs, from, from - i + j, to - from)
    }
  }
  sortRuns(runs)
  return runs
}

function sortRuns(runs: Runs): void {
  const order = Array.from({ length: runs.count }, (_, k) => k)
  order.sort((x, y) => runs.a[x] - runs.a[y] || runs.b[x] - runs.b[y])
  const a = new Int32Array(runs.count)
  const b = new Int32Array(runs.count)
  const len = new Int32Array(runs.count)
  order.forEach((k, r) => {
    a[r] = runs.a[k]
    b[r] = runs.b[k]
    len[r] = runs.len[k]
  })
  runs.a = a
  runs.b = b
  runs.len = len
}
