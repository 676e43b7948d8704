// Every field of a dialog keeps what the reader typed: Article details save as they are typed, and a
// tag's new name, not yet applied, is kept as a draft for when the Tags dialog opens again.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import type { AppHandle } from './harness/app-handle'
import { selectText } from './select'

const TITLE = 'Belarus offers help in restoring Karabakh'

async function titles(app: AppHandle): Promise<string[]> {
  const lib = await app.page.evaluate(async () => await window.api.getLibrary())
  if (!lib.ok) throw new Error('library')
  return lib.value.articles.map((a) => a.title).sort()
}

async function typeTitle(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Edit details of “Belarus offers/ }).click()
  const title = page.getByRole('dialog', { name: 'Edit article details' }).getByLabel('Title')
  await title.press('ControlOrMeta+a')
  await page.keyboard.type(TITLE, { delay: 0 })
}

test('Article details typed, then Escape: the new title is there after a restart', async ({ app }) => {
  await typeTitle(app.page)
  await app.page.keyboard.press('Escape')
  await expect(app.page.getByRole('dialog', { name: 'Edit article details' })).toHaveCount(0)
  await expect.poll(() => titles(app)).toContain(TITLE)
  await app.restart()
  expect(await titles(app)).toContain(TITLE)
})

test('Article details typed, then a click outside the dialog: the new title is kept', async ({ app }) => {
  await typeTitle(app.page)
  await app.page.mouse.click(5, app.page.viewportSize()!.height - 5)
  await expect(app.page.getByRole('dialog', { name: 'Edit article details' })).toHaveCount(0)
  await expect.poll(() => titles(app)).toContain(TITLE)
})

test('Article details save after a pause in typing, with the dialog still open', async ({ app }) => {
  await typeTitle(app.page)
  await expect.poll(() => titles(app)).toContain(TITLE)
  await expect(app.page.getByRole('dialog', { name: 'Edit article details' })).toBeVisible()
})

test('a tag name typed in Rename and not applied is there again when the Tags dialog reopens', async ({ app }) => {
  const page = app.page
  await selectText(page.getByRole('region', { name: 'right pane' }), 'Dear friends.')
  await page.keyboard.type('tquote', { delay: 0 })
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Tags', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Tags' })
  await dialog.getByRole('button', { name: 'Rename quote' }).click()
  await dialog.getByLabel('New name for quote').press('ControlOrMeta+a')
  await page.keyboard.type('quotation', { delay: 0 })
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await page.getByRole('button', { name: 'Tags', exact: true }).click()
  await expect(dialog.getByLabel('New name for quote')).toHaveValue('quotation')
  // Nothing is renamed until the reader says so.
  const lib = await page.evaluate(async () => await window.api.getLibrary())
  expect(lib.ok && lib.value.highlights.map((h) => h.tags)).toEqual([['quote']])
  await dialog.getByRole('button', { name: 'Rename', exact: true }).click()
  await expect(dialog.getByText('#quotation')).toBeVisible()
})
