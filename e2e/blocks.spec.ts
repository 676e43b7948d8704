// Figures, tables and code in the reader: shown as such, and their text highlighted the way readers
// do it — a caption, a cell, a drag across cells, a line of code — surviving a restart.
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { textEnds } from './select'

const ARTICLE = `# Harbour records

The harbour master kept a register of every ship that called, and a chart of the quays.

![Chart of the old quays](quays.png "The quays as charted in 1900")

| Port | Ships | Tonnage |
|------|-------|---------|
| Auckland | 23 | 4,100 |
| Wellington | 17 | 2,950 |

\`\`\`ts
const register = openRegister('1900')
register.count('Auckland')
\`\`\`

The register ends in the winter of 1901.
`

async function importArticle(page: Page, app: { answerDialog(paths: string[]): Promise<void> }): Promise<Locator> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'diptych-blocks-'))
  const file = path.join(dir, 'harbour.md')
  writeFileSync(file, ARTICLE)
  await app.answerDialog([file])
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await page.getByRole('dialog', { name: 'Import summary' }).getByRole('button', { name: 'Close import summary' }).click()
  await page.getByRole('button', { name: 'Open “Harbour records” in the left pane' }).click()
  return page.getByRole('region', { name: 'left pane' })
}

/** A mouse drag from the start of `from` to the end of `to`, as a reader selects. */
async function drag(pane: Locator, from: string, to: string): Promise<void> {
  const page = pane.page()
  const a = (await textEnds(pane, from)).start
  const b = (await textEnds(pane, to)).end
  await page.mouse.move(a.x, a.y)
  await page.mouse.down()
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 4 })
  await page.mouse.move(b.x, b.y, { steps: 4 })
  await page.mouse.up()
  await page.getByRole('toolbar', { name: 'Highlight the selection' }).waitFor()
}

async function highlight(pane: Locator, color: string): Promise<void> {
  await pane.page().getByRole('toolbar', { name: 'Highlight the selection' }).getByRole('button', { name: color }).click()
}

/** What each colour paints on screen: the text of its ranges. */
const painted = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      ['yellow', 'green', 'blue', 'pink'].map((c) => [
        c,
        Array.from(CSS.highlights.get(`hl-${c}`) ?? []).map((r) => (r as Range).toString())
      ])
    )
  )

test('a figure, a table and code show as such; a caption, a cell, cells across and a code line highlight and stay after a restart', async ({
  app
}) => {
  const page = app.page
  const pane = await importArticle(page, app)
  const text = pane.locator('.article-text')

  // The picture was not saved (a Markdown file's picture is not beside it): its alt text and Retry.
  const figure = text.locator('figure')
  await expect(figure.locator('.figure-missing')).toContainText('Chart of the old quays')
  await expect(figure.getByRole('button', { name: 'Retry' })).toBeVisible()
  await expect(figure.locator('figcaption')).toHaveText('The quays as charted in 1900')
  await expect(text.locator('table th')).toHaveText(['Port', 'Ships', 'Tonnage'])
  await expect(text.locator('table td')).toHaveText(['Auckland', '23', '4,100', 'Wellington', '17', '2,950'])
  await expect(text.locator('.code-language')).toHaveText('ts')
  await expect(text.locator('pre code')).toHaveText("const register = openRegister('1900')\nregister.count('Auckland')")

  await drag(pane, 'charted in 1900', 'charted in 1900')
  await highlight(pane, 'green')
  await drag(pane, 'Wellington', 'Wellington')
  await highlight(pane, 'yellow')
  // Across cells: from the first cell of a row to the last.
  await drag(pane, 'Auckland', '4,100')
  await highlight(pane, 'blue')
  await drag(pane, 'const register', "openRegister('1900')")
  await highlight(pane, 'pink')

  const expected = {
    yellow: ['Wellington'],
    green: ['charted in 1900'],
    blue: ['Auckland\t23\t4,100'],
    pink: ["const register = openRegister('1900')"]
  }
  await expect.poll(() => painted(page)).toEqual(expected)
  const lib = await page.evaluate(async () => await window.api.getLibrary())
  expect(lib.ok && lib.value.highlights.map((h) => h.quote.exact).sort()).toEqual(Object.values(expected).flat().sort())
  // The language label is not text of the article: a selection of the whole block leaves it out.
  expect(await text.locator('.block-code').evaluate((el) => el.querySelector('[data-start]')?.textContent)).not.toContain('ts\n')

  await app.restart()
  await expect.poll(() => painted(app.page)).toEqual(expected)
})

test('with the keyboard: the cursor stops on a table and on code, and a word of each is highlighted', async ({ app }) => {
  const page = app.page
  const pane = await importArticle(page, app)
  await pane.getByRole('heading', { level: 1 }).click()
  /** j until the cursor is on an element of this tag. */
  const moveTo = async (tag: string) => {
    for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.tagName)) !== tag; i++) await page.keyboard.press('j')
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe(tag)
  }
  await moveTo('TABLE')
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('h')
  await moveTo('PRE')
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('h')
  await expect
    .poll(async () => {
      const lib = await page.evaluate(async () => await window.api.getLibrary())
      return lib.ok ? lib.value.highlights.map((h) => h.quote.exact.trim()).sort() : []
    })
    .toEqual(['Port', 'const'])
  await expect
    .poll(() =>
      painted(page).then((p) =>
        Object.values(p)
          .flat()
          .map((t) => t.trim())
          .sort()
      )
    )
    .toEqual(['Port', 'const'])
})
