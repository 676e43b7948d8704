import { describe, expect, it } from 'vitest'
import { align } from '../../shared/compare/align'
import { DEFAULT_MIN_SCORE } from '../../shared/compare/classify'
import { HELD_OUT_ANSWER_SETS } from './answers/heldOut'
import { answerFigures, runAnswerSets } from './answers/score'
import { TUNING_ANSWER_SETS } from './answers/tuning'
import { WITNESS_ANSWER_SETS } from './answers/tuningWitnesses'
import type { AnswerSet } from './answers/types'
import { HELD_OUT_CASES, WRITTEN_CASES } from './cases'
import { addCounts, emptyCounts, precision, recall, resolveLabels, scoreCase } from './score'
import { parts, seedCase } from './sets'
import type { EvalCase } from './types'

const cases: EvalCase[] = [seedCase(), ...WRITTEN_CASES, ...HELD_OUT_CASES]

describe('the labelled set', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s: every label is found in its texts', (_, c) => {
    expect(() => resolveLabels(c.textA, c.textB, c.labels)).not.toThrow()
  })

  it('has a few hundred words a text and labels of every kind', () => {
    for (const c of [...WRITTEN_CASES, ...HELD_OUT_CASES]) expect(c.textA.split(/\s+/).length).toBeGreaterThan(200)
    const kinds = new Set(cases.flatMap((c) => c.labels.map((l) => l.kind)))
    expect([...kinds].sort()).toEqual(['close', 'none', 'paraphrase', 'verbatim'])
  })
})

describe('scoreCase', () => {
  const textA = 'One two three four. Five six seven eight.'
  const textB = 'Uno one two three four. Nine ten.'
  const labels = resolveLabels(textA, textB, [
    { a: 'One two three four', b: ['one two three four'], kind: 'verbatim' },
    { a: 'Five six seven eight', b: [], kind: 'none' }
  ])

  it('counts a pair on a label as true, of its kind or not', () => {
    const s = scoreCase(labels, [{ a: { start: 0, end: 18 }, b: { start: 4, end: 22 }, kind: 'close', score: 0.9 }])
    expect(s.overall).toEqual({ pairs: 1, truePairs: 1, labels: 1, found: 1 })
    expect(s.byKind.verbatim).toEqual({ pairs: 0, truePairs: 0, labels: 1, found: 0 })
    expect(s.byKind.close).toEqual({ pairs: 1, truePairs: 0, labels: 0, found: 0 })
    expect(s.wrongKind).toHaveLength(1)
  })

  it('counts a pair elsewhere as false and a label without a pair as missed', () => {
    const s = scoreCase(labels, [{ a: { start: 20, end: 40 }, b: { start: 24, end: 32 }, kind: 'paraphrase', score: 0.5 }])
    expect(s.overall).toEqual({ pairs: 1, truePairs: 0, labels: 1, found: 0 })
    expect(s.missed.map((l) => l.a)).toEqual(['One two three four'])
  })

  it('does not count a pair that lands on the wrong counterpart', () => {
    const s = scoreCase(labels, [{ a: { start: 0, end: 18 }, b: { start: 24, end: 32 }, kind: 'verbatim', score: 1 }])
    expect(s.overall.truePairs).toBe(0)
  })
})

describe('align on the labelled set', () => {
  // Floors well under today's figures (see bench/compare-eval.ts), so that a change that loses much
  // precision or recall fails here, not only in the benchmark's printout. The held-out part is scored
  // apart: it was not looked at when choosing thresholds (DEFAULT_MIN_SCORE).
  const total = (set: EvalCase[]) => {
    const counts = emptyCounts()
    for (const c of set) addCounts(counts, scoreCase(resolveLabels(c.textA, c.textB, c.labels), align(c.textA, c.textB)).overall)
    return counts
  }

  it('shows pairs that are reuse nine times in ten on the tuning part, and finds most', () => {
    const tuning = total(cases.filter((c) => !HELD_OUT_CASES.includes(c)))
    expect(precision(tuning)).toBeGreaterThanOrEqual(0.9)
    expect(recall(tuning)).toBeGreaterThanOrEqual(0.85)
  })

  it('keeps precision and recall up on the held-out part', () => {
    const heldOut = total([...HELD_OUT_CASES])
    expect(precision(heldOut)).toBeGreaterThanOrEqual(0.8)
    expect(recall(heldOut)).toBeGreaterThanOrEqual(0.7)
  })
})

describe('align on the answer sets', () => {
  // Whole answers labelled by how they were written (answers/). Floors at or under today's figures
  // (bench/compare-eval.ts prints them): the tuning part is what the score was calibrated on.
  const figures = (sets: readonly AnswerSet[]) =>
    answerFigures(
      runAnswerSets(sets, (a, b) => align(a, b, { minScore: 0 })),
      DEFAULT_MIN_SCORE
    )
  const rate = (x: { answers: number; paired: number }) => x.paired / x.answers

  // [part, the most same-topic texts paired]: the held-out part is a floor under what it gave (2 of 14).
  // The tuning part without its two-witness sets, which have a test of their own below.
  it.each([
    ['tuning', TUNING_ANSWER_SETS.filter((s) => !WITNESS_ANSWER_SETS.includes(s)), 0.1],
    ['held-out', HELD_OUT_ANSWER_SETS, 0.2]
  ] as const)('on the %s part: every rewrite found, few same-topic texts paired, shown pairs reuse, copies verbatim', (_, sets, most) => {
    const f = figures(sets)
    expect(rate(f.detected.light)).toBe(1)
    expect(rate(f.detected.heavy)).toBe(1)
    expect(rate(f.detected.non)).toBeLessThanOrEqual(most)
    expect(f.trueShown / f.shown).toBeGreaterThanOrEqual(0.9)
    expect(f.identicalVerbatim).toBe(f.identical)
  })

  // Issue 14's must-show on the held-out part, every batch pooled (each was written blind and scored
  // after its tuning ended): few same-topic texts paired, rewrites found, copies verbatim.
  it('on every held-out batch pooled: at most one same-topic text in ten paired, 95% of rewrites found, copies verbatim', () => {
    const f = figures(parts().flatMap((p) => (p.name === 'tuning' ? [] : p.answerSets)))
    expect(rate(f.detected.non)).toBeLessThanOrEqual(0.1)
    expect(
      (f.detected.light.paired + f.detected.heavy.paired) / (f.detected.light.answers + f.detected.heavy.answers)
    ).toBeGreaterThanOrEqual(0.95)
    expect(f.trueShown / f.shown).toBeGreaterThanOrEqual(0.9)
    expect(f.identicalVerbatim).toBe(f.identical)
  })

  // Two reports of one event written apart (a match, a fire, a hearing, a launch, a count), with the same
  // facts in the same order, and a light and a heavy rewrite of the first. The rewrites are found; the
  // second report is paired too (5 of 5 at the default threshold, 4 of them by a pair scoring 0.9 or more): nothing measured so far tells
  // two witnesses from a heavy rewrite (scripts/witness-wording.ts prints why). Known failure of issue
  // 14, kept here so that it shows: the second test turns red the day the second witnesses go unpaired,
  // and is then to be made a plain test.
  it('on the two-witness sets: every light and heavy rewrite found', () => {
    const f = figures(WITNESS_ANSWER_SETS)
    expect(rate(f.detected.light)).toBe(1)
    expect(rate(f.detected.heavy)).toBe(1)
  })
  it.fails('on the two-witness sets: a second witness of the same event is not paired (known failure)', () => {
    expect(figures(WITNESS_ANSWER_SETS).detected.non.paired).toBe(0)
  })
})
