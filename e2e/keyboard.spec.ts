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

/** A reader presses j once the pane shows its text: in browser mode the article can arrive after the
 *  pane takes focus, and a j before it moves no cursor. */
const paneTextShown = (pane: Locator) => expect(pane.locator('.article-text [data-start]').first()).toBeVisible()

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

async function lib(page: Page) {
  const r = await page.evaluate(async () => await window.api.getLibrary())
  if (!r.ok) throw new Error('library')
  return r.value
}

test('keyboard only: j / k move a visible paragraph cursor, Shift+arrows select from it, 1–5 and h highlight, [ ] jump', async ({
  app
}) => {
  const page = app.page
  const right = page.getByRole('region', { name: 'right pane' })
  await right.getByRole('combobox', { name: 'Article in right pane' }).focus()
  // Past the pane's Annotations, Sources and Close buttons to its text.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab')
  await expect(right.locator('.pane-scroll')).toBeFocused()
  await paneTextShown(right)
  await page.keyboard.press('j')
  const first = right.locator('.article-text [data-start]').first()
  await expect(first).toBeFocused()
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  await page.keyboard.press('k')
  await expect(right.locator('.article-text [data-start]').nth(1)).toBeFocused()
  await expect(right.locator('.article-text [data-start]').nth(1)).toHaveCSS('outline-style', 'solid')
  // Two words from the cursor, in green (2).
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('2')
  await expect
    .poll(async () => (await lib(page)).highlights.map((h) => [h.quote.exact.trim(), h.color]))
    .toEqual([['Statement by', 'green']])
  // With nothing selected, h highlights the whole paragraph at the cursor.
  await page.keyboard.press('j')
  await page.keyboard.press('h')
  await expect
    .poll(async () => (await lib(page)).highlights.map((h) => h.quote.exact))
    .toEqual(['Statement by', '- Dear Aleksandr Grigoryevich.'])
  // [ goes back to the previous highlight and opens its card.
  await page.keyboard.press('[')
  await expect(page.getByRole('dialog', { name: /^Highlight: Statement by/ })).toBeVisible()
  await page.keyboard.press(']')
  await expect(page.getByRole('dialog', { name: /^Highlight: - Dear Aleksandr/ })).toBeVisible()
})

test('the selection toolbar is reached with Tab', async ({ app }) => {
  const page = app.page
  const right = page.getByRole('region', { name: 'right pane' })
  await paneTextShown(right)
  await right.locator('.pane-scroll').focus()
  await page.keyboard.press('j')
  await page.keyboard.press('Shift+ArrowDown')
  const toolbar = page.getByRole('toolbar', { name: 'Highlight the selection' })
  await expect(toolbar).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(toolbar.getByRole('button', { name: 'Highlight', exact: true })).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect.poll(async () => (await lib(page)).highlights.map((h) => h.color)).toEqual(['green'])
})

test('shortcuts work from the search and filter fields; Escape closes the results before it clears the search', async ({ app }) => {
  const page = app.page
  const search = page.getByRole('searchbox', { name: 'Search the library' })
  await search.fill('Karabakh')
  await expect(page.getByRole('region', { name: 'Search results' })).toBeVisible()
  await search.press('Escape')
  await expect(page.getByRole('region', { name: 'Search results' })).toHaveCount(0)
  await expect(search).toHaveValue('Karabakh')
  await search.press('Escape')
  await expect(search).toHaveValue('')
  await search.press('Control+e')
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible()
  await page.keyboard.press('Escape')
  await page.getByRole('searchbox', { name: 'Filter the library' }).press('Control+Shift+C')
  await expect(page.getByRole('complementary', { name: 'Comparison' })).toBeVisible()
})

test('? opens the sheet of every shortcut', async ({ app }) => {
  const page = app.page
  await page.locator('body').press('?')
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(sheet).toBeVisible()
  for (const text of ['Undo', 'Export', 'paragraph cursor', 'Ctrl+Shift+C']) await expect(sheet).toContainText(text)
})

test('a key on a paragraph highlighted already acts on that highlight: no second highlight of the same passage', async ({ app }) => {
  const page = app.page
  const right = page.getByRole('region', { name: 'right pane' })
  await paneTextShown(right)
  await right.locator('.pane-scroll').focus()
  await page.keyboard.press('j')
  await expect(right.locator('.article-text [data-start]').first()).toBeFocused()
  await page.keyboard.press('h')
  await expect.poll(async () => (await lib(page)).highlights.length).toBe(1)
  // The cursor is still on that paragraph: t opens the highlight's tags, typed into at once.
  await page.keyboard.press('t')
  await page.keyboard.type('checked', { delay: 0 })
  await page.keyboard.press('Enter')
  await expect.poll(async () => (await lib(page)).highlights.map((h) => h.tags)).toEqual([['checked']])
  await page.keyboard.press('Escape')
  await right.locator('.article-text [data-start]').first().focus()
  await page.keyboard.press('4')
  await expect.poll(async () => (await lib(page)).highlights.map((h) => [h.color, h.tags])).toEqual([['pink', ['checked']]])
})

test('search from the keyboard: Enter opens the first result at once, arrows walk the results, and no result of an older query is shown', async ({
  app
}) => {
  const page = app.page
  // Time stands still, so that what shows between a keystroke and the search's debounce can be looked at,
  // however slowly the test runs: install() alone lets time go on, and under load the debounce could pass first.
  await page.clock.install()
  await page.reload()
  await page.locator('.app[data-ready="true"]').waitFor()
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000)
  const search = page.getByRole('searchbox', { name: 'Search the library' })
  const results = page.getByRole('region', { name: 'Search results' })
  await search.fill('Lukashenko')
  await page.clock.runFor(300)
  await expect(results.locator('.search-hit').first()).toBeVisible()
  await search.press('ArrowDown')
  await expect(results.locator('.search-hit').first()).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(results.locator('.search-hit').nth(1)).toBeFocused()
  await page.getByRole('button', { name: 'Close left pane' }).click()
  await search.fill('Belarus offers Azerbaijan')
  // Before the new query's debounce: the Lukashenko hits are not shown under it.
  await expect(results).toContainText('Searching…')
  await expect(results.locator('.search-hit')).toHaveCount(0)
  await search.press('Enter')
  await expect(results).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1, name: 'Belarus offers Azerbaijan help in restoring Karabakh region' })).toBeVisible()
})
