// A reader who chose the dark theme sees no light frame when the app starts: the first frame, painted
// before the app has read the library, is already dark (the page comes with the saved theme on it).
import { expect, test } from './fixtures'

const DARK = { theme: 'dark', font: 'literata', size: 18, lineHeight: 1.65, lineLength: 68 } as const

/** Notes the first frame's colours, in the frame callback that comes before it is painted. */
const FIRST_FRAME = `requestAnimationFrame(() => {
  const root = document.documentElement
  window.__firstFrame = {
    theme: root.dataset.theme ?? null,
    canvas: getComputedStyle(root).getPropertyValue('--canvas').trim(),
    body: document.body ? getComputedStyle(document.body).backgroundColor : null,
    ready: Boolean(document.querySelector('.app[data-ready="true"]'))
  }
})`

interface FirstFrame {
  theme: string | null
  canvas: string
  body: string | null
  ready: boolean
}

test('with a saved dark theme, the first frame after a restart is dark, before the library is read', async ({ app }) => {
  const saved = await app.page.evaluate((appearance) => window.api.updateSettings({ appearance }), DARK)
  expect(saved.ok).toBe(true)
  await app.restart()
  const page = app.page
  // Main answers slowly: whatever is painted before the answer cannot come from the library's settings.
  app.slowDown?.('getLibrary', 1500)
  app.slowDown?.('getLibraryView', 1500)
  await page.addInitScript(FIRST_FRAME)
  await page.reload({ waitUntil: 'commit' })
  const first = (await (
    await page.waitForFunction(() => (window as unknown as { __firstFrame?: unknown }).__firstFrame)
  ).jsonValue()) as FirstFrame
  if (app.slowDown) expect(first.ready).toBe(false)
  expect(first.theme).toBe('dark')
  expect(first.canvas).toBe('#141413')
  if (first.body !== null) expect(first.body).toBe('rgb(20, 20, 19)')
  // The app mounted and still waiting for the library keeps the page dark: it does not paint its defaults meanwhile.
  await page.locator('.app').waitFor()
  const mounted = await page.evaluate(() => ({
    theme: document.documentElement.dataset.theme,
    body: getComputedStyle(document.body).backgroundColor,
    ready: document.querySelector('.app')?.getAttribute('data-ready') === 'true'
  }))
  await page.screenshot({ path: test.info().outputPath('mounted-before-library.png') })
  expect(mounted).toEqual({ theme: 'dark', body: 'rgb(20, 20, 19)', ready: app.slowDown ? false : mounted.ready })
  await page.locator('.app[data-ready="true"]').waitFor()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
})
