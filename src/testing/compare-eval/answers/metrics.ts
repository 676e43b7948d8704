// What the bench measures on answer sets, written apart from the aligner (its own tokenizing), so that
// a figure cannot agree with the aligner only because it shares its code.
import type { AlignedPair, Span } from '../../../shared/compare/types'

/** Words as a reader would compare them: lowercase, accents and look-alike quotes ignored. */
export function words(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = []
  for (const m of text.normalize('NFC').matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) {
    const word = m[0].normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’]/g, "'")
    out.push({ word, start: m.index, end: m.index + m[0].length })
  }
  return out
}

/** Word 3-gram containment of the answer in the source: the baseline of text reuse research. */
export function containment(answer: string, source: string, n = 3): number {
  const grams = (t: string): Set<string> => {
    const w = words(t).map((x) => x.word)
    const set = new Set<string>()
    for (let i = 0; i + n <= w.length; i++) set.add(w.slice(i, i + n).join(' '))
    return set
  }
  const a = grams(answer)
  const b = grams(source)
  if (a.size === 0) return 0
  let shared = 0
  for (const g of a) if (b.has(g)) shared++
  return shared / a.size
}

/** Share of the answer's words that the given pairs reuse word for word: in each pair, the words of A's
 *  side equal in order to words of B's side (not the words a close pair changed, nor those a span took
 *  in at its edges), each counted by the pair's score, its chance of being reuse. So a stock phrase
 *  that two texts on one topic share by chance adds little, while a copied sentence alone among the
 *  writer's own counts even when its score leaves it among the weaker matches. */
export function coverage(answer: string, source: string, pairs: readonly AlignedPair[]): number {
  const total = words(answer).length
  if (total === 0) return 0
  const text = (t: string, s: Span): string[] => words(t.slice(s.start, s.end)).map((x) => x.word)
  let reused = 0
  for (const p of pairs) reused += p.score * lcsLength(text(answer, p.a), text(source, p.b))
  return reused / total
}

function lcsLength(x: readonly string[], y: readonly string[]): number {
  const row = new Array<number>(y.length + 1).fill(0)
  for (const xi of x) {
    let diagonal = 0
    for (let j = 1; j <= y.length; j++) {
      const up = row[j]
      row[j] = xi === y[j - 1] ? diagonal + 1 : Math.max(up, row[j - 1])
      diagonal = up
    }
  }
  return row[y.length]
}

/** Area under the ROC curve: the chance that a positive scores above a negative (ties count half). */
export function auc(positives: readonly number[], negatives: readonly number[]): number {
  if (positives.length === 0 || negatives.length === 0) return NaN
  let wins = 0
  for (const p of positives) for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0
  return wins / (positives.length * negatives.length)
}

/** Sentences of the answer (five words or more) whose words, in order, are a sentence of the source's:
 *  the same words, whatever the case, punctuation, quotation marks or spacing. A name's initial ("Edgar
 *  F. Codd") ends no sentence: else the words before it would count as a sentence of their own. */
export function identicalSentences(answer: string, source: string): Span[] {
  const sentences = (t: string): { key: string; span: Span }[] =>
    t
      .split(/(?<=(?<!(?:^|\s)\p{Lu})[.!?:;]["'”’)]?)\s+|\n+/u)
      .reduce<{ key: string; span: Span }[]>((out, piece) => {
        const at = t.indexOf(piece, out.length ? out[out.length - 1].span.end : 0)
        const w = words(piece)
        if (w.length >= 5 && at >= 0)
          out.push({ key: w.map((x) => x.word).join(' '), span: { start: at + w[0].start, end: at + w[w.length - 1].end } })
        else if (at >= 0) out.push({ key: '', span: { start: at, end: at + piece.length } })
        return out
      }, [])
      .filter((s) => s.key !== '')
  const inSource = new Set(sentences(source).map((s) => s.key))
  const sourceWords =
    ' ' +
    words(source)
      .map((x) => x.word)
      .join(' ') +
    ' '
  return sentences(answer)
    .filter((s) => inSource.has(s.key) || sourceWords.includes(` ${s.key} `))
    .map((s) => s.span)
}

/** Whether the verbatim pairs cover the span's words (all of them: identical is identical). */
export function coveredVerbatim(text: string, span: Span, pairs: readonly AlignedPair[]): boolean {
  const inside = words(text.slice(span.start, span.end)).map((w) => ({ start: w.start + span.start, end: w.end + span.start }))
  return inside.every((w) => pairs.some((p) => p.kind === 'verbatim' && p.a.start <= w.start && w.end <= p.a.end))
}
