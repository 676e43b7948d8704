// Smaller defects a reader meets: each as the reader would notice it.
import { expect, test } from './fixtures'
import type { AppHandle } from './harness/app-handle'
import { selectText } from './select'

async function library(app: AppHandle) {
  const lib = await app.page.evaluate(async () => await window.api.getLibrary())
  if (!lib.ok) throw new Error('library')
  return lib.value
}

test('Accept shows that the pair is linked, and how', async ({ app }) => {
  const page = app.page
  await page.getByRole('button', { name: 'Compare', exact: true }).click()
  const pair = page.getByRole('complementary', { name: 'Comparison' }).locator('.pair').first()
  await pair.getByRole('button', { name: /^Accept pair/ }).click()
  await expect(pair.getByRole('status')).toContainText(/Linked: (quotes|paraphrases)/)
  await expect(pair.getByRole('button', { name: /^Accept pair/ })).toHaveCount(0)
})

test('Link… by hand lets the reader choose the relation, and the hint goes once the link is made', async ({ app }) => {
  const page = app.page
  const toolbar = page.getByRole('toolbar', { name: 'Highlight the selection' })
  await selectText(page.getByRole('region', { name: 'left pane' }), 'Belarus has expertise in urban planning')
  await toolbar.getByRole('button', { name: 'Link…' }).click()
  const hint = page.locator('.notice', { hasText: 'Now select the counterpart' })
  await expect(hint).toBeVisible()
  await selectText(page.getByRole('region', { name: 'right pane' }), 'Belarus has very good experience in urban planning')
  await toolbar.getByRole('combobox', { name: 'Relation of the link' }).selectOption('paraphrases')
  await toolbar.getByRole('button', { name: 'Link', exact: true }).click()
  await expect.poll(async () => (await library(app)).links.map((l) => l.relation)).toEqual(['paraphrases'])
  await expect(hint).toHaveCount(0)
})

test('tags match whatever their case, spelt as first written', async ({ app }) => {
  const page = app.page
  const pane = page.getByRole('region', { name: 'right pane' })
  await selectText(pane, 'Dear friends.')
  await page.keyboard.type('tquote', { delay: 0 })
  await page.keyboard.press('Enter')
  await page.keyboard.type('QUOTE')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await selectText(pane, 'Dear guests.')
  await page.keyboard.type('tQuote', { delay: 0 })
  await page.keyboard.press('Enter')
  await expect.poll(async () => (await library(app)).highlights.map((h) => h.tags)).toEqual([['quote'], ['quote']])
})

test('a published date not written YYYY-MM-DD is refused', async ({ app }) => {
  const page = app.page
  await page.getByRole('button', { name: /^Edit details of “Belarus offers/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit article details' })
  await dialog.getByLabel('Published').fill('16/05/2024')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeVisible()
  expect(await dialog.getByLabel('Published').evaluate((el: HTMLInputElement) => el.validity.valid)).toBe(false)
  expect((await library(app)).articles.find((a) => a.title.startsWith('Belarus offers'))?.published).not.toBe('16/05/2024')
})

test('disabled buttons look disabled', async ({ app }) => {
  const page = app.page
  const undo = page.getByRole('button', { name: 'Undo', exact: true })
  await expect(undo).toBeDisabled()
  expect(Number(await undo.evaluate((el) => getComputedStyle(el).opacity))).toBeLessThan(0.6)
  await page.getByRole('button', { name: 'Close right pane' }).click()
  const compare = page.getByRole('button', { name: 'Compare', exact: true })
  await expect(compare).toBeDisabled()
  expect(Number(await compare.evaluate((el) => getComputedStyle(el).opacity))).toBeLessThan(0.6)
})

test('a pair chosen in the panel with both passages off screen brings both into view, level', async ({ app }) => {
  const page = app.page
  await page.getByRole('button', { name: 'Compare', exact: true }).click()
  const pairs = page.getByRole('complementary', { name: 'Comparison' }).locator('.pair')
  await expect(pairs.first()).toBeVisible()
  await pairs.last().locator('.pair-texts').click()
  const tops = async () =>
    page.evaluate(() => {
      const out: number[] = []
      for (const side of [0, 1]) {
        const scroller = document.querySelector<HTMLElement>(`.pane[data-side-index="${side}"] .pane-scroll`)!
        const box = scroller.getBoundingClientRect()
        const marks = CSS.highlights.get('pair-hover')
        const range = marks
          ? [...marks].find((r) => (r as Range).commonAncestorContainer && scroller.contains((r as Range).startContainer))
          : null
        const rect = range ? (range as Range).getClientRects()[0] : null
        out.push(rect && rect.top >= box.top && rect.bottom <= box.bottom ? Math.round(rect.top) : -1)
      }
      return out
    })
  await expect
    .poll(async () => {
      const [a, b] = await tops()
      return a >= 0 && b >= 0 && Math.abs(a - b) <= 2
    })
    .toBe(true)
})
