// A library of years (M: 500 articles, 20,000 highlights), used the way a reader does: the virtualised
// library list keeps the keyboard, the popular tag (500 highlights) is renamed from the Tags dialog,
// and a search lists its hits. Results are checked, never times (those are in bench/library-ui.bench.ts).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { generateLibrary, POPULAR_TAG, SIZES, type GeneratedLibrary } from '../bench/generate-library'
import { canonicalText, type ArticleBody } from '../src/shared/model'
import { ChromiumApp } from './harness/chromium-app'
import { e2eMode, expect, test } from './fixtures'

const RENAMED = 'famous'

let generated: GeneratedLibrary
let app: ChromiumApp

test.describe.configure({ mode: 'serial' })
test.skip(e2eMode() !== 'chromium', 'the generated library is opened in the Chromium harness')

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000)
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'diptych-e2e-scale-'))
  generated = generateLibrary(dataDir, SIZES.M)
  app = new ChromiumApp(browser, dataDir)
  await app.start()
})

test.afterAll(async () => {
  await app?.stop()
  if (generated) rmSync(generated.dir, { recursive: true, force: true })
})

test('the library list shows 500 articles with few rows in the page, and keeps the keyboard', async () => {
  const page = app.page
  const nav = page.getByRole('navigation', { name: 'Library' })
  await expect(nav.getByRole('heading', { name: /Library/ })).toContainText('500')
  const rows = nav.locator('.article-list > li')
  await expect(rows.first()).toBeVisible()
  expect(await rows.count()).toBeLessThan(60)
  await expect(rows.first()).toHaveAttribute('aria-setsize', '500')

  // One row is in the Tab order; the arrow keys, End and Home move between rows, wherever they are.
  const first = rows.first().locator('.article-open')
  await first.focus()
  await page.keyboard.press('ArrowDown')
  await expect(page.locator(':focus').locator('xpath=ancestor::li')).toHaveAttribute('aria-posinset', '2')
  await page.keyboard.press('End')
  const focusedRow = page.locator('li:has(> .article-open:focus)')
  await expect(focusedRow).toHaveAttribute('aria-posinset', '500')
  await expect(page.locator('.article-open:focus')).toBeInViewport()
  await page.keyboard.press('PageUp')
  await expect(focusedRow).not.toHaveAttribute('aria-posinset', '500')
  await page.keyboard.press('Home')
  await expect(focusedRow).toHaveAttribute('aria-posinset', '1')
  // Scrolled away with the wheel, the focused row stays in the page: the focus is not lost.
  await nav.locator('.article-scroller').evaluate((el) => (el.scrollTop = el.scrollHeight))
  await expect(focusedRow).toHaveAttribute('aria-posinset', '1')
  expect(await rows.count()).toBeLessThan(60)

  // The filter narrows the list to the titles that have what is typed.
  const title = generated.articles[123].title
  await nav.getByRole('searchbox', { name: 'Filter the library' }).fill(title)
  await expect(nav.locator('.article-title')).toContainText([title])
  const shownTitles = await nav.locator('.article-title').allTextContents()
  expect(shownTitles.every((t) => t.toLowerCase().includes(title.toLowerCase()))).toBe(true)
  await nav.getByRole('searchbox', { name: 'Filter the library' }).fill('')
  await expect(rows.first()).toHaveAttribute('aria-setsize', '500')
})

test('renaming the tag of 500 highlights from the Tags dialog renames it everywhere', async () => {
  const page = app.page
  await page.getByRole('button', { name: 'Tags', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Tags' })
  const row = dialog.locator(`tr[data-tag="${POPULAR_TAG}"]`)
  await expect(row.locator('td.num').first()).toHaveText(String(generated.popularUses))
  await dialog.getByRole('button', { name: `Rename ${POPULAR_TAG}` }).click()
  await dialog.getByRole('textbox', { name: `New name for ${POPULAR_TAG}` }).fill(RENAMED)
  await dialog.getByRole('button', { name: 'Rename', exact: true }).click()
  await expect(dialog.locator(`tr[data-tag="${RENAMED}"] td.num`).first()).toHaveText(String(generated.popularUses))
  await expect(dialog.locator(`tr[data-tag="${POPULAR_TAG}"]`)).toHaveCount(0)
  // The focus stays in the dialog, on the renamed tag's row, so that the keyboard still reaches it.
  await expect(dialog.getByRole('button', { name: `Rename ${RENAMED}` })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)

  // Main has it too.
  const tags = await page.evaluate(async () => {
    const r = (await window.api.getLibrary()) as unknown as { value: { highlights: { tags: string[] }[] } }
    return r.value.highlights.flatMap((h) => h.tags)
  })
  expect(tags.filter((t) => t === RENAMED)).toHaveLength(generated.popularUses)
  expect(tags.filter((t) => t === POPULAR_TAG)).toHaveLength(0)

  // A highlight that had the tag shows the new name, in its pane's annotations.
  const tagged = generated.highlights.find((h) => h.tags.includes(POPULAR_TAG))!
  const article = generated.articles.find((a) => a.id === tagged.articleId)!
  const left = page.getByRole('region', { name: 'left pane' })
  const picker = left.getByRole('combobox', { name: 'Article in left pane' })
  await picker.fill(article.title)
  await left.getByRole('option', { name: article.title, exact: true }).click()
  await expect(left.getByRole('heading', { level: 1 })).toHaveText(article.title)
  await page.getByRole('button', { name: 'Annotations of the left pane' }).click()
  const sidebar = page.getByRole('complementary', { name: 'Annotations in the left pane' })
  const entry = sidebar.locator('.annotation-entry', { hasText: tagged.quote.exact })
  await expect(entry.first()).toContainText(`#${RENAMED}`)
  await expect(sidebar).not.toContainText(`#${POPULAR_TAG}`)
})

test('a search lists the highlights with the renamed tag, and the articles with a word', async () => {
  const page = app.page
  const search = page.getByRole('searchbox', { name: 'Search the library' })
  await search.fill(RENAMED)
  const results = page.getByRole('region', { name: 'Search results' })
  const hits = results.locator('.search-hit')
  await expect(hits.first()).toBeVisible()
  const snippets = await hits.locator('.hit-snippet').allTextContents()
  expect(snippets.length).toBeGreaterThan(0)
  expect(snippets.every((s) => s.includes(`#${RENAMED}`))).toBe(true)
  const withTag = new Set(generated.highlights.filter((h) => h.tags.includes(POPULAR_TAG)).map((h) => h.articleId))
  const groupTitles = () => results.locator('.search-group h3').evaluateAll((hs) => hs.map((h) => h.firstChild?.textContent?.trim() ?? ''))
  const groups = await groupTitles()
  const titles = new Map(generated.articles.map((a) => [a.id, a.title]))
  const expected = new Set([...withTag].map((id) => titles.get(id)))
  expect(groups.length).toBeGreaterThan(0)
  for (const g of groups) expect(expected.has(g), `“${g}” has a highlight tagged #${RENAMED}`).toBe(true)

  // A word of the text: every article listed has it in its text.
  await search.fill(generated.searchWord)
  await expect(results.locator('.hit-where', { hasText: 'text' }).first()).toBeVisible()
  // Hundreds of hits come a page at a time: the first page, then more on request.
  const total = Number(/(\d+) results/.exec((await results.locator('.search-summary').textContent()) ?? '')?.[1])
  expect(total).toBeGreaterThan(100)
  const firstPage = await hits.count()
  expect(firstPage).toBeLessThan(total)
  await results.getByRole('button', { name: /Show more results/ }).click()
  await expect.poll(() => hits.count()).toBeGreaterThan(firstPage)
  await expect(hits.nth(firstPage)).toBeFocused()
  // The last page takes the button away; the results stay open, all of them shown.
  const more = results.getByRole('button', { name: /Show more results/ })
  while (await more.count()) await more.click()
  await expect(hits).toHaveCount(total)
  await expect(results).toBeVisible()
  await expect(results).not.toContainText(`#${RENAMED}`)
  const listed = await groupTitles()
  const byTitle = new Map(generated.articles.map((a) => [a.title, a.id]))
  for (const t of listed) {
    const body = JSON.parse(readFileSync(path.join(generated.dir, 'articles', `${byTitle.get(t)}.json`), 'utf8')) as ArticleBody
    expect(
      canonicalText(body.blocks).toLowerCase().includes(generated.searchWord.toLowerCase()),
      `“${t}” has “${generated.searchWord}”`
    ).toBe(true)
  }
})
