// Scoring align() on answer sets: whole answers detected, pairs true or false, identical sentences
// verbatim, and how well coverage tells copies from rewrites next to 3-gram containment.
import type { AlignedPair, Span } from '../../../shared/compare/types'
import { auc, containment, coverage, coveredVerbatim, identicalSentences } from './metrics'
import type { AnswerSet, ReuseLevel } from './types'

export const LEVELS: readonly ReuseLevel[] = ['cut', 'light', 'heavy', 'quote', 'non']

export interface AnsweredPair {
  pair: AlignedPair
  /** Reuse: a pair in an answer written from the source, not on a passage of the writer's own. */
  reuse: boolean
}

export interface AnswerResult {
  topic: string
  level: ReuseLevel
  text: string
  source: string
  /** Every pair align() found (minScore 0), judged. */
  pairs: AnsweredPair[]
  containment: number
}

const overlap = (x: Span, y: Span): number => Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start))

/** Aligns each answer (as text A) with its source, keeping every pair whatever its score. */
export function runAnswerSets(sets: readonly AnswerSet[], alignAll: (a: string, b: string) => AlignedPair[]): AnswerResult[] {
  return sets.flatMap((set) =>
    set.answers.map((answer) => {
      const own = (answer.own ?? []).map((passage) => {
        const start = answer.text.indexOf(passage)
        if (start < 0) throw new Error(`own passage not in its answer: ${passage}`)
        return { start, end: start + passage.length }
      })
      const pairs = alignAll(answer.text, set.source).map((pair) => ({
        pair,
        reuse: answer.level !== 'non' && !own.some((o) => overlap(pair.a, o) >= 0.5 * (pair.a.end - pair.a.start))
      }))
      return {
        topic: set.topic,
        level: answer.level,
        text: answer.text,
        source: set.source,
        pairs,
        containment: containment(answer.text, set.source)
      }
    })
  )
}

export interface AnswerFigures {
  /** Per level: answers, and those given at least one pair at or above the threshold. */
  detected: Record<ReuseLevel, { answers: number; paired: number }>
  /** Pairs shown at the threshold, and those that are reuse. */
  shown: number
  trueShown: number
  /** Sentences of answers identical to a source sentence, and those wholly inside verbatim pairs. */
  identical: number
  identicalVerbatim: number
  /** AUC by verbatim+close coverage (metrics.coverage) and by 3-gram containment: cut against heavy, cut
   *  and light against heavy. */
  aucCutHeavy: { coverage: number; containment: number }
  aucCopiedHeavy: { coverage: number; containment: number }
}

export function answerFigures(results: readonly AnswerResult[], minScore: number): AnswerFigures {
  const detected = Object.fromEntries(LEVELS.map((l) => [l, { answers: 0, paired: 0 }])) as AnswerFigures['detected']
  let shown = 0
  let trueShown = 0
  let identical = 0
  let identicalVerbatim = 0
  const cov = new Map<AnswerResult, number>()
  for (const r of results) {
    const kept = r.pairs.filter((p) => p.pair.score >= minScore)
    detected[r.level].answers++
    if (kept.length > 0) detected[r.level].paired++
    shown += kept.length
    trueShown += kept.filter((p) => p.reuse).length
    // Every verbatim and close pair, each by its score (metrics.coverage): not only those shown.
    cov.set(
      r,
      coverage(
        r.text,
        r.source,
        r.pairs.map((p) => p.pair).filter((p) => p.kind !== 'paraphrase')
      )
    )
  }
  for (const r of results) {
    if (r.level === 'non') continue
    const pairs = r.pairs.map((p) => p.pair).filter((p) => p.score >= minScore)
    for (const s of identicalSentences(r.text, r.source)) {
      identical++
      if (coveredVerbatim(r.text, s, pairs)) identicalVerbatim++
    }
  }
  const by = (levels: ReuseLevel[], f: (r: AnswerResult) => number): number[] => results.filter((r) => levels.includes(r.level)).map(f)
  const pairAuc = (pos: ReuseLevel[]) => ({
    coverage: auc(
      by(pos, (r) => cov.get(r) ?? 0),
      by(['heavy'], (r) => cov.get(r) ?? 0)
    ),
    containment: auc(
      by(pos, (r) => r.containment),
      by(['heavy'], (r) => r.containment)
    )
  })
  return {
    detected,
    shown,
    trueShown,
    identical,
    identicalVerbatim,
    aucCutHeavy: pairAuc(['cut']),
    aucCopiedHeavy: pairAuc(['cut', 'light'])
  }
}
