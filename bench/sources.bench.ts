// Figures for Find sources (no pass or fail): in generated libraries of 1,000, 10,000 and 50,000
// articles (generate-sources.ts: one in ten quotes one or two earlier articles on its topic), the time
// to build the index and its size on disk, then the time of one search, the memory of the process that
// searches, and recall@1 and @5 of the planted sources; beside the brute force (the aligner on every
// article) at 1,000, and the ranking check on 2,000 articles of 1,000 words (2 million words).
// Each build and each set of searches runs in a process of its own, so that its peak memory is its own.
// Run: npx vite-node bench/sources.bench.ts [sizes…]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { align } from '../src/shared/compare'
import { shingles } from '../src/shared/sources/shingles'
import { rankSources } from '../src/node/services/sources/rank-sources'
import { SourcesIndex } from '../src/node/services/sources/sources-index'
import { SourcesLibrary, type PlantedSources } from './generate-sources'
import { mb, peakRss, percentile, printRow } from './report'
import { compareCandidateStages } from './sources-alternatives'
import { indexSearch, numberOf, plantedRecall, type Recall } from './sources-recall'

const WORDS = 600
const QUERIES = 30
const BRUTE_QUERIES = 10

const [mode, ...rest] = process.argv.slice(2)

function spread<T>(list: readonly T[], n: number): T[] {
  if (list.length <= n) return [...list]
  return Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)])
}

function pct(recall: Recall, k: 'at1' | 'at5'): string {
  return `${((100 * recall[k]) / recall.sources).toFixed(1)}% (${recall[k]}/${recall.sources})`
}

async function build(size: number, words: number, dir: string): Promise<void> {
  const library = new SourcesLibrary(size, words)
  const index = new SourcesIndex(dir)
  await index.open()
  const t = performance.now()
  await index.add(
    (function* () {
      for (const a of library.articles()) yield { id: a.id, textHash: 'v1', text: a.text }
    })()
  )
  const ms = performance.now() - t
  const bytes = readdirSync(dir).reduce((n, f) => n + statSync(path.join(dir, f)).size, 0)
  printRow(`  build (generating the texts too)`, `${(ms / 1000).toFixed(1)} s, ${(ms / size).toFixed(2)} ms an article`)
  printRow(`  index on disk`, `${mb(bytes)} (${Math.round(bytes / size)} bytes an article), ${readdirSync(dir).length} file(s)`)
  printRow(`  peak memory of the build`, mb(peakRss()))
  await index.close()
}

async function search(size: number, words: number, dir: string, brute: boolean, all: boolean): Promise<void> {
  const library = new SourcesLibrary(size, words)
  const planted = all ? library.planted() : spread(library.planted(), QUERIES)
  const index = new SourcesIndex(dir)
  const rssBefore = process.memoryUsage().rss
  await index.open()
  const times: number[] = []
  const timed = indexSearch(library, index)
  const recall = await plantedRecall(planted, async (p) => {
    const t = performance.now()
    const found = await timed(p)
    times.push(performance.now() - t)
    return found
  })
  printRow(
    `  one search (index + aligner on ≤15 candidates)`,
    `median ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms`
  )
  const lookups: number[] = []
  for (const p of planted) {
    const query = shingles(library.article(numberOf(p.id)).text)
    const t = performance.now()
    await index.candidates(query, 15, (id) => id === p.id)
    lookups.push(performance.now() - t)
  }
  printRow(
    `  of which the index lookup (15 candidates)`,
    `median ${percentile(lookups, 50).toFixed(1)} ms, p95 ${percentile(lookups, 95).toFixed(1)} ms`
  )
  printRow(
    `  memory of the searching process`,
    `${mb(process.memoryUsage().rss - rssBefore)} more after opening and searching; peak ${mb(peakRss())}`
  )
  printRow(`  recall@1 / recall@5 (${planted.length} articles)`, `${pct(recall, 'at1')} / ${pct(recall, 'at5')}`)
  for (const [edit, r] of Object.entries(recall.byEdit)) printRow(`    ${edit}`, `recall@1 ${r.at1}/${r.sources}`)
  for (const m of recall.misses.slice(0, 3)) printRow(`    missed`, `${m.source} for ${m.article} (${m.edit}); got ${m.got.join(', ')}`)
  await index.close()
  if (brute) bruteForce(library, spread(library.planted(), BRUTE_QUERIES))
  if (all) compareCandidateStages(library)
}

/** The baseline: the aligner on every article of the library. */
function bruteForce(library: SourcesLibrary, planted: PlantedSources[]): void {
  const texts = [...library.articles()].map((a) => ({ id: a.id, text: a.text }))
  const times: number[] = []
  let at1 = 0
  let sources = 0
  for (const p of planted) {
    const t = performance.now()
    const text = texts[numberOf(p.id)].text
    const aligned = texts
      .filter((x) => x.id !== p.id)
      .map((x) => ({ meta: { id: x.id, title: x.id }, sourceText: x.text, pairs: align(text, x.text) }))
    const got = rankSources(text, aligned).map((s) => s.articleId)
    times.push(performance.now() - t)
    for (const s of p.sources) {
      sources++
      if (got.slice(0, p.sources.length).includes(s)) at1++
    }
  }
  printRow(`  brute force: one search (aligner on every article)`, `median ${(percentile(times, 50) / 1000).toFixed(1)} s`)
  printRow(`  brute force: recall@1 (${planted.length} articles)`, `${((100 * at1) / sources).toFixed(1)}% (${at1}/${sources})`)
}

function child(args: string[]): void {
  const self = fileURLToPath(import.meta.url)
  const r = spawnSync('npx', ['vite-node', self, ...args], { stdio: 'inherit', env: process.env })
  if (r.status !== 0) throw new Error(`sources bench step ${args.join(' ')} failed`)
}

if (mode === 'build') await build(Number(rest[0]), Number(rest[1]), rest[2])
else if (mode === 'search') await search(Number(rest[0]), Number(rest[1]), rest[2], rest[3] === 'brute', rest[3] === 'all')
else {
  const runs = [
    { size: 1_000, words: WORDS, brute: true, all: false },
    { size: 10_000, words: WORDS, brute: false, all: false },
    { size: 50_000, words: WORDS, brute: false, all: false },
    // The ranking check: every planted article, and the candidate stage measured other ways.
    { size: 2_000, words: 1_000, brute: false, all: true }
  ].filter((r) => rest.length + (mode ? 1 : 0) === 0 || [mode, ...rest].includes(String(r.size)))
  for (const { size, words, brute, all } of runs) {
    console.log(`\nLibrary of ${size.toLocaleString('en')} articles of ${words} words (${((size * words) / 1e6).toFixed(1)} million words)`)
    const dir = mkdtempSync(path.join(os.tmpdir(), 'diptych-sources-bench-'))
    try {
      child(['build', String(size), String(words), dir])
      child(['search', String(size), String(words), dir, brute ? 'brute' : all ? 'all' : ''])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
