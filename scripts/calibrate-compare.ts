// Fits the score's logistic model (src/shared/compare/calibrate.ts) on the TUNING part of the labelled
// set only, and prints, for a range of thresholds, what a reader would see on that part. Run:
//   npx vite-node scripts/calibrate-compare.ts
// then copy the printed CALIBRATION into calibrate.ts and choose DEFAULT_MIN_SCORE from the table.
import { alignWithFeatures } from '../src/shared/compare/align'
import { FEATURE_NAMES, reuseProbability, type Calibration, type PairFeatures } from '../src/shared/compare/calibrate'
import type { AlignedPair } from '../src/shared/compare/types'
import { runAnswerSets } from '../src/testing/compare-eval/answers/score'
import type { ReuseLevel } from '../src/testing/compare-eval/answers/types'
import { matches, resolveLabels } from '../src/testing/compare-eval/score'
import { parts } from '../src/testing/compare-eval/sets'

interface Sample {
  features: PairFeatures
  reuse: boolean
  /** Where it comes from, for the threshold table. */
  level: 'span' | ReuseLevel
  doc: number
  /** Cross-validation fold: one span-labelled case, or one answer set's topic. */
  fold: string
}

// FIT_PARTS (part names separated by |) fits on more than the tuning part.
const fitParts = (process.env.FIT_PARTS ?? 'tuning').split('|').map((n) => n.trim())
const chosen = parts().filter((p) => fitParts.includes(p.name))
const tuning = { cases: chosen.flatMap((p) => p.cases), answerSets: chosen.flatMap((p) => p.answerSets) }
const samples: Sample[] = []
let doc = 0
type Score = (f: PairFeatures, fold: string) => number
const spanLabels: { doc: number; found: (t: number, score: Score) => boolean }[] = []
const seedPairs: PairFeatures[] = []
for (const c of tuning.cases) {
  const labels = resolveLabels(c.textA, c.textB, c.labels).filter((l) => l.label.kind !== 'none')
  const all = alignWithFeatures(c.textA, c.textB, { minScore: 0 })
  for (const { pair, features } of all) {
    const hit = labels.find((l) => matches(pair, l))
    if (hit?.label.optional) continue
    samples.push({ features, reuse: hit !== undefined, level: 'span', doc, fold: c.name })
  }
  if (c.name === 'seed-pair') seedPairs.push(...all.filter((x) => labels.some((l) => matches(x.pair, l))).map((x) => x.features))
  for (const l of labels.filter((x) => !x.label.optional)) {
    const on = all.filter((x) => matches(x.pair, l))
    spanLabels.push({ doc, found: (t, score) => on.some((x) => score(x.features, c.name) >= t) })
  }
  doc++
}
const features = new Map<AlignedPair, PairFeatures>()
const answers = runAnswerSets(tuning.answerSets, (a, b) =>
  alignWithFeatures(a, b, { minScore: 0 }).map((x) => {
    features.set(x.pair, x.features)
    return x.pair
  })
)
const answerDocs: { level: Sample['level']; doc: number }[] = []
for (const r of answers) {
  for (const p of r.pairs) samples.push({ features: features.get(p.pair)!, reuse: p.reuse, level: r.level, doc, fold: r.topic })
  answerDocs.push({ level: r.level, doc })
  doc++
}

// One logistic model per kind of evidence (words in order; shared words), each on standardised features
// by plain gradient descent with a little L2: pairs of words in order are nearly all reuse, and one
// model for both would judge a lone verbatim quote by how loose paraphrases behave.
function fit(rows: Sample[], used: readonly (keyof PairFeatures)[]): { bias: number; weights: number[] } {
  const X = rows.map((s) => FEATURE_NAMES.map((n) => (used.includes(n) ? s.features[n] : 0)))
  const y = rows.map((s) => (s.reuse ? 1 : 0))
  const mean = FEATURE_NAMES.map((_, j) => X.reduce((a, r) => a + r[j], 0) / X.length)
  const sd = FEATURE_NAMES.map((_, j) => Math.sqrt(X.reduce((a, r) => a + (r[j] - mean[j]) ** 2, 0) / X.length) || 1)
  const Z = X.map((r) => r.map((v, j) => (v - mean[j]) / sd[j]))
  let w = FEATURE_NAMES.map(() => 0)
  let b = 0
  for (let it = 0; it < 20000; it++) {
    const gw = w.map(() => 0)
    let gb = 0
    Z.forEach((r, i) => {
      const e = 1 / (1 + Math.exp(-(b + r.reduce((a, v, j) => a + v * w[j], 0)))) - y[i]
      gb += e
      r.forEach((v, j) => (gw[j] += e * v))
    })
    w = w.map((wj, j) => wj - 0.05 * (gw[j] / Z.length + L2 * wj))
    b -= 0.05 * (gb / Z.length)
  }
  return {
    bias: round(b - w.reduce((a, wj, j) => a + (wj * mean[j]) / sd[j], 0)),
    weights: w.map((wj, j) => round(wj / sd[j]))
  }
}
const L2 = 0.01
function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
const fitBoth = (rows: Sample[]): Calibration => ({
  inOrder: fit(
    rows.filter((s) => s.features.inOrder === 1),
    FEATURE_NAMES
  ),
  paraphrase: fit(
    rows.filter((s) => s.features.inOrder === 0),
    FEATURE_NAMES
  )
})
const inOrder = samples.filter((s) => s.features.inOrder === 1)
const loose = samples.filter((s) => s.features.inOrder === 0)
const model = fitBoth(samples)
const count = (rows: Sample[]) => `${rows.length} (${rows.filter((s) => s.reuse).length} reuse)`
console.log(`pairs from ${doc} texts of the tuning part: in order ${count(inOrder)}, paraphrase ${count(loose)}`)
console.log(`export const CALIBRATION: Calibration = ${JSON.stringify(model)}  // ${FEATURE_NAMES.join(', ')}`)

// What the model says of a few made-up pairs, as a check that it extrapolates sanely: [name, similarity,
// in order, shared rare words, words, support, self].
const probe = (similarity: number, inOrder: number, rare: number, words: number, support: number, self: number): PairFeatures => ({
  similarity,
  inOrder,
  rare: Math.log2(1 + rare),
  length: Math.log2(words),
  support,
  self,
  quoted: 0
})
for (const [name, f] of [
  ['lone verbatim, 6 words, 2 rare', probe(1, 1, 2, 6, 0, 0.1)],
  ['one-sentence texts, verbatim, 22 words, 8 rare', probe(1, 1, 8, 22, 0, 1)],
  ['one-sentence texts, paraphrase 0.39, 25 words, 5 rare', probe(0.39, 0, 5, 25, 0, 0.8)],
  ['lone verbatim, 15 words, 5 rare', probe(1, 1, 5, 15, 0, 0.1)],
  ['lone close 0.85, 12 words, 4 rare', probe(0.85, 1, 4, 12, 0, 0.1)],
  ['lone paraphrase 0.6, 15 words, 5 rare', probe(0.6, 0, 5, 15, 0, 0.1)],
  ['lone paraphrase 0.4, 15 words, 3 rare', probe(0.4, 0, 3, 15, 0, 0.1)],
  ['paraphrase 0.4, 15 words, 3 rare, half covered by others', probe(0.4, 0, 3, 15, 0.5, 0.1)]
] as [string, PairFeatures][])
  console.log(`  ${name}: ${reuseProbability(f, model).toFixed(2)}`)

console.log(`  the seed pair's true pairs: ${seedPairs.map((f) => reuseProbability(f, model).toFixed(2)).join(', ')}`)
// What a reader would see at each threshold, scored by the model fitted on all of the tuning part (how
// well it fits) and then by leave-one-topic-out cross-validation: each answer set's topic (and each
// span-labelled case) scored by a model fitted without it, the better guess of how it does on texts it
// has not seen (the first table is bound to look good: the threshold was chosen on it).
function table(title: string, score: Score): void {
  console.log(`\n${title}\nthreshold  precision  same-topic paired  light+heavy found  span labels found  lone quotes found`)
  for (let t = 0.1; t <= 0.91; t += 0.05) {
    const shown = samples.filter((s) => score(s.features, s.fold) >= t)
    const paired = (level: Sample['level']) => {
      const docs = answerDocs.filter((d) => d.level === level).map((d) => d.doc)
      return docs.filter((d) => shown.some((s) => s.doc === d)).length + '/' + docs.length
    }
    const rewrites = answerDocs.filter((d) => d.level === 'light' || d.level === 'heavy')
    const found = rewrites.filter((d) => shown.some((s) => s.doc === d.doc)).length
    const spans = spanLabels.filter((l) => l.found(t, score)).length
    const quotes = answerDocs.filter((d) => d.level === 'quote')
    const quoted = quotes.filter((d) => shown.some((s) => s.doc === d.doc && s.reuse)).length
    console.log(
      `${t.toFixed(2).padStart(9)}  ${((100 * shown.filter((s) => s.reuse).length) / shown.length).toFixed(1).padStart(8)}%  ${paired('non').padStart(16)}  ${(found + '/' + rewrites.length).padStart(17)}  ${(spans + '/' + spanLabels.length).padStart(17)}  ${(quoted + '/' + quotes.length).padStart(17)}`
    )
  }
}
table('fitted on all of the tuning part:', (f) => reuseProbability(f, model))
const folds = new Map([...new Set(samples.map((s) => s.fold))].map((fold) => [fold, fitBoth(samples.filter((s) => s.fold !== fold))]))
table('leave one topic out (each topic scored by a model fitted on the others):', (f, fold) => reuseProbability(f, folds.get(fold)!))
