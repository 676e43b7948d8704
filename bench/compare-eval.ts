// Precision and recall of align() on the labelled set (src/shared/compare/eval): the bundled seed pair
// and the written cases. Run: npx vite-node bench/compare-eval.ts [--verbose]
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { canonicalText, type Block } from '../src/shared/model'
import { align } from '../src/shared/compare'
import { HELD_OUT_CASES, WRITTEN_CASES } from '../src/testing/compare-eval/cases'
import { addCounts, emptyCounts, KINDS, precision, recall, resolveLabels, scoreCase, type Counts } from '../src/testing/compare-eval/score'
import { SEED_ARTICLES, seedPairLabels } from '../src/testing/compare-eval/seedPair'
import type { EvalCase } from '../src/testing/compare-eval/types'

const verbose = process.argv.includes('--verbose')

function article(id: string): string {
  const file = fileURLToPath(new URL(`../resources/articles/${id}.json`, import.meta.url))
  return canonicalText((JSON.parse(readFileSync(file, 'utf8')) as { blocks: Block[] }).blocks)
}

const cases: EvalCase[] = [
  { name: 'seed-pair', textA: article(SEED_ARTICLES.a), textB: article(SEED_ARTICLES.b), labels: seedPairLabels },
  ...WRITTEN_CASES,
  ...HELD_OUT_CASES
]
const heldOut = new Set(HELD_OUT_CASES.map((c) => c.name))

const pct = (x: number): string => `${(100 * x).toFixed(0)}%`.padStart(5)
const row = (name: string, c: Counts): string =>
  `${name.padEnd(34)} precision ${pct(precision(c))} (${c.truePairs}/${c.pairs})   recall ${pct(recall(c))} (${c.found}/${c.labels})`

const total = emptyCounts()
const heldOutTotal = emptyCounts()
const byKind = { verbatim: emptyCounts(), close: emptyCounts(), paraphrase: emptyCounts() }
const heldOutByKind = { verbatim: emptyCounts(), close: emptyCounts(), paraphrase: emptyCounts() }
// Independent texts on one topic (no positive label): the share of them given at least one pair.
let independent = 0
let independentPaired = 0
for (const c of cases) {
  const pairs = align(c.textA, c.textB)
  const score = scoreCase(resolveLabels(c.textA, c.textB, c.labels), pairs)
  addCounts(total, score.overall)
  if (heldOut.has(c.name)) addCounts(heldOutTotal, score.overall)
  for (const k of KINDS) addCounts(heldOut.has(c.name) ? heldOutByKind[k] : byKind[k], score.byKind[k])
  if (c.labels.every((l) => l.kind === 'none')) {
    independent++
    if (pairs.length > 0) independentPaired++
  }
  console.log(row(c.name, score.overall))
  if (!verbose) continue
  const show = (s: { start: number; end: number }, text: string): string => JSON.stringify(text.slice(s.start, s.end))
  for (const l of score.missed) console.log(`    missed ${l.kind}: ${JSON.stringify(l.a)}`)
  for (const [l, k] of score.wrongKind) console.log(`    found as ${k}, labelled ${l.kind}: ${JSON.stringify(l.a)}`)
  for (const p of score.falsePairs) console.log(`    false ${p.kind} ${p.score}: ${show(p.a, c.textA)}\n          ↔ ${show(p.b, c.textB)}`)
}
console.log('')
for (const k of KINDS) console.log(row(`${k} (kind exact, tuning)`, byKind[k]))
for (const k of KINDS) console.log(row(`${k} (kind exact, held out)`, heldOutByKind[k]))
console.log(row('overall (any kind)', total))
console.log(row('held out only', heldOutTotal))
console.log(`independent same-topic texts given a pair: ${independentPaired} of ${independent}`)

// Start-up of one `diptych align a.txt b.txt --json` call on two short text files (median of 5), with
// the bundle built first: nearly all of a call on short files is loading the command line.
{
  const { spawnSync } = await import('node:child_process')
  const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const path = await import('node:path')
  const root = fileURLToPath(new URL('..', import.meta.url))
  spawnSync(process.execPath, [path.join(root, 'scripts', 'build-cli.mjs')], { stdio: 'ignore' })
  const dir = mkdtempSync(path.join(tmpdir(), 'diptych-align-bench-'))
  const [a, b] = ['a.txt', 'b.txt'].map((f) => path.join(dir, f))
  writeFileSync(a, 'The council approved the flood defence plan on Tuesday after a long debate.\n')
  writeFileSync(b, 'After a long debate, the council approved the flood defence plan on Tuesday.\n')
  const times: number[] = []
  for (let i = 0; i < 5; i++) {
    const start = performance.now()
    spawnSync(process.execPath, [path.join(root, 'bin', 'diptych.mjs'), 'align', a, b, '--json'], { stdio: 'ignore' })
    times.push(performance.now() - start)
  }
  rmSync(dir, { recursive: true, force: true })
  times.sort((x, y) => x - y)
  console.log(`diptych align a.txt b.txt --json: median ${times[2].toFixed(0)} ms of 5 calls`)
}
