// Renaming a tag used 500 times, at M and L, in the Chromium harness (issue 20): the time to the
// renamed row painted and the longest task, until main's answers stopped coming (the figures the window
// asks for after the rename count too). Medians of five, beside the figures measured before the window
// asked main for only the summaries the rename changed; then, for one of them, the long tasks and the
// answers in order. `BENCH_SIZES=M npx vite-node bench/tag-rename.bench.ts`. Figures only.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { CHROMIUM_FLAGS, chromiumPath } from '../e2e/fixtures'
import { ChromiumApp } from '../e2e/harness/chromium-app'
import { cachedLibrary } from './cached-library'
import { POPULAR_TAG, SIZES } from './generate-library'
import { renameTag, startWithPanes } from './library-ui-steps'
import { percentile } from './report'

type Size = 'M' | 'L'
// Measured with this bench, in two runs alternating with the new code on the same busy 2-core machine,
// with the whole library view asked again after each rename and every summary rewritten (commit 1410d6d).
// prettier-ignore
const BEFORE: Record<Size, string> = {
  M: 'painted 65–86 ms, longest task 0 ms (at most 0 ms), saved 86–93 ms',
  L: 'painted 92–109 ms, longest task 54–58 ms (at most 81 ms), saved 125–136 ms'
}
const RUNS = 5

const ms = (x: number) => `${Math.round(x)} ms`

async function measure(size: Size): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `diptych-bench-rename-${size}-`))
  const g = cachedLibrary(dir, SIZES[size])
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true })
  const app = new ChromiumApp(browser, dir, 600_000)
  try {
    const page = await startWithPanes(app, [g.articles[0].id, g.articles[1].id])
    const names = [POPULAR_TAG, ...Array.from({ length: RUNS }, (_, i) => `famous-${i + 1}`)]
    const runs = []
    for (let i = 0; i < RUNS; i++) runs.push(await renameTag(page, names[i], names[i + 1]))
    const typical = [...runs].sort((a, b) => a.longest - b.longest)[Math.floor(RUNS / 2)]
    console.log(`${size}, one rename (the median of longest tasks), in ms from the click:`)
    for (const m of typical.moments) console.log(`  ${ms(m.at).padStart(8)}  ${m.what}${m.ms === undefined ? '' : ` of ${ms(m.ms)}`}`)
    const median = (xs: number[]) => percentile(xs, 50)
    return (
      `painted ${ms(median(runs.map((r) => r.time)))}, longest task ${ms(median(runs.map((r) => r.longest)))} ` +
      `(at most ${ms(Math.max(...runs.map((r) => r.longest)))}), saved ${ms(median(runs.map((r) => r.saved)))}`
    )
  } finally {
    await app.stop()
    await browser.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

const sizes = (process.env.BENCH_SIZES ?? 'M,L').split(',').filter((s): s is Size => s === 'M' || s === 'L')
const results: string[] = []
for (const size of sizes) results.push(`${size} rename a tag used 500 times: ${await measure(size)}\n    before: ${BEFORE[size]}`)
console.log('\n' + results.join('\n'))
