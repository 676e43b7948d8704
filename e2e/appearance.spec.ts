// Settings a reader expects: theme and type chosen from the keyboard alone, applied at once without
// losing the place in the text, kept across a restart; the dialog passes axe in every theme.
import type { Locator, Page } from '@playwright/test'
import { check } from './axe-check'
import { expect, test } from './fixtures'

const PARAGRAPH = 'Also today we discussed'

/** Scrolls the pane until the paragraph starting with `text` holds still at its top. */
async function scrollToParagraph(pane: Locator, text: string): Promise<void> {
  await pane.locator('.pane-scroll').evaluate(async (el, text) => {
    const p = Array.from(el.querySelectorAll<HTMLElement>('[data-start]')).find((x) => x.textContent?.startsWith(text))!
    for (let i = 0; i < 10; i++) {
      el.scrollTop += p.getBoundingClientRect().top - el.getBoundingClientRect().top
      await new Promise(requestAnimationFrame)
    }
  }, text)
}

/** The text of the first block visible at the top of the pane. */
const topBlock = (pane: Locator) =>
  pane.locator('.pane-scroll').evaluate((el) => {
    const box = el.getBoundingClientRect()
    const b = Array.from(el.querySelectorAll<HTMLElement>('[data-start]')).find((x) => x.getBoundingClientRect().bottom > box.top + 10)
    return b?.textContent ?? ''
  })

const pageLook = (page: Page) =>
  page.evaluate(() => ({
    theme: document.documentElement.dataset.theme,
    paper: getComputedStyle(document.querySelector('.pane')!).backgroundColor,
    font: getComputedStyle(document.querySelector('.reading')!).fontFamily
  }))

test('theme and font chosen with the keyboard apply at once, keep the place in the text, and survive a restart', async ({ app }) => {
  const page = app.page
  const trend = page.getByRole('region', { name: 'right pane' })
  await scrollToParagraph(trend, PARAGRAPH)
  await expect.poll(() => topBlock(trend)).toContain(PARAGRAPH)
  // The position is saved shortly after scrolling stops.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const lib = await window.api.getLibrary()
        return lib.ok ? (lib.value.settings.positions['trend-2024-05-16'] ?? 0) : 0
      })
    )
    .toBeGreaterThan(0)

  await page.keyboard.press('Control+,')
  const dialog = page.getByRole('dialog', { name: 'Settings' })
  await expect(dialog).toBeVisible()
  // Focus starts on the chosen theme; the arrows choose within a group, Tab goes to the next one.
  await expect(dialog.getByRole('radio', { name: 'Same as the system' })).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(dialog.getByRole('radio', { name: 'Dark' })).toBeChecked()
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('radio', { name: 'Literata (serif)' })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(dialog.getByRole('radio', { name: 'Atkinson Hyperlegible' })).toBeChecked()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  const look = await pageLook(page)
  expect(look.theme).toBe('dark')
  expect(look.paper).toBe('rgb(29, 28, 26)')
  expect(look.font).toContain('Atkinson Hyperlegible')
  await expect.poll(() => topBlock(trend), { message: 'the paragraph read before the change is still at the top' }).toContain(PARAGRAPH)

  await app.restart()
  const after = app.page.getByRole('region', { name: 'right pane' })
  await expect(after.getByRole('heading', { level: 1 })).toBeVisible()
  await expect.poll(async () => (await pageLook(app.page)).theme).toBe('dark')
  expect((await pageLook(app.page)).font).toContain('Atkinson Hyperlegible')
  await expect.poll(() => topBlock(after)).toContain(PARAGRAPH)
})

test('text size, line height and line length apply live; Reset brings the defaults back', async ({ app }) => {
  const page = app.page
  const reading = page.locator('.pane[data-side="left"] .reading')
  const size = () => reading.evaluate((el) => getComputedStyle(el).fontSize)
  const before = await size()
  await page.keyboard.press('Control+,')
  const dialog = page.getByRole('dialog', { name: 'Settings' })
  const slider = dialog.getByRole('slider', { name: 'Text size' })
  await slider.focus()
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight')
  await expect(dialog.locator('output[for="settings-size"]')).toHaveText('22 px')
  await expect.poll(size).not.toBe(before)
  await dialog.getByRole('button', { name: 'Reset to the defaults' }).click()
  await expect.poll(size).toBe(before)
  await expect(dialog.locator('output[for="settings-size"]')).toHaveText('18 px')
  await expect(dialog.getByRole('button', { name: 'Reset to the defaults' })).toBeFocused()
})

test('the Settings dialog, and the app in sepia and dark, pass axe', async ({ app }) => {
  test.setTimeout(120_000)
  const page = app.page
  await page.keyboard.press('Control+,')
  const dialog = page.getByRole('dialog', { name: 'Settings' })
  await expect(dialog).toBeVisible()
  await check(page, 'settings')
  for (const theme of ['Sepia', 'Dark']) {
    await dialog.getByRole('radio', { name: theme }).check()
    await check(page, `settings, ${theme}`)
  }
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Compare', exact: true }).click()
  await expect(page.getByRole('complementary', { name: 'Comparison' }).locator('.pair').first()).toBeVisible()
  await check(page, 'compare, dark')
})

test('"Same as the system" follows the system’s dark mode', async ({ app }) => {
  const page = app.page
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect.poll(async () => (await pageLook(page)).paper).toBe('rgb(29, 28, 26)')
  await page.emulateMedia({ colorScheme: 'light' })
  await expect.poll(async () => (await pageLook(page)).paper).toBe('rgb(251, 250, 247)')
})
