// Screenshots of the layouts that must hold: 720×480 and 1024×700 with the library and Compare open.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '../fixtures'

const out = path.resolve(import.meta.dirname, '../../shots')
mkdirSync(out, { recursive: true })
const shot = (name: string) => path.join(out, `${name}.png`)

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
  })
}
