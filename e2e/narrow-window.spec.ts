// A small window (720×480) still reads: no title word broken across lines, every top-bar control on screen.
import { expect, test } from './fixtures'

test.beforeEach(async ({ app }) => {
  await app.page.setViewportSize({ width: 720, height: 480 })
})

test('at 720×480 no word of an article title is broken across lines', async ({ app }) => {
  const broken = await app.page.locator('.pane .title').evaluateAll((titles) =>
    titles.flatMap((title) => {
      const text = title.firstChild as Text
      const out: string[] = []
      for (const m of text.data.matchAll(/\S+/g)) {
        const range = document.createRange()
        range.setStart(text, m.index)
        range.setEnd(text, m.index + m[0].length)
        const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)))
        if (tops.size > 1) out.push(m[0])
      }
      return out
    })
  )
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
