// Editions as a reader meets them: a story saved from its address is edited by its site; Check for a new
// edition saves the new text, the highlight whose quotation was reworded shows the old and the new
// wording, the one whose passage is gone stays listed on the first edition, and Compare editions shows
// the two texts side by side with what changed. Pages come from the local test server on 127.0.0.1.
import { expect, test } from './fixtures'
import { checkForNewEdition, GONE, leftPane, storyEditedAfterSaving } from './edition-steps'
import { clickText } from './select'
import type { WebServer } from '../src/node/test-support/web-server'

let site: WebServer | undefined
test.afterEach(async () => {
  await site?.close()
})

test('a changed page becomes a new edition; the reworded quotation is marked, the lost one kept, and Compare editions shows both texts', async ({
  app
}) => {
  const page = app.page
  site = await storyEditedAfterSaving(page)
  const pane = leftPane(page)

  await checkForNewEdition(page)
  await expect(page.getByText('1 highlight moved to it with changed wording. 1 highlight stayed on the edition of')).toBeVisible()
  await expect(pane).toContainText('We hope to open the bridge in the summer of next year')
  await expect(pane.getByRole('group', { name: /^Editions of/ })).toContainText('Edition 2 of 2')

  // The reworded highlight: its card says what it said and what it says now.
  await clickText(pane, 'hope to open the bridge')
  const card = page.getByRole('dialog', { name: /^Highlight:/ })
  const mark = card.getByTestId('revised-mark')
  await expect(mark).toContainText('Wording changed in edition 2')
  await expect(mark.locator('del')).toHaveText(['will', 'spring'])
  await expect(mark.locator('ins')).toHaveText(['hope to', 'summer'])
  await page.keyboard.press('Escape')

  // The sidebar: the same mark, and the highlight whose passage is gone, listed on its edition.
  await pane.getByRole('button', { name: 'Annotations of the left pane' }).click()
  const sidebar = page.getByRole('complementary', { name: 'Annotations in the left pane' })
  await expect(sidebar.getByTestId('revised-mark')).toContainText('Wording changed in edition 2')
  const stayed = sidebar.getByRole('region', { name: /^1 highlight stayed on the edition of \d+ \w+ \d{4}$/ })
  await expect(stayed).toContainText(GONE)

  // Compare editions: the earlier text read-only beside the later, the changed quotation first.
  await stayed.getByRole('button', { name: 'Compare editions' }).click()
  const compare = page.getByRole('dialog', { name: 'Compare editions' })
  await expect(compare.getByRole('heading', { name: /^Edition 1, .* \(read-only\)$/ })).toBeVisible()
  await expect(compare.getByRole('heading', { name: /^Edition 2, / })).toBeVisible()
  const changes = compare.getByRole('region', { name: 'Changes' }).getByRole('listitem')
  await expect(changes.first()).toContainText('Quotation reworded')
  await expect(changes.first()).toContainText('We hope to open the bridge in the summer')
  await expect(compare.getByRole('region', { name: 'Your highlights whose wording changed' })).toContainText('Wording changed in edition 2')
  const reworded = compare.locator('.edition-row[data-kind="reworded"]').first()
  await expect(reworded.locator('del')).toHaveText(['will', 'spring'])
  await expect(reworded.locator('ins')).toHaveText(['hope to', 'summer'])
  await expect(compare.locator('.edition-row[data-kind="added"]').last()).toContainText(
    'The ferry will keep running until the bridge opens'
  )
  await expect(compare.getByRole('status')).toContainText(/Paragraphs .*reworded/)
})

test('checking again when the page has not changed makes no edition', async ({ app }) => {
  const page = app.page
  site = await storyEditedAfterSaving(page)
  await checkForNewEdition(page)
  await leftPane(page).getByRole('button', { name: 'Check for a new edition' }).click()
  await expect(page.getByText('has not changed since it was saved.')).toBeVisible()
  await expect(leftPane(page).getByRole('group', { name: /^Editions of/ })).toContainText('Edition 2 of 2')
})
