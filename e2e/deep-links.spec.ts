// diptych:// links, opened as the system opens them (app.openUrl: a second instance's command line, or
// the browser mode's address): the passage on screen with its card, the quote fallback after the
// highlight is deleted, a pair levelled on its link, an orphan's entry, and what is not there.
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import type { AppHandle } from './harness/app-handle'
import { clickText, selectText } from './select'
import { linkAcrossPanes } from './link-across'

const TREND = 'trend-2024-05-16'
const ANADOLU = 'anadolu-2024-05-16'
// The last paragraph of the statement: below the first screen of the right pane.
const LATE = 'I welcome your visit with gratitude'

const pane = (page: Page, side: 'left' | 'right') => page.getByRole('region', { name: `${side} pane` })
const notice = (page: Page, text: string | RegExp) => page.locator('.notice').filter({ hasText: text })

/** Where `text` is in its pane, from the top of the pane's visible text; null when it is not there. */
function placeIn(where: Locator, text: string): Promise<{ top: number; bottom: number; height: number } | null> {
  return where.locator('.pane-scroll').evaluate((scroller, text) => {
    const walker = document.createTreeWalker(scroller, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(text)
      if (at < 0) continue
      const range = document.createRange()
      range.setStart(n, at)
      range.setEnd(n, at + text.length)
      const r = range.getClientRects()[0]
      const box = scroller.getBoundingClientRect()
      return { top: r.top - box.top, bottom: r.bottom - box.top, height: box.height }
    }
    return null
  }, text)
}

/** Whether the passage's first line lies within its pane's visible text. */
async function onScreen(where: Locator, text: string): Promise<boolean> {
  const place = await placeIn(where, text)
  return place !== null && place.top >= 0 && place.bottom <= place.height
}

/** Highlights `text` with the keyboard, opens its card and copies its link; the link. */
async function highlightAndCopy(app: AppHandle, where: Locator, text: string): Promise<string> {
  await selectText(where, text)
  await app.page.keyboard.press('h')
  await clickText(where, text)
  const card = app.page.getByRole('dialog', { name: new RegExp(`^Highlight: ${text}`) })
  await card.getByRole('button', { name: 'Copy link' }).click()
  await expect(notice(app.page, 'Link to the highlight copied.')).toBeVisible()
  return app.clipboard()
}

test('a highlight’s link opens its passage with its card open, on a restarted app', async ({ app }) => {
  const link = await highlightAndCopy(app, pane(app.page, 'right'), LATE)
  expect(link).toMatch(
    new RegExp(`^diptych://article/${TREND}/highlight/[0-9a-f]{32}\\?quote=I%20welcome%20your%20visit%20with%20gratitude&prefix=`)
  )

  // The sidebar entry's menu copies the same link.
  await app.page.getByRole('button', { name: 'Annotations of the right pane' }).click()
  const sidebar = app.page.getByRole('complementary', { name: 'Annotations in the right pane' })
  await sidebar.getByRole('button', { name: /^Commands for “I welcome/ }).click()
  await sidebar.getByRole('menuitem', { name: 'Copy link' }).click()
  await expect(notice(app.page, 'Link to the highlight copied.')).toBeVisible()
  expect(await app.clipboard()).toBe(link)

  await app.restart()
  const page = app.page
  await page.getByRole('button', { name: 'Close right pane' }).click()
  await expect(page.locator('.pane[data-side="right"]')).not.toHaveAttribute('data-article', /./)

  await app.openUrl(link)
  const right = pane(page, 'right')
  await expect(right).toHaveAttribute('data-article', TREND)
  const card = page.getByRole('dialog', { name: new RegExp(`^Highlight: ${LATE}`) })
  await expect(card).toBeVisible()
  await expect(card).toBeFocused()
  await expect.poll(() => onScreen(right, LATE)).toBe(true)
  await page.screenshot({ path: test.info().outputPath('highlight-link.png') })

  // Copied from the card, then opened: the same passage, from the top of the article.
  await card.getByRole('button', { name: 'Copy link' }).click()
  const copied = await app.clipboard()
  expect(copied).toBe(link)
  await page.keyboard.press('Escape')
  await expect(card).toHaveCount(0)
  await right.locator('.pane-scroll').press('Home')
  await expect.poll(() => onScreen(right, LATE)).toBe(false)
  await app.openUrl(copied)
  await expect(card).toBeFocused()
  await expect.poll(() => onScreen(right, LATE)).toBe(true)
})

test('a deleted highlight’s link finds its passage by its quote; what is not there is said, and nothing opens', async ({ app }) => {
  const page = app.page
  const right = pane(page, 'right')
  const link = await highlightAndCopy(app, right, LATE)
  await page
    .getByRole('dialog', { name: new RegExp(`^Highlight: ${LATE}`) })
    .getByRole('button', { name: 'Delete highlight' })
    .click()
  await expect(page.getByRole('button', { name: 'Annotations of the right pane' })).toContainText('0')
  await right.locator('.pane-scroll').press('Home')
  await expect.poll(() => onScreen(right, LATE)).toBe(false)

  await app.openUrl(link)
  await expect(notice(page, 'The highlight this link opens is not in this library; its passage in “')).toBeVisible()
  await expect.poll(() => page.evaluate(() => String(window.getSelection()))).toBe(LATE)
  await expect.poll(() => onScreen(right, LATE)).toBe(true)
  // The passage is selected: the toolbar offers to highlight it again.
  await expect(page.getByRole('toolbar', { name: 'Highlight the selection' })).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('quote-fallback.png') })

  const panes = async () => [await pane(page, 'left').getAttribute('data-article'), await right.getAttribute('data-article')]
  const before = await panes()
  await app.openUrl('diptych://article/no-such-article')
  await expect(
    page.getByRole('alert').filter({ hasText: 'This link opens an article that is not in this library (“no-such-article”).' })
  ).toBeVisible()
  await app.openUrl(`diptych://article/${TREND}/highlight/gone`)
  await expect(notice(page, /^The highlight this link opens in “.+” is not in this library, and the link carries no quote/)).toBeVisible()
  await app.openUrl(`diptych://pair/${ANADOLU}/${TREND}/link/gone`)
  await expect(notice(page, /^The link between “.+” and “.+” that this link opens is not in this library\./)).toBeVisible()
  await app.openUrl('diptych://library/everything')
  await expect(notice(page, 'Diptych cannot open this link: Diptych has no “library” to open.')).toBeVisible()
  expect(await panes()).toEqual(before)
  await page.screenshot({ path: test.info().outputPath('missing.png') })
})

test('a pair’s link opens both articles side by side, levelled on their link', async ({ app }) => {
  const page = app.page
  await linkAcrossPanes(page, 'Belarus has expertise in urban planning', 'Belarus has very good experience in urban planning')
  await expect(page.getByRole('dialog', { name: /^Highlight: Belarus has expertise/ })).toBeVisible()

  // With the linked card open, the pair's link names the link.
  await page.keyboard.press('Control+K')
  await page.keyboard.type('Copy Link to This Pair')
  await page.keyboard.press('Enter')
  await expect(notice(page, 'Link to this pair copied.')).toBeVisible()
  const link = await app.clipboard()
  expect(link).toMatch(new RegExp(`^diptych://pair/${ANADOLU}/${TREND}/link/[0-9a-f-]{36}$`))

  await page.getByRole('button', { name: 'Close left pane' }).click()
  await page.getByRole('button', { name: 'Close right pane' }).click()
  await app.openUrl(link)
  await expect(pane(page, 'left')).toHaveAttribute('data-article', ANADOLU)
  await expect(pane(page, 'right')).toHaveAttribute('data-article', TREND)
  await expect.poll(() => onScreen(pane(page, 'right'), 'Belarus has very good experience in urban planning')).toBe(true)
  const top = async (side: 'left' | 'right', text: string) => (await placeIn(pane(page, side), text))?.top ?? NaN
  // Both passages at one height (the short report cannot scroll its passage to the top; the statement comes down to it).
  const gap = async () => Math.abs((await top('left', 'Belarus has expertise')) - (await top('right', 'Belarus has very good experience')))
  await expect.poll(gap).toBeLessThanOrEqual(1)
  await expect(pane(page, 'left').locator('.pane-scroll')).toBeFocused()
  await page.screenshot({ path: test.info().outputPath('pair-link.png') })
})

test('an orphaned highlight’s link opens the annotations on its entry', async ({ app }) => {
  // A highlight whose passage is no longer in the text (made through the API: the text cannot be edited away here).
  const made = await app.page.evaluate(
    async (articleId) =>
      await window.api.createHighlight({
        articleId,
        color: 'pink',
        quote: { exact: 'a sentence this statement never had', prefix: '', suffix: '' },
        position: { start: 100, end: 135 }
      }),
    TREND
  )
  if (!made.ok) throw new Error(made.error.message)
  await app.restart()
  const page = app.page
  await app.openUrl(`diptych://article/${TREND}/highlight/${made.value.id}`)
  const sidebar = page.getByRole('complementary', { name: 'Annotations in the right pane' })
  const entry = sidebar
    .getByRole('region', { name: 'Orphaned highlights' })
    .getByRole('listitem')
    .filter({ hasText: 'a sentence this statement never had' })
  await expect(entry).toBeFocused()
  await expect(
    notice(page, /^This highlight no longer matches the text of “.+”: it is listed under “Not found in the text”\./)
  ).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('orphan-link.png') })
})
