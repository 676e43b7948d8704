// Accessibility, checked with axe on every main screen: no serious or critical violation. Prints each
// screen's violations (id, impact, count) as rows of a table, for the record.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { check } from './axe-check'
import { expect, test } from './fixtures'
import { findInLeftPane, paletteFromLeftPane } from './command-steps'
import { clickText, selectText } from './select'

test('no serious or critical accessibility violation on any main screen', async ({ app }) => {
  test.setTimeout(180_000)
  const page = app.page
  await check(page, 'first run')

  const left = page.getByRole('region', { name: 'left pane' })
  await selectText(left, 'Belarus has expertise in urban planning')
  await page.keyboard.press('n')
  await page.keyboard.type('A note.')
  await page.keyboard.press('Escape')
  await clickText(left, 'has expertise')
  await expect(page.getByRole('dialog', { name: /^Highlight: Belarus has/ })).toBeVisible()
  await check(page, 'card open')
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: 'Annotations of the left pane' }).click()
  await check(page, 'sidebar')
  await page.getByRole('button', { name: 'Annotations of the left pane' }).click()

  await page.getByRole('button', { name: 'Compare', exact: true }).click()
  const panel = page.getByRole('complementary', { name: 'Comparison' })
  await expect(panel.locator('.pair').first()).toBeVisible()
  await check(page, 'compare: pairs')
  await panel.getByRole('tab', { name: /Quote check/ }).click()
  await check(page, 'compare: quote check')
  await panel.getByRole('button', { name: 'Close comparison' }).click()
  // The comparison made the library give way on this window: bring it back.
  await page.getByRole('button', { name: 'Show library' }).click()

  const dialogs: [string, string, string][] = [
    ['Export', 'Export', 'Export'],
    ['Tags', 'Tags', 'Tags'],
    ['Library and backups', 'Library and backups', 'Backups'],
    ['Edit details of “Belarus offers Azerbaijan help in restoring Karabakh region”', 'Edit article details', 'article details']
  ]
  for (const [button, dialog, screen] of dialogs) {
    await page.getByRole('button', { name: button, exact: true }).click()
    await expect(page.getByRole('dialog', { name: dialog })).toBeVisible()
    await check(page, screen)
    await page.keyboard.press('Escape')
  }

  await page.getByRole('button', { name: 'Add from URL', exact: true }).click()
  const addFromUrl = page.getByRole('dialog', { name: 'Add from URL' })
  await check(page, 'add from URL')
  await page.keyboard.press('Enter')
  await expect(addFromUrl.getByRole('alert')).toBeVisible()
  await check(page, 'add from URL: an address explained')
  if (app.slowDown) {
    // Main answers only after a minute: long enough to look at the dialog while the request runs.
    app.slowDown('importUrl', 60_000)
    await addFromUrl.getByRole('textbox', { name: 'URL' }).fill('https://example.org/a')
    await page.keyboard.press('Enter')
    await expect(addFromUrl.getByRole('button', { name: 'Cancel' })).toBeVisible()
    await check(page, 'add from URL: running')
    // Closed without Cancel, it goes on in a notice.
    await addFromUrl.getByRole('button', { name: 'Close Add from URL' }).click()
  } else await page.keyboard.press('Escape')
  await expect(addFromUrl).toBeHidden()

  const file = path.join(app.dataDir, 'note.md')
  writeFileSync(file, '# A short note\n\nOne paragraph of text to import.\n')
  await app.answerDialog([file])
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('dialog', { name: 'Import summary' })).toBeVisible()
  await check(page, 'import summary')
})

test('no serious or critical accessibility violation in the command palette and the find bar', async ({ app }) => {
  const page = app.page
  await paletteFromLeftPane(page, 'co')
  await check(page, 'command palette')
  await page.keyboard.press('Escape')
  await findInLeftPane(page, 'Karabakh')
  await check(page, 'find bar')
})
