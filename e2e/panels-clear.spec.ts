// Panels and messages that lie over the text leave the reader every control and the content they came for:
// checked by the boxes on screen (what lies at each point of a control), at the small window sizes.
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { overlaps } from './measure'
import { withEditionsCompared } from './edition-steps'

/** The parts of these elements that are off screen or under something else, as "name: point" lines. */
async function hidden(elements: Locator): Promise<string[]> {
  return elements.evaluateAll((els) =>
    els.flatMap((el) => {
      const r = el.getBoundingClientRect()
      const name = el.getAttribute('aria-label') ?? el.textContent!.trim()
      if (r.width === 0) return []
      if (r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight) return [`${name}: off screen`]
      const points: [string, number, number][] = [
        ['centre', (r.left + r.right) / 2, (r.top + r.bottom) / 2],
        ['left end', r.left + 3, (r.top + r.bottom) / 2],
        ['right end', r.right - 3, (r.top + r.bottom) / 2]
      ]
      return points.filter(([, x, y]) => !el.contains(document.elementFromPoint(x, y))).map(([where]) => `${name}: ${where} covered`)
    })
  )
}

async function openCompare(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Compare', exact: true }).click()
  const panel = page.getByRole('complementary', { name: 'Comparison' })
  await expect(panel.locator('.pair').first()).toBeVisible()
  return panel
}

for (const [width, height] of [
  [720, 480],
  [1024, 700]
] as const) {
  test.describe(`at ${width}×${height} with Compare open`, () => {
    test.beforeEach(async ({ app }) => app.page.setViewportSize({ width, height }))

    test('every control of both panes stays whole and in reach', async ({ app }) => {
      const page = app.page
      await openCompare(page)
      const controls = page.locator('.pane-bar').locator('input, button, [role="combobox"]')
      expect(await controls.count()).toBeGreaterThan(4)
      expect(await hidden(controls)).toEqual([])
      expect(await hidden(page.getByRole('region', { name: 'left pane' }).locator('.coverage-strip'))).toEqual([])
    })

    test('the message of the comparison hides no card of it', async ({ app }) => {
      const page = app.page
      const panel = await openCompare(page)
      const notice = page.locator('.notice').first()
      await expect(notice).toContainText('corresponding passages')
      expect(await overlaps(notice, panel)).toBe(false)
      for (const side of ['left', 'right']) {
        expect(await overlaps(notice, page.getByRole('region', { name: `${side} pane` }).locator('.pane-scroll')), side).toBe(false)
      }
      // The last card can be scrolled wholly into view, above the message.
      const last = panel.locator('.pair').last()
      await last.scrollIntoViewIfNeeded()
      expect(await hidden(last)).toEqual([])
    })
  })
}

test('with Compare editions open, the messages lie above its backdrop, whole, and beside the dialog', async ({ app }) => {
  const page = app.page
  await withEditionsCompared(page, async () => {
    const notices = page.locator('.notice')
    expect(await notices.count()).toBeGreaterThan(0)
    expect(await hidden(notices.locator('.notice-text'))).toEqual([])
    for (const notice of await notices.all()) expect(await overlaps(notice, page.locator('.modal'))).toBe(false)
  })
})

test('the quote check legend keeps the same room under the tabs as a card’s text does', async ({ app }) => {
  const page = app.page
  const panel = await openCompare(page)
  const below = async (el: Locator) =>
    (await el.boundingBox())!.y -
    ((await panel.locator('.compare-head').boundingBox())!.y + (await panel.locator('.compare-head').boundingBox())!.height)
  const cardText = await below(panel.locator('.pair .pair-kind').first())
  await panel.getByRole('tab', { name: /Quote check/ }).click()
  const legendText = await below(panel.locator('.diff-legend > span').first())
  expect(legendText).toBeGreaterThanOrEqual(cardText)
})
