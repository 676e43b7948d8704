// Can anything the aligner could measure tell two witnesses of one event from a rewrite of one of them?
// On the TUNING part only (answers/tuningWitnesses.ts and the other tuning answer sets): for each heavy
// rewrite and each same-topic text written without the source ("non"; the second witnesses among them),
// text-level measures and the most any of its pairs has of each pair-level measure; then, per measure,
// whether a cut exists that keeps every heavy rewrite and drops every second witness. Run:
//   npx vite-node scripts/witness-wording.ts [--pairs]
import { alignCandidates } from '../src/shared/compare/align'
import { pairFeatures, reuseProbability } from '../src/shared/compare/calibrate'
import { createContext } from '../src/shared/compare/context'
import { wordDice } from '../src/shared/compare/measure'
import { containment } from '../src/testing/compare-eval/answers/metrics'
import { WITNESS_ANSWER_SETS } from '../src/testing/compare-eval/answers/tuningWitnesses'
import { parts } from '../src/testing/compare-eval/sets'
import { ordinaryOverlap, ordinaryWords, sharedWording, wordingShare } from './witness-measures'

const showPairs = process.argv.includes('--pairs')
const witnessTopics = new Set(WITNESS_ANSWER_SETS.map((s) => s.topic))
const f2 = (x: number): string => x.toFixed(2)

/** Per text: text-level measures, and the most (over its pairs scoring 0.5 or more, else over all) of each pair-level one. */
const MEASURES = [
  'wording', // share of A's ordinary 3-grams found in B, whole texts
  'contain', // 3-gram containment, every word: the plain baseline
  'names', // share of A's names and numbers that B has too (a witness may add details of its own)
  'p.word', // pairs: share of a pair's A side in ordinary 3-grams that B has
  'p.ordin', // pairs: weighted Dice of a pair's ordinary content words (names and numbers set aside)
  'p.order', // pairs: words equal in order, function words included (Dice)
  'p.rare' // pairs: how many shared ordinary content words are not common words of English
] as const
type Row = { topic: string; level: string; group: 'heavy' | 'witness' | 'other non'; values: number[]; shown: number }

const rows: Row[] = []
for (const set of parts().find((p) => p.name === 'tuning')!.answerSets) {
  for (const answer of set.answers) {
    if (answer.level !== 'heavy' && answer.level !== 'non') continue
    const ctx = createContext(answer.text, set.source)
    const wording = sharedWording(ctx)
    const chosen = alignCandidates(ctx)
    const features = pairFeatures(ctx, chosen)
    const [plainA] = ordinaryWords(ctx.lexicon, [ctx.a, ctx.b])
    const inB = new Set(ctx.b.tokens.stem)
    const names = new Set<number>()
    for (let k = 0; k < ctx.a.tokens.count; k++) if (!plainA[k] && ctx.weight[ctx.a.tokens.stem[k]] > 0) names.add(ctx.a.tokens.stem[k])
    const kept = [...names].filter((id) => inB.has(id)).length / Math.max(1, names.size)
    const pairs = chosen.map((c, i) => {
      const o = ordinaryOverlap(ctx, wording, c.a0, c.a1, c.b0, c.b1)
      return { c, score: reuseProbability(features[i]), m: [wordingShare(wording, c.a0, c.a1), o.dice, wordDice(c), o.rare] }
    })
    const shownPairs = pairs.filter((p) => p.score >= 0.5)
    const over = shownPairs.length > 0 ? shownPairs : pairs
    const most = (j: number): number => Math.max(0, ...over.map((p) => p.m[j]))
    const group = answer.level === 'heavy' ? 'heavy' : witnessTopics.has(set.topic) ? 'witness' : 'other non'
    rows.push({
      topic: set.topic,
      level: answer.level,
      group,
      values: [wording.text, containment(answer.text, set.source), kept, most(0), most(1), most(2), most(3)],
      shown: shownPairs.length
    })
    if (!showPairs || group === 'other non') continue
    console.log(`${set.topic} ${group}:`)
    for (const p of pairs) {
      const text = ctx.a.text.slice(ctx.a.tokens.start[p.c.a0], ctx.a.tokens.end[p.c.a1 - 1])
      console.log(`    ${p.c.kind.padEnd(10)} ${f2(p.score)}  ${p.m.map(f2).join(' ')}  ${JSON.stringify(text).slice(0, 80)}`)
    }
  }
}

console.log(`\n${'text'.padEnd(30)} shown  ${MEASURES.map((m) => m.padStart(8)).join(' ')}`)
for (const r of rows.filter((x) => x.group !== 'other non'))
  console.log(`${`${r.topic} ${r.group}`.padEnd(30)} ${String(r.shown).padStart(5)}  ${r.values.map((v) => f2(v).padStart(8)).join(' ')}`)
console.log('\nper measure: lowest heavy rewrite, highest second witness, highest other same-topic text; a cut keeping every')
console.log('heavy rewrite and dropping every witness exists only if the first is above the second')
MEASURES.forEach((name, j) => {
  const of = (g: Row['group']) => rows.filter((r) => r.group === g).map((r) => r.values[j])
  const low = Math.min(...of('heavy'))
  const high = Math.max(...of('witness'))
  const lost = of('heavy').filter((v) => v <= high).length
  console.log(
    `  ${name.padEnd(8)} heavy ≥ ${f2(low)}   witness ≤ ${f2(high)}   other ≤ ${f2(Math.max(...of('other non')))}   ${low > high ? 'separates' : `overlap: a cut above every witness loses ${lost} of ${of('heavy').length} heavy rewrites`}`
  )
})
