// Menus and commands from the keyboard: the palette, find in article, the shortcut sheet, the menu's
// messages and the window title.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const ANADOLU = 'Belarus offers Azerbaijan help in restoring Karabakh region'

async function bodyText(page: Page, id: string): Promise<string> {
  return page.evaluate(async (articleId) => {
    const r = await window.api.getArticleBody({ id: articleId })
    if (!r.ok) throw new Error(r.error.message)
    return r.value.blocks.map((b) => b.text).join('\n\n')
  }, id)
}

test('the palette runs a command and opens an article by its title, from the keyboard alone', async ({ app }) => {
  const page = app.page
  const left = page.getByRole('region', { name: 'left pane' })
  await left.locator('.pane-scroll').focus()
  // Typing straight after Ctrl+K loses no letter.
  await page.keyboard.press('Control+K')
  await page.keyboard.type('shortc', { delay: 0 })
  const palette = page.getByRole('dialog', { name: 'Command palette' })
  const field = palette.getByRole('combobox', { name: 'Command or article title' })
  await expect(field).toHaveValue('shortc')
  await expect(field).toBeFocused()
  const first = palette.getByRole('option').first()
  await expect(first).toContainText('Keyboard Shortcuts')
  await expect(first).toHaveAttribute('aria-selected', 'true')
  await expect(field).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!)
  await page.keyboard.press('Enter')
  await expect(palette).toHaveCount(0)
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(sheet).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(left.locator('.pane-scroll')).toBeFocused()

  // An article by title, in the pane left empty: arrows move, Enter opens, focus comes back.
  await page.getByRole('button', { name: 'Close right pane' }).click()
  await left.locator('.pane-scroll').focus()
  await page.keyboard.press('Control+K')
  await page.keyboard.type('invited belarusian')
  await expect(palette.getByRole('option').first()).toContainText('Article')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('region', { name: 'right pane' }).getByRole('heading', { level: 1 })).toContainText(
    'I have invited Belarusian'
  )
  await expect(left.locator('.pane-scroll')).toBeFocused()

  // Escape closes without running anything; the palette shows each command's shortcut.
  await page.keyboard.press('Control+K')
  await page.keyboard.type('find')
  await expect(palette.getByRole('option').first()).toContainText('Ctrl+F')
  await page.keyboard.press('Escape')
  await expect(palette).toHaveCount(0)
  await expect(page.locator('.find-bar')).toHaveCount(0)
})

test('find counts the matches in the focused pane and moves with Enter and Shift+Enter; Escape clears', async ({ app }) => {
  const page = app.page
  const left = page.getByRole('region', { name: 'left pane' })
  const text = await bodyText(page, 'anadolu-2024-05-16')
  const expected = text.match(/azerbaijan/gi)!.length
  await left.locator('.pane-scroll').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+F')
  const field = page.getByRole('searchbox', { name: 'Find in the left pane' })
  await expect(field).toBeFocused()
  // Folded like search: capitals and accents do not matter.
  await page.keyboard.type('AZERBAÏJAN')
  const count = left.locator('.find-count')
  await expect(count).toHaveText(`1 of ${expected}`)
  const painted = () =>
    page.evaluate(() => ({
      all: (CSS.highlights.get('find-match')?.size ?? 0) + (CSS.highlights.get('find-current')?.size ?? 0),
      current: [...(CSS.highlights.get('find-current') ?? [])].map((r) => (r as Range).toString())
    }))
  await expect.poll(painted).toEqual({ all: expected, current: ['Azerbaijan'] })
  await page.keyboard.press('Enter')
  await expect(count).toHaveText(`2 of ${expected}`)
  await page.keyboard.press('Enter')
  await expect(count).toHaveText(`3 of ${expected}`)
  await page.keyboard.press('Shift+Enter')
  await expect(count).toHaveText(`2 of ${expected}`)
  await page.keyboard.press('Shift+Enter')
  await page.keyboard.press('Shift+Enter')
  await expect(count).toHaveText(`${expected} of ${expected}`)
  // The current match is scrolled into view.
  const scroller = left.locator('.pane-scroll')
  await expect
    .poll(() =>
      scroller.evaluate((el) => {
        const range = [...(CSS.highlights.get('find-current') ?? [])][0] as Range | undefined
        const box = range?.getBoundingClientRect()
        const view = el.getBoundingClientRect()
        return !!box && box.top >= view.top && box.bottom <= view.bottom
      })
    )
    .toBe(true)
  await field.fill('no such word anywhere')
  await expect(count).toHaveText('No matches')
  await page.keyboard.press('Escape')
  await expect(page.locator('.find-bar')).toHaveCount(0)
  await expect.poll(painted).toEqual({ all: 0, current: [] })
  await expect(scroller).toBeFocused()
})

test('the shortcut sheet lists the palette and find, with their keys', async ({ app }) => {
  const page = app.page
  await page.locator('body').press('?')
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(sheet.locator('tr[data-command="palette"]')).toContainText('Ctrl+K')
  await expect(sheet.locator('tr[data-command="find"]')).toContainText('Ctrl+F')
  await expect(sheet.locator('tr[data-command="zoomIn"]')).toContainText('Ctrl+=')
})

test('a command chosen in the application menu runs in the page', async ({ app }) => {
  test.skip(!app.chooseMenuCommand, 'A browser has no application menu of ours.')
  const page = app.page
  const chooseMenuCommand = (id: string) => app.chooseMenuCommand!(id)
  await chooseMenuCommand('help')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  await page.keyboard.press('Escape')
  await chooseMenuCommand('about')
  await expect(page.getByRole('dialog', { name: 'About Diptych' })).toContainText(/Diptych \d+\.\d+\.\d+/)
  await page.keyboard.press('Escape')
  await chooseMenuCommand('zoomIn')
  const zoom = () => page.evaluate(() => Number(document.documentElement.style.zoom || 1))
  if (app.mode === 'chromium') await expect.poll(zoom).toBeGreaterThan(1)
  await chooseMenuCommand('zoomReset')
  if (app.mode === 'chromium') await expect.poll(zoom).toBe(1)
  // A name outside the table is refused before it reaches the page.
  await expect(chooseMenuCommand('reload')).rejects.toThrow()
})

test('the window title names the open articles', async ({ app }) => {
  const page = app.page
  await expect(page).toHaveTitle(`${ANADOLU} — I have invited Belarusian companies to actively participate… · Diptych`)
  await page.getByRole('button', { name: 'Close left pane' }).click()
  await expect(page).toHaveTitle(/^I have invited Belarusian companies .* · Diptych$/)
  await page.getByRole('button', { name: 'Close right pane' }).click()
  await expect(page).toHaveTitle('Diptych')
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: `Open “${ANADOLU}” in the left pane` })
    .click()
  await expect(page).toHaveTitle(`${ANADOLU} · Diptych`)
})
