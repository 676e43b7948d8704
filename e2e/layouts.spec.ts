// Layouts that hold at 720×480 and 1024×700 with the library and Compare open: every top-bar command
// reachable, text columns of at least 40 characters, no word broken mid-word, nothing cut or covered.
import type { Page } from '@playwright/test'
import path from 'node:path'
import { writeFileSync } from 'node:fs'
import { expect, test } from './fixtures'
import { brokenWords, columnChars, cutFields, overlaps } from './measure'

const COMMANDS = ['Compare', 'Sync scroll', 'Tags', 'Export', 'Library and backups', 'Settings', 'Undo', 'Redo']

async function openCompare(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Compare', exact: true }).click()
  await expect(page.getByRole('complementary', { name: 'Comparison' }).locator('.pair').first()).toBeVisible()
}

/** The commands a reader reaches in the top bar: its buttons wholly on screen, and the More menu's items. */
async function reachableCommands(page: Page): Promise<string[]> {
  const bar = page.locator('.topbar')
  const onScreen = await bar.locator('button, label.toggle').evaluateAll((els) =>
    els
      .filter((el) => {
        const r = el.getBoundingClientRect()
        return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth && !el.closest('[inert]')
      })
      .map((el) => el.getAttribute('aria-label') ?? el.textContent!.trim())
  )
  const more = bar.getByRole('button', { name: 'More', exact: true })
  if (!(await more.isVisible())) return onScreen
  await more.focus()
  await page.keyboard.press('Enter')
  const menu = page.getByRole('menu', { name: 'More commands' })
  await expect(menu).toBeVisible()
  const inMenu = (await menu.locator('[role^="menuitem"]').allTextContents()).map((t) => t.replace('✓', '').trim())
  await page.keyboard.press('Escape')
  await expect(menu).toBeHidden()
  await expect(more).toBeFocused()
  return [...onScreen, ...inMenu]
}

for (const [width, height] of [
  [720, 480],
  [1024, 700]
] as const) {
  test.describe(`at ${width}×${height} with Compare open`, () => {
    test.beforeEach(async ({ app }) => {
      await app.page.setViewportSize({ width, height })
      await openCompare(app.page)
    })

    test('every top-bar command is reachable, on the bar or in More', async ({ app }) => {
      const reached = await reachableCommands(app.page)
      expect(COMMANDS.filter((c) => !reached.includes(c))).toEqual([])
    })

    test('each text column holds at least 40 characters, and no word is broken', async ({ app }) => {
      const page = app.page
      const chars = await columnChars(page)
      expect(Object.keys(chars)).toEqual(['left', 'right'])
      for (const [side, n] of Object.entries(chars)) expect(n, `${side} column`).toBeGreaterThanOrEqual(40)
      expect(await brokenWords(page.locator('.pane .title, .pane .article-text [data-start]'))).toEqual([])
    })

    test('with the library open too, the text columns keep 40 characters', async ({ app }) => {
      const page = app.page
      await page.getByRole('button', { name: 'Show library' }).click()
      await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible()
      for (const [side, n] of Object.entries(await columnChars(page))) expect(n, `${side} column`).toBeGreaterThanOrEqual(40)
    })
  })
}

test('at 720×480 the library lies over the text, and its close button and Escape close it', async ({ app }) => {
  const page = app.page
  await page.setViewportSize({ width: 720, height: 480 })
  await page.getByRole('button', { name: 'Show library' }).click()
  const library = page.getByRole('navigation', { name: 'Library' })
  await expect(library).toBeVisible()
  await library.getByRole('searchbox', { name: 'Filter the library' }).focus()
  await page.keyboard.press('Escape')
  await expect(library).toBeHidden()
  await page.getByRole('button', { name: 'Show library' }).click()
  await page.getByRole('button', { name: 'Close the library' }).click()
  await expect(library).toBeHidden()
})

test('a More menu works from the keyboard alone: it opens, moves, and runs a command', async ({ app }) => {
  const page = app.page
  await page.setViewportSize({ width: 720, height: 480 })
  const more = page.getByRole('button', { name: 'More', exact: true })
  await more.focus()
  await page.keyboard.press('ArrowDown')
  const menu = page.getByRole('menu', { name: 'More commands' })
  await expect(menu.getByRole('menuitem').first()).toBeFocused()
  const settings = menu.getByRole('menuitem', { name: 'Settings' })
  for (let i = 0; i < 8 && !(await settings.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible()
})

test('the library sort and filters show whole words, with three of them', async ({ app }) => {
  const page = app.page
  const file = path.join(app.dataDir, 'notes.md')
  writeFileSync(file, '---\ntitle: Field notes from Baku\ntags: [baku]\n---\n\nThe press conference began late.\n')
  await app.answerDialog([file])
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await page.getByRole('button', { name: 'Close import summary' }).click()
  const filters = page.locator('.library-filters select')
  await expect(filters).toHaveCount(3)
  for (const width of [1280, 1024]) {
    await page.setViewportSize({ width, height: 700 })
    expect(await cutFields(filters), `at ${width} px`).toEqual([])
  }
})

test('at 720 px the pane pickers show a title, not a few letters', async ({ app }) => {
  const page = app.page
  await page.setViewportSize({ width: 720, height: 480 })
  const widths = await page.locator('.pane-bar > :first-child').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width))
  expect(widths).toHaveLength(2)
  // 12 characters of the 13 px interface font: about 90 px.
  for (const w of widths) expect(w).toBeGreaterThanOrEqual(90)
})

test('with the library hidden, a message does not cover the text', async ({ app }) => {
  const page = app.page
  await page.getByRole('button', { name: 'Show library' }).click()
  const notice = page.locator('.notice').first()
  await openCompare(page)
  await expect(notice).toContainText('corresponding passages')
  for (const side of ['left', 'right']) {
    const text = page.getByRole('region', { name: `${side} pane` }).locator('.pane-scroll')
    expect(await overlaps(notice, text), `${side} text`).toBe(false)
  }
})

test('the annotations sidebar does not squeeze the text column: it lies over the text, Escape closes it', async ({ app }) => {
  const page = app.page
  await page.setViewportSize({ width: 1024, height: 700 })
  await page.getByRole('button', { name: 'Annotations of the left pane' }).click()
  const sidebar = page.getByRole('complementary', { name: 'Annotations in the left pane' })
  await expect(sidebar).toBeVisible()
  expect((await columnChars(page)).left).toBeGreaterThanOrEqual(40)
  await sidebar.getByRole('searchbox', { name: 'Filter annotations' }).focus()
  await page.keyboard.press('Escape')
  await expect(sidebar).toBeHidden()
})

test('a closed pane opens again from the pane area, with the article it showed', async ({ app }) => {
  const page = app.page
  const right = page.getByRole('region', { name: 'right pane' })
  const title = await right.getByRole('heading', { level: 1 }).textContent()
  await page.getByRole('button', { name: 'Close right pane' }).click()
  await expect(right).toBeHidden()
  await page.getByRole('main').getByRole('button', { name: 'Open the right pane' }).click()
  await expect(right.getByRole('heading', { level: 1 })).toHaveText(title!)
})

test('a quote-check entry shows its quote in the text; the word-diff colours have a legend', async ({ app }) => {
  const page = app.page
  await openCompare(page)
  const panel = page.getByRole('complementary', { name: 'Comparison' })
  await panel.getByRole('tab', { name: /Quote check/ }).click()
  const legend = panel.locator('.diff-legend')
  await expect(legend).toContainText('in the source, not in the quote')
  await expect(legend).toContainText('in the quote, not in the source')
  const quotes = panel.getByRole('button', { name: /^“/ })
  const last = quotes.last()
  const words = (await last.textContent())!.replace(/[“”]/g, '').trim().split(/\s+/).slice(0, 4).join(' ')
  await last.click()
  const seen = async () =>
    page.locator('.pane .pane-scroll').evaluateAll(
      (scrollers, words) =>
        scrollers.some((el) => {
          const box = el.getBoundingClientRect()
          return Array.from(el.querySelectorAll<HTMLElement>('[data-start]')).some((b) => {
            const r = b.getBoundingClientRect()
            return b.textContent!.replace(/\s+/g, ' ').includes(words) && r.bottom > box.top && r.top < box.bottom
          })
        }),
      words
    )
  await expect.poll(seen).toBe(true)
})
