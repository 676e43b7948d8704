// What a search result shows of the text it matched: the paragraph the match is in, on one line, not
// the end of one paragraph run into the start of the next as if they were one sentence.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { selectText } from './select'

/** Searches as a reader does, typing, and gives the result list. */
async function search(page: Page, query: string) {
  const field = page.getByRole('searchbox', { name: 'Search the library' })
  await field.click()
  await field.fill('')
  await page.keyboard.type(query, { delay: 0 })
  const results = page.getByRole('region', { name: 'Search results' })
  await expect(results.locator('.search-summary')).toHaveText(/results? in/)
  return results
}

test('a text hit by the end of a paragraph shows that paragraph only', async ({ app }) => {
  const page = app.page
  const results = await search(page, 'epochs')
  const shown = results.getByRole('button', { name: /^text/ }).locator('.hit-snippet')
  await expect(shown).toHaveCount(1)
  // The paragraph ends with the match; the next one begins “"If in this great cause”.
  await expect(shown).toHaveText(/for centuries, for many epochs\."$/)
  await expect(shown).not.toContainText('If in this')

  const short = (await search(page, 'guests')).getByRole('button', { name: /^text/ }).locator('.hit-snippet')
  await expect(short).toHaveText('Dear guests.')
})

test('a highlight over a paragraph break shows the break as a pilcrow', async ({ app }) => {
  const page = app.page
  await selectText(page.getByRole('region', { name: 'right pane' }), 'Dear guests.\n\nDear friends.')
  await page.keyboard.press('h')
  const count = async () => {
    const lib = await page.evaluate(async () => await window.api.getLibrary())
    return lib.ok ? lib.value.highlights.length : -1
  }
  await expect.poll(count).toBe(1)
  const results = await search(page, 'guests')
  await expect(results.getByRole('button', { name: /^highlight/ }).locator('.hit-snippet')).toHaveText('Dear guests. ¶ Dear friends.')
})
