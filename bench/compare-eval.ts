// The labelled set (src/testing/compare-eval), tuning and held-out parts apart: per kind precision and
// recall on span-labelled pairs; on answer sets, rewrites found, the false-pair rate on same-topic
// texts, identical sentences verbatim, and the AUC of copied against heavily rewritten answers by
// verbatim+close coverage next to 3-gram containment; all with and without WordNet's synonyms. Then
// the time per pair and per CLI call. Run: npx vite-node bench/compare-eval.ts [--verbose]
import { align, DEFAULT_MIN_SCORE, loadSynonyms, type AlignOptions } from '../src/shared/compare'
import { addCounts, emptyCounts, KINDS, precision, recall, resolveLabels, scoreCase, type Counts } from '../src/testing/compare-eval/score'
import { parts, type Part } from '../src/testing/compare-eval/sets'
import { answerFigures, type AnswerResult } from '../src/testing/compare-eval/answers/score'
import { coveredVerbatim, identicalSentences } from '../src/testing/compare-eval/answers/metrics'
import { alignAnswers, printAnswerFigures, printQuoteSpeakers } from './compare-answers'
import { timeCliCalls } from './compare-cli-time'
import { median } from './main-block'

const verbose = process.argv.includes('--verbose')
const pct = (x: number): string => `${(100 * x).toFixed(0)}%`.padStart(5)
const row = (name: string, c: Counts): string =>
  `  ${name.padEnd(32)} precision ${pct(precision(c))} (${c.truePairs}/${c.pairs})   recall ${pct(recall(c))} (${c.found}/${c.labels})`

/** Span-labelled cases of one part: per case and per kind. Returns the overall counts. */
function spanFigures(part: Part, options: AlignOptions): Counts {
  console.log(`  span-labelled pairs of texts (${part.cases.length}):`)
  const total = emptyCounts()
  const byKind = { verbatim: emptyCounts(), close: emptyCounts(), paraphrase: emptyCounts() }
  let independent = 0
  let independentPaired = 0
  let identical = 0
  let identicalVerbatim = 0
  for (const c of part.cases) {
    const pairs = align(c.textA, c.textB, options)
    const score = scoreCase(resolveLabels(c.textA, c.textB, c.labels), pairs)
    for (const s of identicalSentences(c.textA, c.textB)) {
      identical++
      if (coveredVerbatim(c.textA, s, pairs)) identicalVerbatim++
      else if (verbose) console.log(`      identical, not verbatim: ${JSON.stringify(c.textA.slice(s.start, s.end))}`)
    }
    addCounts(total, score.overall)
    for (const k of KINDS) addCounts(byKind[k], score.byKind[k])
    if (c.labels.every((l) => l.kind === 'none')) {
      independent++
      if (pairs.length > 0) independentPaired++
    }
    if (!verbose) continue
    console.log(row(c.name, score.overall))
    const show = (s: { start: number; end: number }, text: string): string => JSON.stringify(text.slice(s.start, s.end))
    for (const l of score.missed) console.log(`      missed ${l.kind}: ${JSON.stringify(l.a)}`)
    for (const [l, k] of score.wrongKind) console.log(`      found as ${k}, labelled ${l.kind}: ${JSON.stringify(l.a)}`)
    for (const p of score.falsePairs)
      console.log(`      false ${p.kind} ${p.score}: ${show(p.a, c.textA)}\n            ↔ ${show(p.b, c.textB)}`)
  }
  for (const k of KINDS) console.log(row(`${k} (kind exact)`, byKind[k]))
  console.log(row('any kind', total))
  console.log(`  independent same-topic pairs of texts given a pair: ${independentPaired} of ${independent}`)
  console.log(`  identical sentences wholly verbatim: ${pct(identicalVerbatim / identical)} (${identicalVerbatim}/${identical})`)
  return total
}

const synonyms = await loadSynonyms()
const msPerPair: number[] = []
for (const [label, options] of [
  ['without synonyms', {}],
  ['with WordNet synonyms', { synonyms }]
] as [string, AlignOptions][]) {
  console.log(`\n##### ${label} (default threshold: score ≥ ${DEFAULT_MIN_SCORE})`)
  const heldOut: AnswerResult[] = []
  for (const part of parts().filter((p) => !process.env.PART || p.name === process.env.PART)) {
    console.log(`\n=== ${part.name}`)
    const spans = part.cases.length > 0 ? spanFigures(part, options) : emptyCounts()
    const { results, msPerPair: times } = alignAnswers(part.answerSets, options)
    msPerPair.push(...times)
    if (part.name !== 'tuning') heldOut.push(...results)
    printAnswerFigures(part.name, results, DEFAULT_MIN_SCORE, verbose)
    if (!options.synonyms) printQuoteSpeakers(part.name, part.answerSets)
    const f = answerFigures(results, DEFAULT_MIN_SCORE)
    const shown = spans.pairs + f.shown
    const trueShown = spans.truePairs + f.trueShown
    console.log(`  ${part.name}, all pairs shown by default that are reuse: ${pct(trueShown / shown)} (${trueShown}/${shown})`)
  }
  if (heldOut.length > 0 && !process.env.PART) printAnswerFigures('held out, all batches', heldOut, DEFAULT_MIN_SCORE, false)
}
console.log(
  `\ntime per pair of texts (answer and source, about 150–250 words each): median ${median(msPerPair).toFixed(2)} ms, max ${Math.max(...msPerPair).toFixed(1)} ms over ${msPerPair.length} alignments`
)
if (!process.env.PART) timeCliCalls()
