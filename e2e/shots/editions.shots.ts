// Compare editions on a story its site edited after it was saved: the picture in the README.
import path from 'node:path'
import { expect, test } from '../fixtures'
import { checkForNewEdition, leftPane, storyEditedAfterSaving } from '../edition-steps'

const out = path.resolve(import.meta.dirname, '../../shots')

test('Compare editions', async ({ app }) => {
  const page = app.page
  await page.setViewportSize({ width: 1440, height: 900 })
  const site = await storyEditedAfterSaving(page)
  try {
    await checkForNewEdition(page)
    await leftPane(page).getByRole('button', { name: 'Compare editions' }).click()
    const compare = page.getByRole('dialog', { name: 'Compare editions' })
    await expect(compare.getByRole('region', { name: 'Changes' })).toBeVisible()
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.screenshot({ path: path.join(out, 'editions-compare.png') })
  } finally {
    await site.close()
  }
})
