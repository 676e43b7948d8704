// The reading window from the keyboard alone: the Compare panel's tabs follow the WAI-ARIA tabs pattern,
// and Tab walks the window in the order it is seen (left pane, the divider and its Swap, right pane).
import { expect, test } from './fixtures'
import { colourAt, near } from './pixels'
import type { Page } from '@playwright/test'

test('the Compare tabs: arrows, Home and End move between them and select them; only the selected one is a Tab stop', async ({ app }) => {
  const page = app.page
  await page.keyboard.press('Control+Shift+C')
  const panel = page.getByRole('complementary', { name: 'Comparison' })
  await expect(panel.locator('.pair').first()).toBeVisible()
  const pairsTab = panel.getByRole('tab', { name: /Pairs/ })
  const quotesTab = panel.getByRole('tab', { name: /Quote check/ })
  const pairsPanel = panel.getByRole('tabpanel', { name: /Pairs/ })
  const quotesPanel = panel.getByRole('tabpanel', { name: /Quote check/ })
  const close = panel.getByRole('button', { name: 'Close comparison' })

  // The reader comes back to the tabs from the Close button, as Shift+Tab does.
  await close.focus()
  await page.keyboard.press('Shift+Tab')
  await expect(pairsTab).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(quotesTab).toBeFocused()
  await expect(quotesTab).toHaveAttribute('aria-selected', 'true')
  await expect(pairsTab).toHaveAttribute('aria-selected', 'false')
  await expect(quotesPanel).toBeVisible()
  await expect(pairsPanel).toBeHidden()
  // Only the selected tab is in the Tab sequence: Tab goes on past Close into its panel, Shift+Tab comes back to it.
  await page.keyboard.press('Tab')
  await expect(close).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(quotesPanel).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Shift+Tab')
  await expect(quotesTab).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(pairsTab).not.toBeFocused()
  await page.keyboard.press('Tab')
  await expect(quotesTab).toBeFocused()

  // One key after another: Home → Pairs, End → Quote check, → wraps to Pairs, ← wraps to Quote check, ← Pairs.
  for (const key of ['Home', 'End', 'ArrowRight', 'ArrowLeft', 'ArrowLeft']) await page.keyboard.press(key)
  await expect(pairsTab).toBeFocused()
  await expect(pairsTab).toHaveAttribute('aria-selected', 'true')
  await expect(quotesTab).toHaveAttribute('aria-selected', 'false')
  await expect(pairsPanel).toBeVisible()
  await expect(quotesPanel).toBeHidden()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(pairsPanel.getByRole('button').first()).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Shift+Tab')
  await expect(pairsTab).toBeFocused()

  // Each tab names the panel it controls, and that panel is named by its tab.
  for (const tab of [pairsTab, quotesTab]) {
    const panelId = await tab.getAttribute('aria-controls')
    expect(panelId, 'aria-controls on a tab').toBeTruthy()
    const tabpanel = page.locator(`[id="${panelId}"]`)
    await expect(tabpanel).toHaveAttribute('role', 'tabpanel')
    await expect(tabpanel).toHaveAttribute('aria-labelledby', (await tab.getAttribute('id'))!)
  }
})

/** Where each Tab stop falls: in the left pane, on the divider, on Swap, in the right pane, or elsewhere. */
async function tabStops(page: Page, presses: number): Promise<string[]> {
  await page.evaluate(() => {
    const w = window as unknown as { trail: Element[] }
    w.trail = []
    document.addEventListener('focusin', (e) => w.trail.push(e.target as Element))
  })
  for (let i = 0; i < presses; i++) await page.keyboard.press('Tab')
  return page.evaluate(() => {
    const trail = (window as unknown as { trail: Element[] }).trail
    // Up to the first stop seen twice: past the end Tab wraps round to the start.
    const once = trail.slice(0, trail.findIndex((el, i) => trail.indexOf(el) !== i) >>> 0)
    return once.map((el) =>
      el.closest('[aria-label="left pane"]')
        ? 'left pane'
        : el.closest('[aria-label="right pane"]')
          ? 'right pane'
          : el.getAttribute('role') === 'separator'
            ? 'divider'
            : el.getAttribute('aria-label') === 'Swap panes'
              ? 'swap'
              : el.classList.contains('reopen-pane')
                ? el.textContent!.trim()
                : 'other'
    )
  })
}

test('Tab walks the window as it is seen: left pane, the divider, Swap, right pane; the divider still resizes by keyboard', async ({
  app
}) => {
  const page = app.page
  const left = page.getByRole('region', { name: 'left pane' })
  const right = page.getByRole('region', { name: 'right pane' })
  await expect(right.locator('.article-text [data-start]').first()).toBeVisible()
  const stops = await tabStops(page, 80)
  const seen = stops.filter((s) => s !== 'other').filter((s, i, all) => s !== all[i - 1])
  expect(seen).toEqual(['left pane', 'divider', 'swap', 'right pane'])

  // Back from the right pane's first control: Swap, then the divider.
  await right.getByRole('combobox', { name: 'Article in right pane' }).focus()
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Shift+Tab')
  const divider = page.getByRole('separator', { name: 'Resize panes' })
  await expect(divider).toBeFocused()
  // Its focus ring shows on both edges: the right pane, after it in the DOM now, does not cover it.
  const style = await divider.evaluate((el) => {
    const s = getComputedStyle(el)
    return { colour: s.outlineColor.match(/\d+/g)!.map(Number), width: parseFloat(s.outlineWidth), offset: parseFloat(s.outlineOffset) }
  })
  const box = (await divider.boundingBox())!
  const out = style.offset + style.width / 2
  const at = (x: number) => colourAt(page, { x: Math.floor(x), y: box.y + box.height / 2, width: 1, height: 1 })
  expect(near(await at(box.x - out), style.colour), 'the focus ring on the left edge of the divider').toBe(true)
  expect(near(await at(box.x + box.width + out), style.colour), 'the focus ring on the right edge of the divider').toBe(true)
  // Resizing by keyboard still works from there: two steps left.
  const before = Number(await divider.getAttribute('aria-valuenow'))
  const width = (await left.boundingBox())!.width
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  await expect(divider).toHaveAttribute('aria-valuenow', String(before - 4))
  await expect.poll(async () => (await left.boundingBox())!.width).toBeLessThan(width)
  // Then Swap, by keyboard too.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Swap panes' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(left.getByRole('combobox', { name: 'Article in left pane' })).toHaveValue(/I have invited/)
  await page.keyboard.press('Tab')
  await expect(right.getByRole('combobox', { name: 'Article in right pane' })).toBeFocused()
})

test('with the left pane closed, the strip that opens it again comes before the right pane in Tab order', async ({ app }) => {
  const page = app.page
  await page.getByRole('button', { name: 'Close left pane' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Open the left pane' })).toBeVisible()
  const stops = await tabStops(page, 60)
  const seen = stops.filter((s) => s !== 'other').filter((s, i, all) => s !== all[i - 1])
  expect(seen).toEqual(['Open the left pane', 'right pane'])
})
