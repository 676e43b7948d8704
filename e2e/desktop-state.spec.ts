// What a demanding reader of the desktop app notices: the zoom kept through a restart, and menu items
// (and palette entries) that cannot act greyed out rather than clickable doing nothing.
import type { Page } from '@playwright/test'
import type { AppHandle } from './harness/app-handle'
import { expect, test } from './fixtures'
import { clickText, selectText } from './select'

const QUOTE = 'We have to rebuild a significant area from scratch'

/** The page's zoom: CSS zoom in Chromium mode (the harness's desktop), the device pixel ratio in Electron. */
const zoomOf = (app: AppHandle) =>
  app.page.evaluate((css) => (css ? Number(document.documentElement.style.zoom || 1) : window.devicePixelRatio), app.mode === 'chromium')

async function greyed(app: AppHandle): Promise<string[]> {
  return (await app.menuItems!())
    .filter((i) => !i.enabled)
    .map((i) => i.id)
    .sort()
}

async function paletteEntry(page: Page, name: string): Promise<string | null> {
  await page.keyboard.press('Control+K')
  const palette = page.getByRole('dialog', { name: 'Command palette' })
  await palette.getByRole('combobox').fill(name)
  const option = palette.locator('.palette-option', { has: page.locator('.palette-name', { hasText: new RegExp(`^${name}$`) }) })
  const disabled = await option.getAttribute('aria-disabled')
  await page.keyboard.press('Escape')
  await expect(palette).toHaveCount(0)
  return disabled
}

test('the window zoom is kept through a restart, and Actual Size brings it back for good', async ({ app }) => {
  test.skip(app.mode === 'server', 'In a browser the zoom is the browser’s own.')
  const page = app.page
  const actual = await zoomOf(app)
  await page.locator('body').press('Control+=')
  await page.locator('body').press('Control+=')
  await expect.poll(() => zoomOf(app)).toBeCloseTo(actual * 1.2, 3)
  await app.restart()
  await expect.poll(() => zoomOf(app)).toBeCloseTo(actual * 1.2, 3)
  if (app.menuItems) expect(await greyed(app)).not.toContain('zoomReset')
  await app.page.locator('body').press('Control+0')
  await expect.poll(() => zoomOf(app)).toBeCloseTo(actual, 3)
  await app.restart()
  await expect.poll(() => zoomOf(app)).toBeCloseTo(actual, 3)
  if (app.menuItems) await expect.poll(() => greyed(app)).toContain('zoomReset')
})

test('menu items that cannot act are greyed out, and come back once they can', async ({ app }) => {
  test.skip(!app.menuItems, 'A browser has no application menu of ours.')
  const page = app.page
  const left = page.getByRole('region', { name: 'left pane' })
  // Two bundled articles open, nothing done yet, no card, no comparison.
  await expect.poll(() => greyed(app)).toEqual(['checkEdition', 'compareEditions', 'copyLink', 'redo', 'syncScroll', 'undo', 'zoomReset'])
  await expect(app.chooseMenuCommand!('copyLink')).rejects.toThrow(/greyed out/)

  await selectText(left, QUOTE)
  await page.keyboard.press('h')
  await expect.poll(() => greyed(app)).not.toContain('undo')
  await clickText(left, 'rebuild a significant')
  await expect(page.getByRole('dialog', { name: /^Highlight: We have to rebuild/ })).toBeVisible()
  await expect.poll(() => greyed(app)).not.toContain('copyLink')
  await app.chooseMenuCommand!('copyLink')
  await expect.poll(() => app.clipboard()).toMatch(/^diptych:\/\/article\/.+\/highlight\//)
  await page.keyboard.press('Escape')
  await expect.poll(() => greyed(app)).toContain('copyLink')

  // In a field, Undo and Redo are the field's own: they act there whatever the history holds.
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => greyed(app)).toContain('undo')
  await page.getByRole('searchbox').first().focus()
  await expect.poll(() => greyed(app)).not.toContain('undo')
  await page.locator('body').click({ position: { x: 5, y: 5 } })

  await page.getByRole('button', { name: 'Close right pane' }).click()
  await expect.poll(() => greyed(app)).toEqual(expect.arrayContaining(['compare', 'copyPairLink']))
  await page.getByRole('button', { name: 'Close left pane' }).click()
  await expect.poll(() => greyed(app)).toEqual(expect.arrayContaining(['find', 'findSources', 'annotations']))
})

test('the palette greys out the same commands as the menu, in every mode', async ({ app }) => {
  const page = app.page
  const left = page.getByRole('region', { name: 'left pane' })
  await left.locator('.pane-scroll').focus()
  expect(await paletteEntry(page, 'Copy Link to Highlight')).toBe('true')
  expect(await paletteEntry(page, 'Compare Editions')).toBe('true')
  await page.keyboard.press('Control+K')
  await page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox').fill('copy link')
  await page.screenshot({ path: test.info().outputPath('palette-greyed.png') })
  await page.keyboard.press('Escape')
  expect(await paletteEntry(page, 'Compare')).toBeNull()
  await selectText(left, QUOTE)
  await page.keyboard.press('h')
  await clickText(left, 'rebuild a significant')
  await expect(page.getByRole('dialog', { name: /^Highlight: We have to rebuild/ })).toBeVisible()
  expect(await paletteEntry(page, 'Copy Link to Highlight')).toBeNull()
})
