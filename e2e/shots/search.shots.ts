// Screenshots of the library search's states: between a keystroke and its answer (Searching…), results
// with one picked from the keyboard, and a query that finds nothing; in every theme, at the two small sizes.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '../fixtures'

const out = path.resolve(import.meta.dirname, '../../shots')
mkdirSync(out, { recursive: true })
const shot = (name: string) => path.join(out, `${name}.png`)

const SIZES = [
  [720, 480],
  [1024, 700]
] as const

for (const theme of ['Light', 'Sepia', 'Dark']) {
  test(`library search in the ${theme.toLowerCase()} theme`, async ({ app }) => {
    const page = app.page
    await page.clock.install()
    await page.reload()
    await page.locator('.app[data-ready="true"]').waitFor()
    await page.keyboard.press('Control+,')
    await page.getByRole('dialog', { name: 'Settings' }).getByRole('radio', { name: theme }).check()
    await page.keyboard.press('Escape')
    // Time stands still from here, so that the state between a keystroke and the search's debounce can be photographed.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000)
    const search = page.getByRole('searchbox', { name: 'Search the library' })
    const results = page.getByRole('region', { name: 'Search results' })
    for (const [width, height] of SIZES) {
      const name = (state: string) => shot(`30-search-${state}-${theme.toLowerCase()}-${width}x${height}`)
      await page.setViewportSize({ width, height })
      await search.fill('Lukashenko')
      await page.clock.runFor(300)
      await expect(results.locator('.search-hit').first()).toBeVisible()
      await search.press('ArrowDown')
      await page.keyboard.press('ArrowDown')
      await expect(results.locator('.search-hit').nth(1)).toBeFocused()
      await page.screenshot({ path: name('results') })
      await search.fill('reconstruction')
      await expect(results).toContainText('Searching…')
      await page.screenshot({ path: name('searching') })
      await page.clock.runFor(300)
      await search.fill('zzyzx quorble')
      await page.clock.runFor(300)
      await expect(results).toContainText('Nothing found')
      await page.screenshot({ path: name('nothing') })
      await search.fill('')
    }
  })
}
