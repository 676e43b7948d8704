// The highlight card is never in the way: messages do not cover it, and it does not cover the lines
// the reader goes on to select.
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { selectText, textEnds } from './select'

const PASSAGE = 'We have to rebuild a significant area from scratch'

/** Whether a click at the centre of each of the card's buttons would reach that button. */
async function coveredButtons(card: Locator): Promise<string[]> {
  const covered: string[] = []
  for (const button of await card.getByRole('button').all()) {
    await button.scrollIntoViewIfNeeded()
    const reached = await button.evaluate((el) => {
      const r = el.getBoundingClientRect()
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
      return hit !== null && el.contains(hit)
    })
    if (!reached) covered.push((await button.getAttribute('aria-label')) ?? (await button.innerText()))
  }
  return covered
}

async function openCard(page: Page): Promise<Locator> {
  await selectText(page.getByRole('region', { name: 'left pane' }), PASSAGE)
  await page.keyboard.press('t')
  const card = page.getByRole('dialog', { name: /^Highlight: We have to rebuild/ })
  await expect(card).toBeVisible()
  await page.keyboard.type('first', { delay: 0 })
  await page.keyboard.press('Enter')
  // Saved before anything else happens: Undo must take back this tag, not the highlight.
  await expect.poll(() => tagsOf(page)).toEqual({ [PASSAGE]: ['first'] })
  return card
}

/** The app under a clock of the test's own, so that messages stay until the test has looked at them. */
async function withTestClock(page: Page): Promise<void> {
  await page.clock.install()
  await page.reload()
  await page.locator('.app[data-ready="true"]').waitFor()
}

/** Messages from the card and the history, made while time stands still: Quote copied, Copied as
 * Markdown, Undid, and with `redo` Redid. */
async function makeMessages(page: Page, card: Locator, redo = false): Promise<void> {
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000)
  await card.getByRole('button', { name: 'Copy quote' }).click()
  await card.getByRole('button', { name: 'Copy as Markdown' }).click()
  await page.keyboard.press('Control+z')
  await expect(page.locator('.notice', { hasText: 'Undid' })).toBeVisible()
  if (redo) {
    await page.keyboard.press('Control+Shift+z')
    await expect(page.locator('.notice', { hasText: 'Redid' })).toBeVisible()
  }
  await expect(card).toBeVisible()
}

async function tagsOf(page: Page): Promise<Record<string, string[]>> {
  const lib = await page.evaluate(async () => await window.api.getLibrary())
  if (!lib.ok) throw new Error('library')
  return Object.fromEntries(lib.value.highlights.map((h) => [h.quote.exact, h.tags]))
}

for (const [width, height] of [
  [1280, 800],
  [720, 480]
]) {
  test(`messages never cover the card's buttons, at ${width}×${height}`, async ({ app }) => {
    const page = app.page
    await page.setViewportSize({ width, height })
    await withTestClock(page)
    const card = await openCard(page)
    await makeMessages(page, card)
    await expect(page.locator('.notice')).toHaveCount(3)
    await page.screenshot({ path: `/tmp/ux-cover-${width}.png` })
    expect(await coveredButtons(card)).toEqual([])
    const box = (await card.boundingBox())!
    for (const notice of await page.locator('.notice-bar').all()) {
      const n = (await notice.boundingBox())!
      const apart = n.x >= box.x + box.width || n.x + n.width <= box.x || n.y >= box.y + box.height || n.y + n.height <= box.y
      expect(apart, 'a message lies over the card').toBe(true)
    }
  })
}

test('no more than three messages at once: the older ones fold into a line', async ({ app }) => {
  const page = app.page
  await withTestClock(page)
  await makeMessages(page, await openCard(page), true)
  await expect(page.locator('.notice:visible')).toHaveCount(3)
  const earlier = page.getByRole('button', { name: /^\d+ earlier messages?$/ })
  await expect(earlier).toBeVisible()
  await earlier.click()
  await expect(page.locator('.notice', { hasText: 'Quote copied' })).toBeVisible()
})

for (const [width, height] of [
  [1024, 700],
  [720, 480]
]) {
  test(`a mouse drag over the lines under a highlight selects them, with its card open, at ${width}×${height}`, async ({ app }) => {
    const page = app.page
    await page.setViewportSize({ width, height })
    await expect(await openCard(page)).toBeVisible()
    const next = 'we invite Belarusian companies'
    const { start, end } = await textEnds(page.getByRole('region', { name: 'left pane' }), next)
    await page.mouse.move(start.x, start.y)
    await page.mouse.down()
    await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 })
    await page.mouse.move(end.x, end.y, { steps: 4 })
    await page.mouse.up()
    expect(await page.evaluate(() => window.getSelection()?.toString())).toContain('invite Belarusian compan')
    await page.keyboard.type('tsecond', { delay: 0 })
    await page.keyboard.press('Enter')
    const byQuote = async () =>
      Object.entries(await tagsOf(page)).map(([quote, t]) => [quote.includes('invite Belarusian') ? 'the next lines' : quote, t])
    await expect.poll(byQuote).toEqual([
      [PASSAGE, ['first']],
      ['the next lines', ['second']]
    ])
  })
}
