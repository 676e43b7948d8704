// Find sources: from the pane's button and from the palette, the ranked sources of the report; choosing
// one opens it beside the report with the comparison shown.
import { paletteFromLeftPane } from './command-steps'
import { expect, test } from './fixtures'

const STATEMENT = /I have invited Belarusian companies/

test('find the sources of the report, open the statement beside it, compared', async ({ app }) => {
  const page = app.page
  // Only the report open: the source must come from the library, not from the other pane.
  await page.getByRole('button', { name: 'Close right pane' }).click()
  await page.getByRole('button', { name: 'Find sources of the article in the left pane' }).click()
  const dialog = page.getByRole('dialog', { name: /^Sources of “Belarus offers Azerbaijan help/ })
  const list = dialog.getByRole('list', { name: 'Sources' })
  const first = list.getByRole('button').first()
  await expect(first).toContainText(STATEMENT)
  await expect(first).toContainText(/\d+% of this article · \d+ passages/)
  await expect(first).toContainText(/Quoted|Reworded/)
  await page.screenshot({ path: 'test-results/sources-dialog.png' })

  // The first source has the focus: Enter opens it, with Compare run.
  await expect(first).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog).toHaveCount(0)
  await expect(page.getByRole('region', { name: 'right pane' }).locator('.title')).toHaveText(STATEMENT)
  const panel = page.getByRole('complementary', { name: 'Comparison' })
  await expect(panel).toBeVisible()
  await expect(panel.locator('.pair').filter({ hasText: 'We have to rebuild a significant area from scratch' })).toHaveCount(1)
  await page.screenshot({ path: 'test-results/sources-pair.png' })
})

test('the palette finds sources from the keyboard; Escape closes the list', async ({ app }) => {
  const page = app.page
  await paletteFromLeftPane(page, 'Find Sources')
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: /^Sources of/ })
  await expect(dialog.getByRole('list', { name: 'Sources' }).getByRole('button').first()).toContainText(STATEMENT)
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
})
