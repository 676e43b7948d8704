// Issue 20's table, the renderer's rows: generated libraries S, M and L (every highlight checked to
// anchor) opened in the Chromium harness, each interaction timed in the page from the reader's action
// to the painted frame, medians of three, beside the figures measured before the work on the issue.
// `BENCH_SIZES=S,M npm run bench library-ui` runs fewer sizes. Figures only, never pass/fail.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { selectorsFor } from '../src/shared/anchor'
import { canonicalText, type ArticleBody, type Library } from '../src/shared/model'
import { CHROMIUM_FLAGS, chromiumPath } from '../e2e/fixtures'
import { ChromiumApp } from '../e2e/harness/chromium-app'
import { POPULAR_TAG, SIZES, type GeneratedLibrary } from './generate-library'
import { cachedLibrary } from './cached-library'
import { clearFilter, createHighlight, footprint, instrument, openArticle, pageLoad, renameTag, search } from './library-ui-steps'
import { percentile } from './report'

type Size = 'S' | 'M' | 'L'
const ROWS = [
  'create a highlight: painted / saved',
  'open an article with 50 highlights',
  'search, typing to results (180 ms debounce included)',
  'rename a tag used 500 times (longest task)',
  'clear the library filter',
  'page load to painted, harness transport left out',
  'renderer heap / DOM elements'
] as const
type Row = (typeof ROWS)[number]

// prettier-ignore
const BEFORE: Record<Row, Record<Size, string>> = {
  'create a highlight: painted / saved': { S: '36 / 26 ms', M: '221 / 206 ms', L: '696 / 848 ms' },
  'open an article with 50 highlights': { S: '60 ms', M: '193 ms', L: '768 ms' },
  'search, typing to results (180 ms debounce included)': { S: '242 ms', M: '879 ms', L: '20.2 s' },
  'rename a tag used 500 times (longest task)': { S: '112 ms (209 uses)', M: '3.0 s', L: '18.0 s (17 s)' },
  'clear the library filter': { S: '60 ms', M: '289 ms', L: '1.7 s' },
  'page load to painted, harness transport left out': { S: '0.56 s', M: '1.6 s', L: '4.7 s' },
  'renderer heap / DOM elements': { S: '4.9 MB / 876', M: '22.6 MB / 7,433', L: '95.4 MB / 29,287' }
}

const WITH_50 = 50
const median = (xs: number[]) => percentile(xs, 50)
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`)

async function thrice<T>(run: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = []
  for (let i = 0; i < 3; i++) out.push(await run(i))
  return out
}

/** Gives the first article 50 highlights (generated articles have fewer at S and M), anchored exactly. */
function fiftyOnFirst(g: GeneratedLibrary): string {
  const file = path.join(g.dir, 'library.json')
  const lib = JSON.parse(readFileSync(file, 'utf8')) as Library
  const id = lib.articles[0].id
  const body = JSON.parse(readFileSync(path.join(g.dir, 'articles', `${id}.json`), 'utf8')) as ArticleBody
  const text = canonicalText(body.blocks)
  const have = lib.highlights.filter((h) => h.articleId === id)
  const at = new Date(Date.UTC(2024, 0, 2)).toISOString()
  for (let i = have.length; i < WITH_50; i++) {
    const start = Math.floor((i / WITH_50) * (text.length - 60)) + 3
    lib.highlights.push({
      id: `fifty-${i}`,
      articleId: id,
      color: 'green',
      ...selectorsFor(text, start, start + 25),
      note: '',
      tags: [],
      createdAt: at,
      updatedAt: at
    })
  }
  lib.settings.panes = [id, lib.articles[1].id]
  writeFileSync(file, JSON.stringify(lib))
  return lib.articles[0].title
}

async function measure(size: Size): Promise<Record<Row, string>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `diptych-bench-lib-${size}-`))
  const t = Date.now()
  const g = cachedLibrary(dir, SIZES[size])
  const title = fiftyOnFirst(g)
  const how = g.cached ? 'copied from the generated and checked one' : 'generated and checked'
  console.log(`${size}: ${g.articles.length} articles, ${g.highlights.length} highlights ${how} in ${ms(Date.now() - t)}`)

  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true })
  const app = new ChromiumApp(browser, dir, 600_000)
  await app.start()
  const page = app.page
  page.setDefaultTimeout(600_000)
  try {
    const loads = await thrice(() => pageLoad(page))
    const opens = await thrice(() => openArticle(page, title, WITH_50))
    await instrument(page)
    const creates = await thrice((i) => createHighlight(page, i))
    // The first comes right after the highlights just made: the search index has a change to take in.
    const searches = await thrice(() => search(page, g.searchWord))
    extras.push(`${size} search right after a change (the first of the three): ${ms(searches[0])}`)
    const names = [POPULAR_TAG, 'famous-1', 'famous-2', 'famous-3']
    const renames = await thrice((i) => renameTag(page, names[i], names[i + 1]))
    extras.push(`${size} rename saved by main (its answer; the store's write): ${ms(median(renames.map((r) => r.saved)))}`)
    const clears = await thrice(() => clearFilter(page, g.articles[7].title))
    await page.evaluate((ids) => window.api.updateSettings({ panes: ids }), [g.articles[0].id, g.articles[1].id] as [string, string])
    await pageLoad(page)
    const { heap, elements } = await footprint(page)
    return {
      'create a highlight: painted / saved': `${ms(median(creates.map((c) => c.painted)))} / ${ms(median(creates.map((c) => c.saved)))}`,
      'open an article with 50 highlights': ms(median(opens)),
      'search, typing to results (180 ms debounce included)': ms(median(searches)),
      'rename a tag used 500 times (longest task)': `${ms(median(renames.map((r) => r.time)))} (${ms(Math.max(...renames.map((r) => r.longest)))})`,
      'clear the library filter': ms(median(clears)),
      'page load to painted, harness transport left out': `${ms(median(loads.map((l) => l.total - l.waited)))} (${ms(median(loads.map((l) => l.total)))} with it)`,
      'renderer heap / DOM elements': `${(heap / 1024 / 1024).toFixed(1)} MB / ${elements.toLocaleString('en')}`
    }
  } finally {
    await app.stop()
    await browser.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Figures beside the issue's table. */
const extras: string[] = []

const sizes = (process.env.BENCH_SIZES ?? 'S,M,L').split(',').filter((s): s is Size => s in SIZES)
const results = new Map<Size, Record<Row, string>>()
for (const size of sizes) {
  results.set(size, await measure(size))
  for (const row of ROWS) console.log(`  ${size} ${row.padEnd(54)} ${BEFORE[row][size].padStart(18)} → ${results.get(size)![row]}`)
}

console.log('\n| | ' + sizes.map((s) => `${s} before → after`).join(' | ') + ' |')
console.log('|---|' + sizes.map(() => '---|').join(''))
for (const row of ROWS) console.log(`| ${row} | ${sizes.map((s) => `${BEFORE[row][s]} → ${results.get(s)![row]}`).join(' | ')} |`)
if (extras.length) console.log('\n' + extras.join('\n'))
