// The reader in the browser harness: opening each seed article, and on a 1 MB article that already
// has 2,000 highlights, the time to open and paint them and from a selection to a painted (and saved)
// highlight. Figures only.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { selectorsFor } from '../src/shared/anchor'
import { canonicalText, type Highlight, HIGHLIGHT_COLORS } from '../src/shared/model'
import { CHROMIUM_FLAGS, chromiumPath } from '../e2e/fixtures'
import { ChromiumApp } from '../e2e/harness/chromium-app'
import { percentile, printRow } from './report'
import { prng, proseWords, render, vocabulary, zipf } from '../src/testing/compare-eval/syntheticProse'

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true })
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'diptych-bench-ui-'))
const app = new ChromiumApp(browser, dataDir)
await app.start()

/** Opens an article in the left pane and waits until its text is laid out and painted. */
async function openLeft(id: string, title: string): Promise<number> {
  await app.page.evaluate(async () => window.api.updateSettings({ panes: [null, null] }))
  await app.restart()
  return app.page.evaluate(
    async ({ title }) => {
      const button = document.querySelector<HTMLButtonElement>(`button[aria-label="Open “${title}” in the left pane"]`)!
      const t = performance.now()
      ;(window as unknown as { __t0: number }).__t0 = t
      button.click()
      for (;;) {
        await new Promise(requestAnimationFrame)
        const pane = document.querySelector('[data-side="left"]')
        if (pane?.querySelector('h1')?.textContent === title && pane.querySelector('.article-text')) break
      }
      await new Promise(requestAnimationFrame)
      ;(window as unknown as { __t1: number }).__t1 = performance.now()
      return performance.now() - t
    },
    { title }
  )
}

for (const meta of app.context.store.data.articles) {
  const times: number[] = []
  for (let i = 0; i < 5; i++) times.push(await openLeft(meta.id, meta.title))
  printRow(`open ${meta.id} (median of 5)`, `${percentile(times, 50).toFixed(1)} ms`)
}

// A ~1 MB article with 2,000 highlights.
const random = prng(7)
const words = vocabulary(20_000, random)
const draw = zipf(words.length, random)
const prose = proseWords(180_000, words, draw, random)
const text = render(prose.words, prose.sentenceEnd, random)
const paragraphs = text.split(/\n\n/)
const item = await app.context.imports.importPasted({ text: `A long report\n\n${paragraphs.join('\n\n')}` })
const articleId = item.articleId!
const body = await app.context.library.body(articleId)
const canonical = canonicalText(body.blocks)
const longTitle = app.context.store.data.articles.find((a) => a.id === articleId)!.title
const openTimes: number[] = []
for (let i = 0; i < 3; i++) openTimes.push(await openLeft(articleId, longTitle))
printRow('open the 1 MB article (no highlights), laid out and painted', `${percentile(openTimes, 50).toFixed(1)} ms (median of 3)`)
// Of which: from the body's arrival to its blocks in the DOM, and from there to the next painted frame.
const phases = await app.page.evaluate(async (id) => {
  const body = performance.getEntriesByName(`diptych:body:${id}`).at(-1)!.startTime
  const rendered = performance.getEntriesByName(`diptych:rendered:${id}`).at(-1)!.startTime
  const w = window as unknown as { __t0: number; __t1: number }
  return { fetch: body - w.__t0, build: rendered - body, layout: w.__t1 - rendered }
}, articleId)
printRow('  of which: click → body in hand (IPC, here a Playwright binding)', `${phases.fetch.toFixed(1)} ms`)
printRow('  of which: body in hand → blocks in the DOM (Vue)', `${phases.build.toFixed(1)} ms`)
printRow('  of which: blocks in the DOM → painted frame (style, layout)', `${phases.layout.toFixed(1)} ms`)

const at = new Date().toISOString()
const highlights: Highlight[] = []
for (let i = 0; i < 2000; i++) {
  const start = Math.floor((i / 2000) * (canonical.length - 200)) + 17
  const end = start + 40 + (i % 60)
  highlights.push({
    id: `bench-${i}`,
    articleId,
    color: HIGHLIGHT_COLORS[i % 5],
    ...selectorsFor(canonical, start, end),
    note: '',
    tags: [],
    createdAt: at,
    updatedAt: at
  })
}
await app.context.store.update((lib) => void lib.highlights.push(...highlights))
printRow(
  '1 MB article',
  `${(canonical.length / 1024 / 1024).toFixed(2)} MB, ${body.blocks.length} blocks, ${app.context.store.data.articles.find((a) => a.id === articleId)!.wordCount.toLocaleString('en')} words`
)

const paintTimes: number[] = []
const title = app.context.store.data.articles.find((a) => a.id === articleId)!.title
for (let i = 0; i < 3; i++) {
  await app.page.evaluate(async () => window.api.updateSettings({ panes: [null, null] }))
  await app.restart()
  paintTimes.push(
    await app.page.evaluate(
      async ({ title }) => {
        const button = document.querySelector<HTMLButtonElement>(`button[aria-label="Open “${title}” in the left pane"]`)!
        const t = performance.now()
        button.click()
        const painted = () =>
          ['yellow', 'green', 'blue', 'pink', 'purple'].reduce((n, c) => n + (CSS.highlights.get(`hl-${c}`)?.size ?? 0), 0)
        while (painted() < 2000) await new Promise(requestAnimationFrame)
        return performance.now() - t
      },
      { title }
    )
  )
}
printRow('open the 1 MB article and paint its 2,000 highlights', `${percentile(paintTimes, 50).toFixed(1)} ms (median of 3)`)

// From a selection to a painted highlight (painted at once, before main answers) and to the same
// highlight saved on disk (the store's write acknowledged), timed with the same wall clock.
const store = app.context.store
const savedAt: number[] = []
const update = store.update.bind(store)
store.update = (async (recipe: Parameters<typeof update>[0]) => {
  const result = await update(recipe)
  savedAt.push(Date.now())
  return result
}) as typeof store.update
const startedAt: number[] = []
const selectTimes: number[] = []
for (let i = 0; i < 10; i++) {
  selectTimes.push(
    await app.page.evaluate(async (i) => {
      const blocks = document.querySelectorAll('[data-side="left"] .article-text [data-start]')
      const block = blocks[3 + i * 7]
      block.scrollIntoView()
      await new Promise(requestAnimationFrame)
      const node = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, (n) => ((n as Text).length > 60 ? 1 : 3)).nextNode() as Text
      const range = document.createRange()
      range.setStart(node, 5)
      range.setEnd(node, 45)
      const sel = window.getSelection()!
      sel.removeAllRanges()
      sel.addRange(range)
      await new Promise(requestAnimationFrame)
      await new Promise(requestAnimationFrame)
      const count = () => ['yellow', 'green', 'blue', 'pink', 'purple'].reduce((n, c) => n + (CSS.highlights.get(`hl-${c}`)?.size ?? 0), 0)
      const before = count()
      const t = performance.now()
      ;(window as unknown as { __started: number }).__started = Date.now()
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'h', bubbles: true }))
      while (count() === before) await new Promise((r) => setTimeout(r, 0))
      return performance.now() - t
    }, i)
  )
  startedAt.push(await app.page.evaluate(() => (window as unknown as { __started: number }).__started))
  await new Promise((r) => setTimeout(r, 300))
}
const saveTimes = startedAt.map((t) => Math.min(...savedAt.filter((s) => s >= t)) - t).filter(Number.isFinite)
if (process.env.PROFILE) {
  const cdp = await app.page.context().newCDPSession(app.page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.start')
  await app.page.evaluate(async () => {
    const block = document.querySelectorAll('[data-side="left"] .article-text [data-start]')[200]
    block.scrollIntoView()
    const node = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, (n) => ((n as Text).length > 60 ? 1 : 3)).nextNode() as Text
    const range = document.createRange()
    range.setStart(node, 5)
    range.setEnd(node, 45)
    window.getSelection()!.removeAllRanges()
    window.getSelection()!.addRange(range)
    await new Promise(requestAnimationFrame)
    await new Promise(requestAnimationFrame)
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'h', bubbles: true }))
    await new Promise((r) => setTimeout(r, 300))
  })
  const { profile } = await cdp.send('Profiler.stop')
  const self = new Map<string, number>()
  const dt = profile.timeDeltas ?? []
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  ;(profile.samples ?? []).forEach((id, i) => {
    const n = byId.get(id)!
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000)
  })
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(v.toFixed(1).padStart(8), k)
}
// For scale: what Chromium alone takes to repaint after one range joins the painted set.
const nativeTimes: number[] = []
for (let i = 0; i < 10; i++) {
  nativeTimes.push(
    await app.page.evaluate(async (i) => {
      const block = document.querySelectorAll('[data-side="left"] .article-text [data-start]')[400 + i]
      const node = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, (n) => ((n as Text).length > 60 ? 1 : 3)).nextNode() as Text
      const range = document.createRange()
      range.setStart(node, 2)
      range.setEnd(node, 30)
      await new Promise(requestAnimationFrame)
      const t = performance.now()
      CSS.highlights.get('hl-yellow')!.add(range)
      await new Promise(requestAnimationFrame)
      await new Promise(requestAnimationFrame)
      return performance.now() - t
    }, i)
  )
}
printRow('Chromium alone: one range added, to the second frame', `${percentile(nativeTimes, 50).toFixed(1)} ms (median)`)
printRow('selection → painted highlight (median)', `${percentile(selectTimes, 50).toFixed(1)} ms`)
printRow('selection → painted highlight (p95)', `${percentile(selectTimes, 95).toFixed(1)} ms`)
printRow('selection → highlight saved to disk (median)', `${percentile(saveTimes, 50).toFixed(1)} ms (${saveTimes.length} of 10)`)
printRow('selection → highlight saved to disk (p95)', `${percentile(saveTimes, 95).toFixed(1)} ms`)

await app.stop()
await browser.close()
rmSync(dataDir, { recursive: true, force: true })
