// The library list and the pane pickers on a library of 500 articles, wide and narrow.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { generateLibrary, SIZES } from '../../bench/generate-library'
import { ChromiumApp } from '../harness/chromium-app'
import { e2eMode, test } from '../fixtures'

const out = path.resolve(import.meta.dirname, '../../shots')
mkdirSync(out, { recursive: true })

test.skip(e2eMode() !== 'chromium', 'the generated library is opened in the Chromium harness')

test('the library list and the pane pickers at 500 articles', async ({ browser }) => {
  test.setTimeout(120_000)
  const dir = mkdtempSync(path.join(os.tmpdir(), 'diptych-shots-scale-'))
  const g = generateLibrary(dir, SIZES.M)
  const app = new ChromiumApp(browser, dir)
  await app.start()
  const page = app.page
  try {
    await page.evaluate((ids) => window.api.updateSettings({ panes: ids }), [g.articles[0].id, g.articles[1].id] as [string, string])
    for (const [w, h] of [
      [1440, 900],
      [720, 480]
    ]) {
      await page.setViewportSize({ width: w, height: h })
      await page.reload()
      await page.locator('.app[data-ready="true"]').waitFor()
      // A narrow window folds the library away: the reader opens it with the top bar's button, then closes it.
      const showLibrary = page.getByRole('button', { name: 'Show library' })
      const folded = (await showLibrary.getAttribute('aria-pressed')) === 'false'
      if (folded) await showLibrary.click()
      await page.getByRole('navigation', { name: 'Library' }).locator('.article-list li').first().waitFor()
      await page.screenshot({ path: path.join(out, `20-library-list-${w}x${h}.png`) })
      if (folded) await showLibrary.click()
      const picker = page.getByRole('combobox', { name: 'Article in left pane' })
      await picker.click()
      await page.screenshot({ path: path.join(out, `21-pane-picker-open-${w}x${h}.png`) })
      await page.keyboard.type(g.articles[3].title.split(' ').slice(0, 1).join(' '))
      await page.keyboard.press('ArrowDown')
      await page.screenshot({ path: path.join(out, `22-pane-picker-typed-${w}x${h}.png`) })
      await page.keyboard.press('Escape')
    }
  } finally {
    await app.stop()
    rmSync(dir, { recursive: true, force: true })
  }
})
