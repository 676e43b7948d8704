// Scoring pairs against labels: precision and recall, overall and per kind.
import type { AlignedPair, PairKind, Span } from '../../shared/compare/types'
import type { EvalCase, EvalLabel } from './types'

export const KINDS: readonly PairKind[] = ['verbatim', 'close', 'paraphrase']

export interface ResolvedLabel {
  label: EvalLabel
  a: Span
  /** Every occurrence of every accepted counterpart. */
  b: Span[]
}

function occurrences(text: string, needle: string): Span[] {
  const out: Span[] = []
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) out.push({ start: at, end: at + needle.length })
  return out
}

/** Label passages as spans; throws when a label's text is not in its text (a typo in the labels). */
export function resolveLabels(textA: string, textB: string, labels: readonly EvalLabel[]): ResolvedLabel[] {
  return labels.map((label) => {
    const a = occurrences(textA, label.a)[label.occurrence ?? 0]
    if (!a) throw new Error(`label not found in text A: ${label.a}`)
    const b = label.b.flatMap((text) => {
      const found = occurrences(textB, text)
      if (found.length === 0) throw new Error(`label counterpart not found in text B: ${text}`)
      return found
    })
    return { label, a, b }
  })
}

function overlap(x: Span, y: Span): number {
  return Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start))
}

/** A pair lands on a passage when at least half of the pair lies in it and it covers at least 30% of
 *  the passage: a pair may be tighter or a little wider than the hand-drawn label, not elsewhere. */
function lands(pair: Span, truth: Span): boolean {
  const shared = overlap(pair, truth)
  return shared >= 0.5 * (pair.end - pair.start) && shared >= 0.3 * (truth.end - truth.start)
}

export function matches(pair: AlignedPair, label: ResolvedLabel): boolean {
  return lands(pair.a, label.a) && label.b.some((b) => lands(pair.b, b))
}

export interface Counts {
  /** Pairs judged (not on an optional label), and those that land on a true pair. */
  pairs: number
  truePairs: number
  /** True passages (non-optional, with a counterpart), and those found. */
  labels: number
  found: number
}

export interface CaseScore {
  overall: Counts
  /** Per kind: pairs of that kind / landing on a label of that kind; labels of that kind / found as
   *  that kind. */
  byKind: Record<PairKind, Counts>
  /** Labels missed and pairs that are false, for reading. */
  missed: EvalLabel[]
  falsePairs: AlignedPair[]
  /** Labels found, but as another kind: [label, kind given]. */
  wrongKind: [EvalLabel, PairKind][]
}

export function emptyCounts(): Counts {
  return { pairs: 0, truePairs: 0, labels: 0, found: 0 }
}

export function scoreCase(labels: readonly ResolvedLabel[], pairs: readonly AlignedPair[]): CaseScore {
  const score: CaseScore = {
    overall: emptyCounts(),
    byKind: { verbatim: emptyCounts(), close: emptyCounts(), paraphrase: emptyCounts() },
    missed: [],
    falsePairs: [],
    wrongKind: []
  }
  const positive = labels.filter((l) => l.label.kind !== 'none')
  for (const pair of pairs) {
    const hit = positive.find((l) => matches(pair, l))
    if (hit?.label.optional) continue
    score.overall.pairs++
    score.byKind[pair.kind].pairs++
    if (hit) {
      score.overall.truePairs++
      if (hit.label.kind === pair.kind) score.byKind[pair.kind].truePairs++
    } else score.falsePairs.push(pair)
  }
  for (const l of positive) {
    if (l.label.optional || l.label.kind === 'none') continue
    const kind = l.label.kind
    score.overall.labels++
    score.byKind[kind].labels++
    const hits = pairs.filter((p) => matches(p, l))
    if (hits.length === 0) {
      score.missed.push(l.label)
      continue
    }
    score.overall.found++
    if (hits.some((p) => p.kind === kind)) score.byKind[kind].found++
    else score.wrongKind.push([l.label, hits[0].kind])
  }
  return score
}

export function addCounts(into: Counts, more: Counts): void {
  into.pairs += more.pairs
  into.truePairs += more.truePairs
  into.labels += more.labels
  into.found += more.found
}

export function precision(c: Counts): number {
  return c.pairs === 0 ? 1 : c.truePairs / c.pairs
}

export function recall(c: Counts): number {
  return c.labels === 0 ? 1 : c.found / c.labels
}

export type { EvalCase }
