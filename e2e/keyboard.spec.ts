// Every flow from the keyboard: dialogs, shortcuts in fields, the shortcut sheet, the paragraph cursor.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from './fixtures'
import type { Locator, Page } from '@playwright/test'

async function focusedInside(dialog: Locator): Promise<boolean> {
  return dialog.evaluate((el) => el.contains(document.activeElement))
}

async function checkDialog(page: Page, opener: Locator, name: string | RegExp): Promise<void> {
  await opener.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name })
  await expect(dialog).toBeVisible()
  await expect(dialog).toHaveAttribute('aria-modal', 'true')
  await expect.poll(() => focusedInside(dialog)).toBe(true)
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab')
    expect(await focusedInside(dialog), `focus left the ${String(name)} dialog after ${i + 1} Tab presses`).toBe(true)
  }
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(opener).toBeFocused()
}

test('dialogs take focus, keep it inside, close on Escape and give it back', async ({ app }) => {
  const page = app.page
  await checkDialog(page, page.getByRole('button', { name: 'Export', exact: true }), 'Export')
  await checkDialog(page, page.getByRole('button', { name: 'Tags', exact: true }), 'Tags')
  await checkDialog(page, page.getByRole('button', { name: 'Library and backups' }), 'Library and backups')
  await checkDialog(page, page.getByRole('button', { name: /^Edit details of “Belarus offers/ }), 'Edit article details')
  const file = path.join(app.dataDir, 'note.md')
  writeFileSync(file, '# A short note\n\nOne paragraph of text to import.\n')
  await app.answerDialog([file])
  await checkDialog(page, page.getByRole('button', { name: 'Import', exact: true }), 'Import summary')
})
