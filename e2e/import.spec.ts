import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from './fixtures'
import { selectText } from './select'

function files(): { dir: string; html: string; md: string; broken: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'diptych-import-'))
  const html = path.join(dir, 'ruling.html')
  writeFileSync(
    html,
    `<!doctype html><html lang="en"><head><title>Court upholds the port contract | Caspian Herald</title>
    <meta property="og:site_name" content="Caspian Herald"><link rel="canonical" href="https://herald.example/port-ruling">
    <meta name="author" content="Leyla Mammadova"><meta property="article:published_time" content="2024-06-02T09:00:00Z"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Court upholds the port contract</h1>
    <p class="byline">By Leyla Mammadova</p>
    ${Array.from({ length: 6 }, (_, i) => `<p>The appeals court ruled on Tuesday that the contract for the new container terminal stands, paragraph ${i + 1} of the ruling's summary, which the judges read out in full before a crowded hall of lawyers and reporters.</p>`).join('\n')}
    </article><div class="comments"><p>Comment: first!</p></div></body></html>`
  )
  const md = path.join(dir, 'notes.md')
  writeFileSync(
    md,
    '---\ntitle: Field notes from Baku\nauthor: A. Reader\ntags: [baku, notes]\n---\n\n# Field notes from Baku\n\nThe press conference began late. *Both* presidents spoke.\n\n- housing\n- jobs\n'
  )
  const broken = path.join(dir, 'photo.html')
  writeFileSync(broken, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]))
  return { dir, html, md, broken }
}

test('import files through the dialog: the good ones import, the broken one is reported', async ({ app }) => {
  const page = app.page
  const { html, md, broken } = files()
  await app.answerDialog([html, broken, md])
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  const summary = page.getByRole('dialog', { name: 'Import summary' })
  await expect(summary).toContainText('2 imported')
  await expect(summary).toContainText('1 failed')
  await expect(summary.locator('.status-failed')).toContainText('photo.html')
  await expect(summary.locator('.status-failed')).toContainText(/not text|PNG/i)
  await summary.getByRole('button', { name: 'Close import summary' }).click()

  const library = page.getByRole('navigation', { name: 'Library' })
  await expect(library.getByText('Court upholds the port contract')).toBeVisible()
  await expect(library.getByText('Field notes from Baku')).toBeVisible()

  await page.getByRole('button', { name: 'Open “Court upholds the port contract” in the left pane' }).click()
  await page.getByRole('button', { name: 'Open “Field notes from Baku” in the right pane' }).click()
  const left = page.getByRole('region', { name: 'left pane' })
  const right = page.getByRole('region', { name: 'right pane' })
  await expect(left.getByRole('heading', { level: 1 })).toHaveText('Court upholds the port contract')
  await expect(left.locator('.kicker')).toContainText('Caspian Herald')
  await expect(left.locator('.article-text')).toContainText('The appeals court ruled on Tuesday')
  await expect(left.locator('.article-text')).not.toContainText('first!')
  await expect(right.getByRole('heading', { level: 1 })).toHaveText('Field notes from Baku')
  await expect(right.locator('.article-text .em')).toHaveText('Both')

  // The same file again is recognised as a duplicate.
  await app.answerDialog([html])
  await page.keyboard.press('Control+o')
  await expect(summary).toContainText('1 skipped as duplicate')
})

test('delete an article with highlights, undo: the article and its highlights are back', async ({ app }) => {
  const page = app.page
  const left = page.getByRole('region', { name: 'left pane' })
  await selectText(left, 'Belarus has expertise in urban planning')
  await page.keyboard.press('h')
  await expect
    .poll(async () =>
      page.evaluate(async () => ((await window.api.getLibrary()) as { value: { highlights: unknown[] } }).value.highlights.length)
    )
    .toBe(1)
  await page.getByRole('button', { name: 'Delete “Belarus offers Azerbaijan help in restoring Karabakh region”' }).click()
  await expect(left).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Library' }).locator('.article-list').first()).not.toContainText(
    'Belarus offers Azerbaijan'
  )
  await page.getByRole('button', { name: 'Undo', exact: true }).first().click()
  await expect(left.getByRole('heading', { level: 1 })).toHaveText('Belarus offers Azerbaijan help in restoring Karabakh region')
  await page.getByRole('button', { name: 'Annotations of the left pane' }).click()
  await expect(page.getByRole('complementary', { name: 'Annotations in the left pane' })).toContainText(
    'Belarus has expertise in urban planning'
  )
})

test('paste text into the library imports it as an article', async ({ app }) => {
  const page = app.page
  await page.getByRole('navigation', { name: 'Library' }).click({ position: { x: 10, y: 300 } })
  await page.evaluate(() => {
    const data = new DataTransfer()
    data.setData(
      'text/plain',
      'Minutes of the meeting\n\nThe committee met on Monday and agreed the budget for the reconstruction programme.'
    )
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }))
  })
  await expect(page.getByRole('dialog', { name: 'Import summary' })).toContainText('1 imported')
})
