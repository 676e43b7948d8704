// The renderer's interactions of issue 20, each timed inside the page (performance.now) in the
// Chromium harness: from the reader's action to the frame that shows its result. Used by
// library-ui.bench.ts; figures only.
import type { Page } from '@playwright/test'
import type { ChromiumApp } from '../e2e/harness/chromium-app'

/** Starts the app with these two articles in the panes (creating a highlight needs a pane's text),
 * loaded again and instrumented: the page, ready for the steps below. */
export async function startWithPanes(app: ChromiumApp, panes: [string, string]): Promise<Page> {
  await app.start()
  const page = app.page
  page.setDefaultTimeout(600_000)
  await page.evaluate((ids) => window.api.updateSettings({ panes: ids }), panes)
  await pageLoad(page)
  await instrument(page)
  return page
}

type W = Window & {
  __saved?: number[]
  __renamed?: number[]
  __longest?: (from: number) => number
  __invokeWrapped?: boolean
  /** Every long task, and when each answer of main came (its size as the harness's JSON text). */
  __tasks?: { start: number; duration: number }[]
  __answers?: { channel: string; at: number; chars: number }[]
}

/** Installs, in the page as loaded, a long-task observer and a note of when main answers each save. */
export async function instrument(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as W & { __diptychInvoke: (c: string, r: unknown) => Promise<string> }
    if (w.__invokeWrapped) return
    w.__invokeWrapped = true
    const tasks: { start: number; duration: number }[] = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration })
    }).observe({ type: 'longtask', buffered: true })
    w.__longest = (from) => Math.max(0, ...tasks.filter((t) => t.start + t.duration >= from).map((t) => t.duration))
    w.__saved = []
    w.__renamed = []
    w.__tasks = tasks
    w.__answers = []
    const invoke = w.__diptychInvoke
    w.__diptychInvoke = async (channel, req) => {
      const answer = await invoke(channel, req)
      w.__answers!.push({ channel, at: performance.now(), chars: answer.length })
      if (channel === 'createHighlight') w.__saved!.push(performance.now())
      if (channel === 'renameTag') w.__renamed!.push(performance.now())
      return answer
    }
  })
}

/** Page load to the first painted frame with the library list and the open panes' text, less the
 * time the renderer waited for main (the harness's transport and main's own work). */
export async function pageLoad(page: Page): Promise<{ total: number; waited: number }> {
  // Not until "load": the fonts wait behind the library's transport in the harness.
  await page.reload({ waitUntil: 'commit' })
  await page.locator('.app[data-ready="true"]').waitFor()
  return page.evaluate(async () => {
    for (;;) {
      const panes = [...document.querySelectorAll<HTMLElement>('.pane[data-article]')]
      const done = panes.every((p) => p.querySelector('.article-text')) && document.querySelector('.article-list li')
      if (done) break
      await new Promise((r) => setTimeout(r, 5))
    }
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
    const painted = performance.now()
    const mark = (name: string) => performance.getEntriesByName(name).at(-1)?.startTime ?? 0
    let waited = mark('diptych:library:received') - mark('diptych:library:asked')
    // The highlights of the articles shown, fetched once the library is known.
    waited += Math.max(0, mark('diptych:highlights:received') - mark('diptych:highlights:asked'))
    for (const p of document.querySelectorAll<HTMLElement>('.pane[data-article]')) {
      const id = p.dataset.article!
      waited += Math.max(0, mark(`diptych:body:${id}`) - mark(`diptych:asked:${id}`))
    }
    return { total: painted, waited }
  })
}

/** Picks an article in the left pane's picker (right pane empty); time from the pick to its text and
 * its highlights painted. */
export async function openArticle(page: Page, title: string, highlights: number): Promise<number> {
  for (const side of ['left', 'right']) {
    const close = page.getByRole('button', { name: `Close ${side} pane` })
    if (await close.count()) await close.click()
  }
  await page.waitForFunction(() => CSS.highlights.size === 0 || [...CSS.highlights.values()].every((h) => h.size === 0))
  const picker = page.getByRole('combobox', { name: 'Article in left pane' })
  await picker.fill(title)
  const option = page.getByRole('option', { name: title, exact: true })
  await option.waitFor()
  return option.evaluate(
    async (el, { title, highlights }) => {
      const count = () => ['yellow', 'green', 'blue', 'pink', 'purple'].reduce((n, c) => n + (CSS.highlights.get(`hl-${c}`)?.size ?? 0), 0)
      const t = performance.now()
      ;(el as HTMLElement).click()
      for (;;) {
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
        const pane = document.querySelector('[data-side="left"]')
        if (pane?.querySelector('h1')?.textContent === title && pane.querySelector('.article-text') && count() >= highlights) break
      }
      return performance.now() - t
    },
    { title, highlights }
  )
}

/** Selects text in the left pane and presses H: time to the painted highlight, and to main's answer. */
export async function createHighlight(page: Page, i: number): Promise<{ painted: number; saved: number }> {
  return page.evaluate(async (i) => {
    const count = () => ['yellow', 'green', 'blue', 'pink', 'purple'].reduce((n, c) => n + (CSS.highlights.get(`hl-${c}`)?.size ?? 0), 0)
    const w = window as unknown as W
    const query = () => document.querySelectorAll('[data-side="left"] .article-text [data-start]')
    while (query().length < 2) await new Promise((r) => setTimeout(r, 10))
    const blocks = query()
    const block = blocks[1 + ((i * 3) % Math.max(1, blocks.length - 1))]
    block.scrollIntoView()
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
    const node = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, (n) => ((n as Text).length > 60 ? 1 : 3)).nextNode() as Text
    const range = document.createRange()
    range.setStart(node, 2 + (i % 5))
    range.setEnd(node, 30 + (i % 5))
    window.getSelection()!.removeAllRanges()
    window.getSelection()!.addRange(range)
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
    const before = count()
    const saves = w.__saved!.length
    const t = performance.now()
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'h', bubbles: true }))
    while (count() === before) await new Promise((r) => setTimeout(r, 0))
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
    const painted = performance.now() - t
    while (w.__saved!.length === saves) await new Promise((r) => setTimeout(r, 2))
    return { painted, saved: w.__saved![saves] - t }
  }, i)
}

/** Types a query in the search (as one input event) and waits for its results in a painted frame. */
export async function search(page: Page, query: string): Promise<number> {
  const input = page.getByRole('searchbox', { name: 'Search the library' })
  // A search with no results first, so that the hits found are this query's.
  await input.fill('qqxqqz')
  await page.locator('.search-results .empty-hint').waitFor()
  await input.fill('')
  return input.evaluate(async (el, query) => {
    const field = el as HTMLInputElement
    const t = performance.now()
    field.value = query
    field.dispatchEvent(new Event('input', { bubbles: true }))
    while (!document.querySelector('.search-results .search-hit')) await new Promise((r) => setTimeout(r, 2))
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
    return performance.now() - t
  }, query)
}

/** A long task or an answer of main, in milliseconds from the reader's action. */
export type Moment = { what: string; at: number; ms?: number }

/** Renames a tag from the Tags dialog: time from the click on Rename to the renamed row painted, the
 * longest task until main's answers have stopped coming (the figures it sends after the rename too),
 * the time to main's answer (the rename saved), and the long tasks and answers in order. */
export async function renameTag(
  page: Page,
  from: string,
  to: string
): Promise<{ time: number; longest: number; saved: number; moments: Moment[] }> {
  await page.getByRole('button', { name: 'Tags', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Tags' })
  await dialog.getByRole('button', { name: `Rename ${from}` }).click()
  await dialog.getByRole('textbox', { name: `New name for ${from}` }).fill(to)
  const result = await dialog.getByRole('button', { name: 'Rename', exact: true }).evaluate(async (button, to) => {
    const w = window as unknown as W
    const answers = w.__renamed!.length
    const t = performance.now()
    ;(button as HTMLElement).click()
    while (!document.querySelector(`tr[data-tag="${to}"]`)) await new Promise((r) => setTimeout(r, 1))
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
    const time = performance.now() - t
    while (w.__renamed!.length === answers) await new Promise((r) => setTimeout(r, 5))
    // What follows main's answer (its figures asked again) counts too: until no answer came for a while.
    for (let seen = -1; seen !== w.__answers!.length;) {
      seen = w.__answers!.length
      await new Promise((r) => setTimeout(r, 200))
    }
    const moments = [
      ...w.__tasks!.filter((x) => x.start + x.duration >= t).map((x) => ({ what: 'long task', at: x.start - t, ms: x.duration })),
      ...w.__answers!.filter((a) => a.at >= t).map((a) => ({ what: `${a.channel} answered (${a.chars} chars)`, at: a.at - t }))
    ].sort((a, b) => a.at - b.at)
    return { time, longest: w.__longest!(t), saved: w.__renamed![answers] - t, moments }
  }, to)
  await dialog.getByRole('button', { name: 'Close tags' }).click()
  await dialog.waitFor({ state: 'detached' })
  return result
}

/** Narrows the library filter, then clears it: time from the clearing to the full list painted. */
export async function clearFilter(page: Page, narrow: string): Promise<number> {
  const input = page.getByRole('searchbox', { name: 'Filter the library' })
  await input.fill(narrow)
  await page.waitForTimeout(100)
  return input.evaluate(async (el) => {
    const field = el as HTMLInputElement
    const t = performance.now()
    field.value = ''
    field.dispatchEvent(new Event('input', { bubbles: true }))
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
    return performance.now() - t
  })
}

/** The renderer's JavaScript heap after a garbage collection, and the number of elements in the page. */
export async function footprint(page: Page): Promise<{ heap: number; elements: number }> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length)
  return { heap: usedSize, elements }
}
