// Figures for align(): the seed pair, and two generated 100,000-word texts, the second quoting 200
// passages of the first (verbatim, lightly edited, heavily edited or reordered). No pass or fail.
// Run: npx vite-node bench/compare.bench.ts
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildSync } from 'esbuild'
import { align, type AlignedPair, type AlignOptions } from '../src/shared/compare'
import { canonicalText, type Block } from '../src/shared/model'
import { quotingPair, type EmbeddedQuote } from '../src/testing/compare-eval/syntheticProse'

function article(id: string): string {
  const file = fileURLToPath(new URL(`../resources/articles/${id}.json`, import.meta.url))
  return canonicalText((JSON.parse(readFileSync(file, 'utf8')) as { blocks: Block[] }).blocks)
}

function overlap(x: { start: number; end: number }, y: { start: number; end: number }): number {
  return Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start))
}

function evaluate(pairs: AlignedPair[], quotes: EmbeddedQuote[]): string {
  const lines: string[] = []
  for (const edit of ['verbatim', 'light', 'heavy'] as const) {
    const mine = quotes.filter((q) => q.edit === edit)
    let found = 0
    const kinds: Record<string, number> = {}
    for (const q of mine) {
      const hits = pairs.filter((p) => overlap(p.a, q.a) > 0 && overlap(p.b, q.b) > 0)
      const covered = hits.reduce((n, p) => n + overlap(p.a, q.a), 0)
      if (covered < 0.5 * (q.a.end - q.a.start)) continue
      found++
      const main = hits.reduce((x, y) => (overlap(y.a, q.a) > overlap(x.a, q.a) ? y : x))
      kinds[main.kind] = (kinds[main.kind] ?? 0) + 1
    }
    const kindText = Object.entries(kinds)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')
    lines.push(`  ${edit.padEnd(8)} recall ${((100 * found) / mine.length).toFixed(1)}% (${found}/${mine.length}; as ${kindText})`)
  }
  const falsePairs = pairs.filter((p) => !quotes.some((q) => overlap(p.a, q.a) > 0 && overlap(p.b, q.b) > 0))
  lines.push(`  false pairs ${falsePairs.length} of ${pairs.length}`)
  return lines.join('\n')
}

/**
 * Peak memory of one comparison: a fresh Node process (the module bundled by esbuild) reads the two
 * texts, notes its peak RSS, runs align once and notes it again. In this process the figure would be
 * hidden under the generator's own peak and blurred by the GC.
 */
function peakMemory(a: string, b: string, options: AlignOptions): string {
  const dir = mkdtempSync(join(tmpdir(), 'compare-bench-'))
  try {
    const entry = fileURLToPath(new URL('../src/shared/compare/index.ts', import.meta.url))
    buildSync({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      outfile: join(dir, 'compare.mjs'),
      logLevel: 'silent'
    })
    writeFileSync(join(dir, 'a.txt'), a)
    writeFileSync(join(dir, 'b.txt'), b)
    writeFileSync(
      join(dir, 'run.mjs'),
      // VmHWM is the peak RSS of this process image (Linux); maxRSS would start at the parent's size,
      // which a forked child inherits.
      `import { readFileSync } from 'node:fs'
import { align } from './compare.mjs'
const peak = () => { try { return Number(/VmHWM:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) } catch { return process.resourceUsage().maxRSS } }
const a = readFileSync(new URL('./a.txt', import.meta.url), 'utf8')
const b = readFileSync(new URL('./b.txt', import.meta.url), 'utf8')
a.charCodeAt(0); b.charCodeAt(0)
const before = peak()
const pairs = align(a, b, ${JSON.stringify(options)})
const after = peak()
console.log(JSON.stringify({ before, after, pairs: pairs.length }))`
    )
    const { before, after } = JSON.parse(
      execFileSync(process.execPath, [join(dir, 'run.mjs')], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } })
    ) as { before: number; after: number }
    return `peak RSS of a fresh process ${(before / 1024).toFixed(0)} MB with the texts loaded → ${(after / 1024).toFixed(0)} MB after aligning (+${((after - before) / 1024).toFixed(0)} MB)`
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function time(run: () => unknown, repeat: number): { first: number; median: number; min: number } {
  const times: number[] = []
  for (let r = 0; r < repeat; r++) {
    const t = performance.now()
    run()
    times.push(performance.now() - t)
  }
  const rest = times.slice(1).sort((x, y) => x - y)
  return { first: times[0], median: rest[Math.floor(rest.length / 2)] ?? times[0], min: rest[0] ?? times[0] }
}

const ms = (x: number): string => `${x.toFixed(1)} ms`

const seedA = article('anadolu-2024-05-16')
const seedB = article('trend-2024-05-16')
const seed = time(() => align(seedA, seedB), 21)
console.log(
  `seed pair (${seedA.length} + ${seedB.length} chars): first ${ms(seed.first)}, then median ${ms(seed.median)}, min ${ms(seed.min)}`
)

const { source, report, quotes } = quotingPair(100_000, 200, 20240516)
const words = (t: string): number => t.split(/\s+/).length
console.log(
  `generated: report ${words(report)} words, source ${words(source)} words, ${quotes.length} quotes (one third each verbatim, 10% of words changed, a third changed or reordered)`
)
for (const [name, options] of [
  ['verbatim + close pass', { paraphrase: false }],
  ['whole comparison', {}]
] as [string, AlignOptions][]) {
  const first = performance.now()
  const pairs = align(report, source, options)
  const firstMs = performance.now() - first
  const t = time(() => align(report, source, options), 11)
  console.log(`\n${name}: first run ${ms(firstMs)} (cold JIT), then median ${ms(t.median)}, min ${ms(t.min)} over 10 runs`)
  console.log(`  memory: ${peakMemory(report, source, options)}`)
  console.log(evaluate(pairs, quotes))
}
