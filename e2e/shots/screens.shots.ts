import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from '../fixtures'
import { findInLeftPane, paletteFromLeftPane } from '../command-steps'
import { clickText, selectText } from '../select'

const out = path.resolve(import.meta.dirname, '../../shots')
mkdirSync(out, { recursive: true })
const shot = (name: string) => path.join(out, `${name}.png`)

test('the seed pair side by side', async ({ app }) => {
  await app.page.screenshot({ path: shot('01-seed-pair') })
})

test('highlights, a card and the sidebar', async ({ app }) => {
  const page = app.page
  const left = page.getByRole('region', { name: 'left pane' })
  const toolbar = page.getByRole('toolbar', { name: 'Highlight the selection' })
  const mark = async (text: string, color: string) => {
    await selectText(left, text)
    await toolbar.getByRole('button', { name: color, exact: true }).click()
  }
  await mark('Aliyev, for his part, described the scale of the work in Karabakh as enormous', 'yellow')
  await mark('We have to rebuild a significant area from scratch', 'green')
  await mark('Belarus has expertise in urban planning, modern technologies, and experience in constructing agricultural towns', 'blue')
  await mark('creating modern, technological jobs for the people', 'pink')
  await expect(page.getByRole('button', { name: 'Annotations of the left pane' })).toContainText('4')
  await page.getByRole('button', { name: 'Annotations of the left pane' }).click()
  await clickText(left, 'rebuild a significant')
  const card = page.getByRole('dialog', { name: /^Highlight: We have to rebuild/ })
  await card.getByRole('button', { name: 'Add note' }).click()
  await card.getByRole('textbox', { name: 'Note' }).fill('The transcript has *“we have to rebuild from scratch an area”* — the report moves **“from scratch”** forward.')
  await card.getByRole('button', { name: 'Save note' }).click()
  for (const tag of ['quote', 'reconstruction']) {
    await card.getByRole('combobox', { name: 'Add a tag' }).fill(tag)
    await card.getByRole('combobox', { name: 'Add a tag' }).press('Enter')
  }
  await page.mouse.move(0, 0)
  await page.screenshot({ path: shot('02-highlights-card-sidebar') })
})

test('the seed pair compared', async ({ app }) => {
  const page = app.page
  await page.getByRole('button', { name: 'Compare', exact: true }).click()
  await expect(page.getByRole('complementary', { name: 'Comparison' }).locator('.pair').first()).toBeVisible()
  const left = page.getByRole('region', { name: 'left pane' })
  await left.locator('.pane-scroll').evaluate((el) => (el.scrollTop = 420))
  await page.waitForTimeout(300)
  await page.screenshot({ path: shot('03-compare') })
  await page.getByRole('tab', { name: /Quote check/ }).click()
  await page.screenshot({ path: shot('04-quote-check') })
})

test('the library after an import, and the import summary', async ({ app }) => {
  const page = app.page
  const dir = mkdtempSync(path.join(os.tmpdir(), 'diptych-shots-'))
  const a = path.join(dir, 'port-ruling.html')
  writeFileSync(
    a,
    `<html lang="en"><head><title>Court upholds the port contract</title><meta property="og:site_name" content="Caspian Herald"><meta property="article:published_time" content="2024-06-02"></head><body><article><h1>Court upholds the port contract</h1>${'<p>The appeals court ruled on Tuesday that the contract for the new container terminal stands, the judges said in a summary read out to a crowded hall.</p>'.repeat(5)}</article></body></html>`
  )
  const b = path.join(dir, 'field-notes.md')
  writeFileSync(b, '---\ntitle: Field notes from Baku\nauthor: A. Reader\ntags: [baku]\n---\n\nThe press conference began late. Both presidents spoke about reconstruction.\n')
  const c = path.join(dir, 'scan.html')
  writeFileSync(c, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0, 1, 2, 3]))
  await app.answerDialog([a, b, c])
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('dialog', { name: 'Import summary' })).toBeVisible()
  await page.screenshot({ path: shot('05-import-summary') })
  await page.getByRole('button', { name: 'Close import summary' }).click()
  await page.screenshot({ path: shot('06-library') })
})

test('one pane, a card beside the text', async ({ app }) => {
  const page = app.page
  await page.getByRole('button', { name: 'Close right pane' }).click()
  const left = page.getByRole('region', { name: 'left pane' })
  await selectText(left, 'Belarus has expertise in urban planning, modern technologies')
  await page.keyboard.press('n')
  await page.getByRole('textbox', { name: 'Note' }).fill('Trend: “very good experience in urban planning, modern technologies”.')
  await page.getByRole('button', { name: 'Save note' }).click()
  await page.mouse.move(0, 0)
  await page.screenshot({ path: shot('07-single-pane-card') })
})

test('the command palette', async ({ app }) => {
  const page = app.page
  await paletteFromLeftPane(page, 'co')
  await page.screenshot({ path: shot('08-command-palette') })
})

test('find in article', async ({ app }) => {
  const page = app.page
  await findInLeftPane(page, 'Karabakh')
  await page.keyboard.press('Enter')
  await expect(page.locator('.find-count')).toHaveText(/^2 of \d+$/)
  await page.mouse.move(0, 0)
  await page.screenshot({ path: shot('09-find-in-article') })
})
