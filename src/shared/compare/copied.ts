// Stretches of A copied word for word: a whole sentence, the words between a sentence end and a
// quotation mark ("Dr Marsh, who chairs the trust, said:" before a quote), or a clause ended by a colon
// or a semicolon, that are the same words as written in B. Identical words are verbatim whatever
// surrounds them, so such a stretch is its own verbatim pair even where the words around it were
// changed, and no looser pair takes its words.
import { ALIGN_THRESHOLDS, classify, SENTENCE_THRESHOLDS, type Thresholds } from './classify'
import type { CompareContext } from './context'
import { emptyCandidate, measureBag, measureOrder, type Candidate } from './measure'

/** Whether A's side of c is one whole stretch and B's side the same words as written (a sentence
 *  copied whole, or lifted out of a longer one). */
export function isCopiedStretch(ctx: CompareContext, c: Candidate): boolean {
  const n = c.a1 - c.a0
  if (n < SENTENCE_THRESHOLDS.minWords || n !== c.b1 - c.b0 || c.lcsForm !== n) return false
  return isWholeStretch(ctx, c.a0, c.a1) && isPlacedInB(ctx, c.b0, c.b1)
}

function isWholeStretch(ctx: CompareContext, a0: number, a1: number): boolean {
  return isStretchEdge(ctx, a0) && isStretchEdge(ctx, a1)
}

/** Whether a stretch of A can start (or end, before) token k: at either end of the text, a sentence
 *  start, a quotation mark, or after a colon or semicolon and a space ("rests on two assumptions:"
 *  before a list the copy renumbered). */
function isStretchEdge(ctx: CompareContext, k: number): boolean {
  const A = ctx.a
  if (k === 0 || k === A.tokens.count || A.seg.boundary[k] === 1) return true
  const gap = A.text.slice(A.tokens.end[k - 1], A.tokens.start[k])
  return /[:;]/.test(gap) && /\s/.test(gap)
}

/** Where in B a copied stretch may stand: four words (the fewest) only from a clause start to a clause
 *  end, as a sentence is ("He said no more" inside a clause of B is a chance); five words or more
 *  anywhere, since the same words are verbatim whatever B says around them ("a family history of the
 *  disease" after "increasing age and", a quote after "we agreed that"). */
function isPlacedInB(ctx: CompareContext, b0: number, b1: number): boolean {
  if (b1 - b0 >= ALIGN_THRESHOLDS.minWords) return true
  const starts = ctx.b.seg.clauseStart
  return (b0 === 0 || starts[b0] === 1) && (b1 === ctx.b.tokens.count || starts[b1] === 1)
}

/**
 * A pair that is not verbatim, cut around the copied stretches inside it: each copied stretch as a
 * verbatim pair, and the words between them as pairs of their own (by `thresholdsOf`): when their words
 * are still in order, or when they are a reworded quote. Reworded words around a copied quote ("chief
 * executive Jo Bell said" against "said its chief executive, Jo Bell") are the reporter's framing, not
 * a passage. Null when c holds no copied stretch.
 */
export function splitAtCopiedStretches(
  ctx: CompareContext,
  c: Candidate,
  thresholdsOf: (piece: Candidate) => Thresholds
): Candidate[] | null {
  const A = ctx.a.tokens.form
  const B = ctx.b.tokens.form
  const pieces: Candidate[] = []
  let restA = c.a0
  let restB = c.b0
  for (let s0 = c.a0; s0 < c.a1;) {
    let s1 = s0 + 1
    while (s1 < c.a1 && !isStretchEdge(ctx, s1)) s1++
    const len = s1 - s0
    if (len >= SENTENCE_THRESHOLDS.minWords && isWholeStretch(ctx, s0, s1)) {
      for (let j = restB; j + len <= c.b1; j++) {
        let same = 0
        while (same < len && A[s0 + same] === B[j + same]) same++
        if (same < len || !isPlacedInB(ctx, j, j + len)) continue
        const copy = emptyCandidate(s0, s1, j, j + len)
        copy.lcs = copy.lcsForm = len
        measureBag(ctx, copy)
        if (!classify(copy, SENTENCE_THRESHOLDS)) break
        pushPiece(ctx, pieces, restA, s0, restB, j, thresholdsOf)
        pieces.push(copy)
        restA = s1
        restB = j + len
        break
      }
    }
    s0 = s1
  }
  if (pieces.length === 0) return null
  pushPiece(ctx, pieces, restA, c.a1, restB, c.b1, thresholdsOf)
  return pieces
}

function pushPiece(
  ctx: CompareContext,
  pieces: Candidate[],
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  thresholdsOf: (piece: Candidate) => Thresholds
): void {
  if (a1 <= a0 || b1 <= b0) return
  const piece = emptyCandidate(a0, a1, b0, b1)
  measureOrder(ctx, piece)
  measureBag(ctx, piece)
  if (classify(piece, thresholdsOf(piece)) && (piece.kind !== 'paraphrase' || isMostlyQuoted(ctx, piece))) pieces.push(piece)
}

function isMostlyQuoted(ctx: CompareContext, c: Candidate): boolean {
  let quoted = 0
  for (let k = c.a0; k < c.a1; k++) quoted += ctx.a.quoted[k]
  return 2 * quoted >= c.a1 - c.a0
}

/** Candidates that are not verbatim and share words, on either side, with a copied stretch: a copied
 *  sentence is shown as such, never inside a close pair or a paraphrase around it. */
export function displacedByCopies(ctx: CompareContext, candidates: readonly Candidate[]): Set<Candidate> {
  const copyA = new Uint8Array(ctx.a.tokens.count)
  const copyB = new Uint8Array(ctx.b.tokens.count)
  let copies = 0
  for (const c of candidates) {
    if (c.kind !== 'verbatim' || !isCopiedStretch(ctx, c)) continue
    copyA.fill(1, c.a0, c.a1)
    copyB.fill(1, c.b0, c.b1)
    copies++
  }
  const out = new Set<Candidate>()
  if (copies === 0) return out
  for (const c of candidates)
    if (c.kind !== 'verbatim' && (copyA.subarray(c.a0, c.a1).includes(1) || copyB.subarray(c.b0, c.b1).includes(1))) out.add(c)
  return out
}
