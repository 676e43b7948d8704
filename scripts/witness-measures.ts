// Candidate signs of reuse beyond shared facts, for scripts/witness-wording.ts (analysis only: the
// aligner does not use them, see that script for why). Two witnesses of one event share its names and
// numbers ("Tom Harker", "71st minute", "£180,000") and the words the facts need ("a second yellow
// card"); a rewrite of one report might also keep that report's ordinary wording: runs of plain words
// with their function words ("over the wall and into the top corner"). Measured here: 3-grams of
// ordinary words (no name, no number) found in both texts, and the overlap of a pair's ordinary words.
import type { CompareContext, Side } from '../src/shared/compare/context'
import type { Lexicon } from '../src/shared/compare/lexicon'

/** 1 for the words of a side that are ordinary words: not a number, and not a capitalised word that
 *  the two texts never write in lower case (unless it is a function word or a common word of English,
 *  as at the start of a sentence: "The", "Nobody"). */
export function ordinaryWords(lexicon: Lexicon, sides: readonly Side[]): Uint8Array[] {
  const lowerSeen = new Uint8Array(lexicon.size)
  const first = (side: Side, k: number): number => side.text.charCodeAt(side.tokens.start[k])
  for (const side of sides) for (let k = 0; k < side.tokens.count; k++) if (isLower(first(side, k))) lowerSeen[side.tokens.stem[k]] = 1
  return sides.map((side) => {
    const plain = new Uint8Array(side.tokens.count)
    for (let k = 0; k < side.tokens.count; k++) {
      const c = first(side, k)
      const id = side.tokens.stem[k]
      if (c >= 48 && c <= 57) continue
      plain[k] = isLower(c) || lowerSeen[id] || lexicon.stop[id] || lexicon.common[id] ? 1 : 0
    }
    return plain
  })
}

function isLower(c: number): boolean {
  const s = String.fromCharCode(c)
  return s !== s.toUpperCase() && s === s.toLowerCase()
}

/** Key of the 3-gram of stems starting at k, or -1 when one of its words is a name or a number, or when
 *  the three are function words only ("and in the"). */
function gramKey(ctx: CompareContext, side: Side, plain: Uint8Array, k: number): number {
  const s = side.tokens.stem
  if (!plain[k] || !plain[k + 1] || !plain[k + 2]) return -1
  if (ctx.weight[s[k]] === 0 && ctx.weight[s[k + 1]] === 0 && ctx.weight[s[k + 2]] === 0) return -1
  const n = ctx.lexicon.size
  return (s[k] * n + s[k + 1]) * n + s[k + 2]
}

export interface SharedWording {
  /** For each token of A: 1 if it starts a 3-gram of ordinary words that B also has. */
  sharedAt: Uint8Array
  /** Share of A's 3-grams of ordinary words found in B (0..1): over the whole two texts. */
  text: number
  plainA: Uint8Array
  plainB: Uint8Array
}

/** Which of A's ordinary 3-grams B has, within a sentence (no 3-gram runs over a sentence end). */
export function sharedWording(ctx: CompareContext): SharedWording {
  const [plainA, plainB] = ordinaryWords(ctx.lexicon, [ctx.a, ctx.b])
  const inB = new Set<number>()
  const b = ctx.b
  for (let k = 0; k + 2 < b.tokens.count; k++) {
    if (b.seg.sentenceOf[k] !== b.seg.sentenceOf[k + 2]) continue
    const key = gramKey(ctx, b, plainB, k)
    if (key >= 0) inB.add(key)
  }
  const a = ctx.a
  const sharedAt = new Uint8Array(a.tokens.count)
  let grams = 0
  let shared = 0
  for (let k = 0; k + 2 < a.tokens.count; k++) {
    if (a.seg.sentenceOf[k] !== a.seg.sentenceOf[k + 2]) continue
    const key = gramKey(ctx, a, plainA, k)
    if (key < 0) continue
    grams++
    if (inB.has(key)) {
      sharedAt[k] = 1
      shared++
    }
  }
  return { sharedAt, text: grams > 0 ? shared / grams : 0, plainA, plainB }
}

/** Share of the A side of a pair [a0, a1) in shared ordinary 3-grams (each 3-gram's words counted once). */
export function wordingShare(w: SharedWording, a0: number, a1: number): number {
  let covered = 0
  let reach = a0
  for (let k = a0; k + 2 < a1; k++) {
    if (!w.sharedAt[k]) continue
    covered += Math.min(k + 3, a1) - Math.max(k, reach)
    reach = k + 3
  }
  return covered / Math.max(1, a1 - a0)
}

/** What a pair's two sides share once names and numbers are set aside: the weighted Dice of their
 *  ordinary content words, how many of those shared are not common words of English, and how many
 *  shared content words are names or numbers. */
export function ordinaryOverlap(
  ctx: CompareContext,
  w: SharedWording,
  a0: number,
  a1: number,
  b0: number,
  b1: number
): { dice: number; rare: number; names: number } {
  const bag = (side: Side, plain: Uint8Array, from: number, to: number): Map<number, boolean> => {
    const ids = new Map<number, boolean>()
    for (let k = from; k < to; k++) if (ctx.weight[side.tokens.stem[k]] > 0) ids.set(side.tokens.stem[k], plain[k] === 1)
    return ids
  }
  const A = bag(ctx.a, w.plainA, a0, a1)
  const B = bag(ctx.b, w.plainB, b0, b1)
  let shared = 0
  let total = 0
  let rare = 0
  let names = 0
  for (const [id, plain] of A) {
    const inB = B.get(id)
    if (inB !== undefined && !(plain && inB)) names++
    if (!plain) continue
    total += ctx.weight[id]
    if (!inB) continue
    shared += ctx.weight[id]
    if (!ctx.lexicon.common[id]) rare++
  }
  for (const [id, plain] of B) if (plain) total += ctx.weight[id]
  return { dice: total > 0 ? (2 * shared) / total : 0, rare, names }
}
