// The answer-set part of bench/compare-eval.ts: printed per part (tuning, held out). Imported, not run.
import { align, quoteCheck } from '../src/shared/compare'
import { answerFigures, LEVELS, runAnswerSets, type AnswerResult } from '../src/testing/compare-eval/answers/score'
import { coveredVerbatim, identicalSentences } from '../src/testing/compare-eval/answers/metrics'
import type { AnswerSet } from '../src/testing/compare-eval/answers/types'
import type { AlignOptions } from '../src/shared/compare'

const pct = (n: number, d: number): string => `${d === 0 ? '–' : ((100 * n) / d).toFixed(0) + '%'} (${n}/${d})`

/** Aligns every answer with its source (every pair kept) and returns the results and the time per pair. */
export function alignAnswers(sets: readonly AnswerSet[], options: AlignOptions = {}): { results: AnswerResult[]; msPerPair: number[] } {
  const msPerPair: number[] = []
  const results = runAnswerSets(sets, (a, b) => {
    const t = performance.now()
    const pairs = align(a, b, { ...options, minScore: 0 })
    msPerPair.push(performance.now() - t)
    return pairs
  })
  return { results, msPerPair }
}

export function printAnswerFigures(part: string, results: AnswerResult[], minScore: number, verbose: boolean): void {
  const f = answerFigures(results, minScore)
  console.log(`\nanswer sets, ${part} (${results.length} answers; a pair shown at score ≥ ${minScore}):`)
  for (const l of LEVELS)
    console.log(
      `  ${l.padEnd(6)} answers given a pair: ${pct(f.detected[l].paired, f.detected[l].answers)}${l === 'non' ? '   ← same-topic false-pair rate' : ''}`
    )
  console.log(
    `  light and heavy rewrites found: ${pct(f.detected.light.paired + f.detected.heavy.paired, f.detected.light.answers + f.detected.heavy.answers)}`
  )
  console.log(`  pairs shown that are reuse: ${pct(f.trueShown, f.shown)}`)
  console.log(`  identical sentences wholly verbatim: ${pct(f.identicalVerbatim, f.identical)}`)
  const a = (x: { coverage: number; containment: number }): string =>
    `verbatim+close coverage (words reused in order, by pair score) ${x.coverage.toFixed(3)}, 3-gram containment ${x.containment.toFixed(3)} (difference ${(x.coverage - x.containment).toFixed(3)})`
  console.log(`  AUC cut vs heavy:          ${a(f.aucCutHeavy)}`)
  console.log(`  AUC cut+light vs heavy:    ${a(f.aucCopiedHeavy)}`)
  if (!verbose) return
  for (const r of results) {
    if (r.level === 'non') continue
    const shownPairs = r.pairs.map((p) => p.pair).filter((p) => p.score >= minScore)
    for (const s of identicalSentences(r.text, r.source))
      if (!coveredVerbatim(r.text, s, shownPairs))
        console.log(`    ${r.topic} ${r.level}: identical, not verbatim: ${JSON.stringify(r.text.slice(s.start, s.end))}`)
  }
  for (const r of results) {
    const shown = r.pairs.filter((p) => p.pair.score >= minScore)
    const wrong = r.pairs.filter((p) => !p.reuse)
    if (r.level !== 'non' && shown.length > 0 && wrong.length === 0) continue
    console.log(`    ${r.topic} ${r.level}: ${shown.length} shown`)
    for (const p of r.level === 'non' || shown.length === 0 ? r.pairs : wrong)
      console.log(
        `      ${p.reuse ? 'true ' : 'FALSE'} ${p.pair.kind} ${p.pair.score}: ${JSON.stringify(r.text.slice(p.pair.a.start, p.pair.a.end))}\n            ↔ ${JSON.stringify(r.source.slice(p.pair.b.start, p.pair.b.end))}`
      )
  }
}

/** The quote check on answers whose source is one person's statement: quotes of other speakers (the
 *  answers' own passages) should be listed apart (otherSpeaker), quotes of the source's speaker not. */
export function printQuoteSpeakers(part: string, sets: readonly AnswerSet[]): void {
  let others = 0
  let othersApart = 0
  let source = 0
  let sourceApart = 0
  for (const set of sets) {
    if (!set.sourceSpeaker) continue
    for (const answer of set.answers) {
      if (answer.level === 'non') continue
      const own = (answer.own ?? []).map((p) => ({ start: answer.text.indexOf(p), end: answer.text.indexOf(p) + p.length }))
      for (const e of quoteCheck(answer.text, set.source, { sourceSpeaker: set.sourceSpeaker })) {
        const isOther = own.some((o) => o.start <= e.quote.start && e.quote.end <= o.end)
        if (isOther) {
          others++
          if (e.otherSpeaker) othersApart++
        } else {
          source++
          if (e.otherSpeaker) sourceApart++
        }
      }
    }
  }
  console.log(
    `  quote check (${part}): quotes of other speakers listed apart ${pct(othersApart, others)}; quotes of the source's speaker listed apart ${pct(sourceApart, source)}`
  )
}
