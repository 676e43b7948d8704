// Screenshots of the Compare panel with the keyboard focus on a tab, at the two window sizes that must hold:
// the focus ring shows and nothing of the tabs is cut off.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '../fixtures'

const out = path.resolve(import.meta.dirname, '../../shots')
mkdirSync(out, { recursive: true })

for (const [width, height] of [
  [720, 480],
  [1024, 700]
]) {
  test(`${width}×${height}: Compare with the focus on a tab`, async ({ app }) => {
    const page = app.page
    await page.setViewportSize({ width, height })
    // The divider, reached by Shift+Tab from the right pane's first control (past Swap).
    if (width > 720) {
      await page.getByRole('combobox', { name: 'Article in right pane' }).focus()
      await page.keyboard.press('Shift+Tab')
      await page.keyboard.press('Shift+Tab')
      await expect(page.getByRole('separator', { name: 'Resize panes' })).toBeFocused()
      await page.screenshot({ path: path.join(out, `32-divider-focus-${width}x${height}.png`) })
    }
    await page.keyboard.press('Control+Shift+C')
    const panel = page.getByRole('complementary', { name: 'Comparison' })
    await expect(panel.locator('.pair').first()).toBeVisible()
    await page.getByRole('button', { name: 'Dismiss message' }).click()
    await panel.getByRole('button', { name: 'Close comparison' }).focus()
    await page.keyboard.press('Shift+Tab')
    await expect(panel.getByRole('tab', { name: /Pairs/ })).toBeFocused()
    await page.screenshot({ path: path.join(out, `30-compare-pairs-tab-focus-${width}x${height}.png`) })
    await page.keyboard.press('ArrowRight')
    await expect(panel.getByRole('tabpanel', { name: /Quote check/ })).toBeVisible()
    await page.screenshot({ path: path.join(out, `31-compare-quote-tab-focus-${width}x${height}.png`) })
  })
}
