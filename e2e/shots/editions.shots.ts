// Compare editions on a story its site edited after it was saved: the picture in the README.
import path from 'node:path'
import { test } from '../fixtures'
import { withEditionsCompared } from '../edition-steps'

const out = path.resolve(import.meta.dirname, '../../shots')

test('Compare editions', async ({ app }) => {
  const page = app.page
  await withEditionsCompared(page, async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.screenshot({ path: path.join(out, 'editions-compare.png') })
  })
})
