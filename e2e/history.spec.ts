// One history for every change, in every panel: undo takes back exactly what the reader expects.
import { expect, test } from './fixtures'
import type { AppHandle } from './harness/app-handle'
import { clickText, selectText } from './select'

async function library(app: AppHandle) {
  const lib = await app.page.evaluate(async () => await window.api.getLibrary())
  if (!lib.ok) throw new Error('library')
  return lib.value
}

async function highlight(app: AppHandle, text: string): Promise<void> {
  const count = (await library(app)).highlights.length
  await selectText(app.page.getByRole('region', { name: 'right pane' }), text)
  await app.page.keyboard.press('h')
  await expect.poll(async () => (await library(app)).highlights.length).toBe(count + 1)
}

/** Highlights A ("Dear friends.") and B ("Dear guests."), deletes A from its card; the message it leaves. */
async function twoHighlightsFirstDeleted(app: AppHandle) {
  const pane = app.page.getByRole('region', { name: 'right pane' })
  await highlight(app, 'Dear friends.')
  await highlight(app, 'Dear guests.')
  await clickText(pane, 'Dear friends')
  await app.page
    .getByRole('dialog', { name: /^Highlight: Dear friends/ })
    .getByRole('button', { name: 'Delete highlight' })
    .click()
  const deleted = app.page.locator('.notice', { hasText: 'Highlight deleted.' })
  await expect(deleted).toBeVisible()
  return { pane, deleted }
}

/** The reader's click on the delete message's Undo, if the message is still there to be clicked. */
async function clickUndoOfDeleteIfShown(app: AppHandle): Promise<void> {
  await app.page.evaluate(() => {
    const notice = [...document.querySelectorAll('.notice')].find((n) => n.textContent?.includes('Highlight deleted.'))
    notice?.querySelector<HTMLButtonElement>('.notice-action')?.click()
  })
}

test('a message offering Undo goes away once a newer change is made; while latest, its Undo undoes it', async ({ app }) => {
  const page = app.page
  const { pane, deleted } = await twoHighlightsFirstDeleted(app)
  await clickText(pane, 'Dear guests')
  const blue = page.getByRole('dialog', { name: /^Highlight: Dear guests/ }).getByRole('button', { name: 'Colour blue' })
  await blue.click()
  await expect(blue).toHaveAttribute('aria-pressed', 'true')
  // Whatever the reader clicks now on that message, B stays blue and A deleted: the message cannot undo
  // what it names any more, so it is gone.
  await clickUndoOfDeleteIfShown(app)
  await expect(deleted).toHaveCount(0)
  await expect.poll(async () => (await library(app)).highlights.map((h) => [h.quote.exact, h.color])).toEqual([['Dear guests.', 'blue']])

  await page
    .getByRole('dialog', { name: /^Highlight: Dear guests/ })
    .getByRole('button', { name: 'Delete highlight' })
    .click()
  await page.locator('.notice', { hasText: 'Highlight deleted.' }).getByRole('button', { name: 'Undo' }).click()
  await expect.poll(async () => (await library(app)).highlights.map((h) => [h.quote.exact, h.color])).toEqual([['Dear guests.', 'blue']])
})

test('a change made while main is slow to answer retires the earlier message at once', async ({ app }) => {
  test.skip(!app.slowDown, 'needs the Chromium harness')
  const page = app.page
  const { pane, deleted } = await twoHighlightsFirstDeleted(app)
  app.slowDown!('updateHighlight', 1500)
  await clickText(pane, 'Dear guests')
  await page
    .getByRole('dialog', { name: /^Highlight: Dear guests/ })
    .getByRole('button', { name: 'Colour blue' })
    .click()
  // The recolour is the latest change from the click on, not from main's answer: the reader's next click,
  // on the earlier message's Undo, must not bring A back.
  await clickUndoOfDeleteIfShown(app)
  await expect(deleted).toHaveCount(0)
  await expect.poll(async () => (await library(app)).highlights.map((h) => [h.quote.exact, h.color])).toEqual([['Dear guests.', 'blue']])
})

test('Ctrl+Z after Reject brings the rejected pair back, and leaves the accepted one linked', async ({ app }) => {
  const page = app.page
  await page.keyboard.press('Control+Shift+C')
  const pairs = page.getByRole('complementary', { name: 'Comparison' }).locator('.pair')
  await expect(pairs.first()).toBeVisible()
  const count = await pairs.count()
  await pairs
    .first()
    .getByRole('button', { name: /^Accept pair/ })
    .click()
  await expect.poll(async () => (await library(app)).links.length).toBe(1)
  const rejected = await pairs.nth(1).locator('.pair-a').textContent()
  await pairs
    .nth(1)
    .getByRole('button', { name: /^Reject pair/ })
    .click()
  await expect(pairs.locator('.pair-a', { hasText: rejected! })).toHaveCount(0)
  await page.locator('body').press('Control+z')
  await expect(pairs.locator('.pair-a', { hasText: rejected! })).toHaveCount(1)
  await expect(page.locator('.notice', { hasText: /^Undid reject/ })).toBeVisible()
  expect((await library(app)).links).toHaveLength(1)
  expect((await library(app)).rejectedPairs).toHaveLength(0)
  expect(await pairs.count()).toBe(count)
})

test('three quick Ctrl+Z presses undo three changes', async ({ app }) => {
  await highlight(app, 'Dear friends.')
  await highlight(app, 'Dear guests.')
  await highlight(app, 'Dear Aleksandr Grigoryevich.')
  await app.page.locator('body').press('Control+z')
  await app.page.locator('body').press('Control+z')
  await app.page.locator('body').press('Control+z')
  await expect.poll(async () => (await library(app)).highlights.length).toBe(0)
})

test('Empty trash asks first, with the count; the trash message goes once it cannot be undone', async ({ app }) => {
  const page = app.page
  const nav = page.getByRole('navigation', { name: 'Library' })
  await page.getByRole('button', { name: /^Delete “Belarus offers/ }).click()
  const moved = page.locator('.notice', { hasText: 'moved to the trash' })
  await expect(moved).toBeVisible()
  await nav.getByRole('button', { name: 'Trash (1)' }).click()
  await nav.getByRole('button', { name: 'Empty trash' }).click()
  const confirm = page.getByRole('dialog', { name: 'Empty the trash' })
  await expect(confirm).toContainText('1 article')
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  expect((await library(app)).articles.filter((a) => a.deletedAt)).toHaveLength(1)
  await nav.getByRole('button', { name: 'Empty trash' }).click()
  await confirm.getByRole('button', { name: 'Delete for good' }).click()
  await expect(page.locator('.notice', { hasText: 'deleted for good' })).toBeVisible()
  await expect(moved).toHaveCount(0)
  expect((await library(app)).articles.filter((a) => a.deletedAt)).toHaveLength(0)
})
