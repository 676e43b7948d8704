// A small window (720×480) still reads: no title word broken across lines, every top-bar control on screen.
import { expect, test } from './fixtures'
import { brokenWords } from './measure'

test.beforeEach(async ({ app }) => {
  await app.page.setViewportSize({ width: 720, height: 480 })
})

test('at 720×480 no word of an article title is broken across lines', async ({ app }) => {
  const broken = await brokenWords(app.page.locator('.pane .title'))
  expect(broken).toEqual([])
})

test('at 720×480 every control of the top bar is on screen', async ({ app }) => {
  const page = app.page
  await expect(page.locator('.topbar button').first()).toBeVisible()
  const off = await page
    .locator('.topbar button, .topbar input')
    .evaluateAll((els) =>
      els
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth)
        .map((el) => el.getAttribute('aria-label') ?? el.textContent?.trim())
    )
  expect(off).toEqual([])
})
