// Screenshots of every theme, and of the layouts that must hold: 720×480 and 1024×700 with Compare open.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures'
import { selectText } from '../select'

const out = path.resolve(import.meta.dirname, '../../shots')
mkdirSync(out, { recursive: true })
const shot = (name: string) => path.join(out, `${name}.png`)

async function chooseTheme(page: Page, theme: string): Promise<void> {
  await page.keyboard.press('Control+,')
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('radio', { name: theme }).check()
  await page.keyboard.press('Escape')
}

/** One highlight of each colour in the left pane, and a card open. */
async function highlightAll(page: Page): Promise<void> {
  const left = page.getByRole('region', { name: 'left pane' })
  const toolbar = page.getByRole('toolbar', { name: 'Highlight the selection' })
  const passages: [string, string][] = [
    ['Belarusian President Alexander Lukashenko', 'yellow'],
    ['offered assistance in the post-war reconstruction', 'green'],
    ['Speaking at a news conference in Baku', 'blue'],
    ['praised the return of Azerbaijani lands', 'pink'],
    ['will be remembered for centuries', 'purple']
  ]
  for (const [text, color] of passages) {
    await selectText(left, text)
    await toolbar.getByRole('button', { name: color, exact: true }).click()
  }
  await page.mouse.move(0, 0)
}

for (const theme of ['Light', 'Sepia', 'Dark']) {
  test(`the ${theme.toLowerCase()} theme: highlights, compare, a dialog`, async ({ app }) => {
    const page = app.page
    await page.setViewportSize({ width: 1280, height: 760 })
    await chooseTheme(page, theme)
    await highlightAll(page)
    await page.screenshot({ path: shot(`20-theme-${theme.toLowerCase()}`) })
    await page.getByRole('button', { name: 'Annotations of the left pane' }).click()
    await page.screenshot({ path: shot(`24-theme-${theme.toLowerCase()}-sidebar`) })
    await page.getByRole('button', { name: 'Annotations of the left pane' }).click()
    await page.getByRole('button', { name: 'Compare', exact: true }).click()
    await expect(page.getByRole('complementary', { name: 'Comparison' }).locator('.pair').first()).toBeVisible()
    await page.getByRole('button', { name: 'Dismiss message' }).click()
    await page.screenshot({ path: shot(`21-theme-${theme.toLowerCase()}-compare`) })
    await page.getByRole('tab', { name: /Quote check/ }).click()
    await page.screenshot({ path: shot(`22-theme-${theme.toLowerCase()}-quote-check`) })
    await page.keyboard.press('Control+,')
    await page.screenshot({ path: shot(`23-theme-${theme.toLowerCase()}-settings`) })
  })
}

for (const [width, height] of [
  [720, 480],
  [1024, 700]
]) {
  test(`${width}×${height} with Compare open`, async ({ app }) => {
    const page = app.page
    await page.setViewportSize({ width, height })
    await page.getByRole('button', { name: 'Compare', exact: true }).click()
    await expect(page.getByRole('complementary', { name: 'Comparison' }).locator('.pair').first()).toBeVisible()
    await page.screenshot({ path: shot(`10-compare-${width}x${height}`) })
    await page.getByRole('button', { name: 'Show library' }).click()
    await page.screenshot({ path: shot(`11-compare-library-${width}x${height}`) })
    await page.getByRole('button', { name: 'Show library' }).click()
    await page.getByRole('button', { name: 'Close comparison' }).click()
    await page.getByRole('button', { name: 'Annotations of the left pane' }).click()
    await page.screenshot({ path: shot(`12-sidebar-${width}x${height}`) })
    if (await page.getByRole('button', { name: 'More', exact: true }).isVisible()) {
      await page.getByRole('button', { name: 'More', exact: true }).click()
      await page.screenshot({ path: shot(`13-more-${width}x${height}`) })
    }
  })
}
