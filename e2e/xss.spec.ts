import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from './fixtures'
import { MARKDOWN_MEDIA_VECTORS, XSS_VECTORS } from './xss-vectors'
import { selectText } from './select'

test(`none of ${XSS_VECTORS.length} injection vectors runs, in articles, Markdown, notes or exports`, async ({ app }) => {
  expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(40)
  const page = app.page
  const dialogs: string[] = []
  const navigations: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  page.on('framenavigated', (f) => navigations.push(f.url()))
  const startUrl = page.url()

  const dir = mkdtempSync(path.join(os.tmpdir(), 'diptych-xss-'))
  const html = path.join(dir, 'hostile.html')
  writeFileSync(
    html,
    `<!doctype html><html><head><title>Hostile page</title><script>window.__xss=1</script></head><body onload="window.__xss=1"><article><h1>Hostile page</h1>
    <p>Plain words come first, so that the article has some text of its own to read.</p>
    ${XSS_VECTORS.map((v, i) => `<p>Vector ${i}: ${v} after.</p>`).join('\n')}
    <p>Plain words close the article, after every vector.</p></article></body></html>`
  )
  const md = path.join(dir, 'hostile.md')
  writeFileSync(
    md,
    `---\ntitle: "<img src=x onerror=window.__xss=1> Hostile notes"\n---\n\n# Hostile notes\n\n${XSS_VECTORS.map((v, i) => `Line ${i}: ${v} and [a link](javascript:window.__xss=1).`).join('\n\n')}\n\n${MARKDOWN_MEDIA_VECTORS.join('\n\n')}\n`
  )
  await app.answerDialog([html, md])
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('dialog', { name: 'Import summary' })).toContainText('2 imported')
  await page.getByRole('button', { name: 'Close import summary' }).click()

  await page.getByRole('button', { name: 'Open “Hostile page” in the left pane' }).click()
  const left = page.getByRole('region', { name: 'left pane' })
  await expect(left.locator('.article-text')).toContainText('Plain words close the article')
  await page.getByRole('button', { name: /Hostile notes” in the right pane/ }).click()
  const right = page.getByRole('region', { name: 'right pane' })
  await expect(right.locator('.article-text')).toContainText('Line 45')
  // Raw HTML in Markdown reads as text: the characters are there, no element was made of them.
  await expect(right.locator('.article-text')).toContainText('onerror')
  // The pictures, captions and cells came through as figures and tables, their words as text.
  // A figure whose picture has no usable address is read as text: its caption is a paragraph.
  await expect(left.locator('.article-text p', { hasText: 'figure with a javascript: picture' })).toHaveCount(1)
  await expect(right.locator('.article-text .figure-missing', { hasText: 'alt" onerror="window.__xss=1' })).toHaveCount(1)
  await expect(right.locator('.article-text figcaption', { hasText: '"><script>window.__xss=1</script>' })).toHaveCount(1)
  await expect(left.locator('.article-text td', { hasText: '<img src=x onerror=window.__xss=1>' })).toHaveCount(1)
  await expect(right.locator('.article-text th', { hasText: '<script>window.__xss=1</script>' })).toHaveCount(1)
  for (const pane of [left, right]) {
    await expect(
      pane.locator(
        '.article-text script, .article-text iframe, .article-text svg, .article-text object, .article-text embed, .article-text form, .article-text math'
      )
    ).toHaveCount(0)
    // Pictures only from the library, with no attribute but these; none of these could be saved.
    const images = await pane
      .locator('.article-text img')
      .evaluateAll((imgs) => imgs.map((img) => [img.getAttribute('src'), img.getAttributeNames().sort().join(' ')]))
    for (const [src, names] of images) {
      expect(src).toMatch(/^media\/[0-9a-f]{64}\.\w+$/)
      expect(names).toMatch(/^(alt )?class (height )?loading src( width)?$/)
    }
    // No handler, no second source, and no style but the app's own size estimates.
    const attributes = await pane
      .locator('.article-text *')
      .evaluateAll((els) => els.flatMap((e) => e.getAttributeNames().map((name) => [name, e.getAttribute(name) ?? ''])))
    for (const [name, value] of attributes) {
      expect(name).not.toMatch(/^on|^srcset$|^srcdoc$/i)
      if (name === 'style') expect(value).toMatch(/^contain-intrinsic-size: auto \d+px;$/)
    }
    const hrefs = await pane.locator('.article-text a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
    for (const href of hrefs) expect(href).toMatch(/^(https?:|mailto:)/)
  }

  // Notes: every vector typed into a note renders as text.
  await selectText(left, 'Plain words come first')
  await page.keyboard.press('n')
  const note = `${XSS_VECTORS.join('\n\n')}\n\n[click](javascript:window.__xss=1) ![img](javascript:window.__xss=1)`
  await page.getByRole('textbox', { name: 'Note' }).fill(note)
  await page.getByRole('button', { name: 'Save note' }).click()
  const card = left.getByRole('dialog')
  await expect(card.locator('.note-body')).toContainText('<script>window.__xss=1</script>')
  await expect(card.locator('.note-body script, .note-body img, .note-body iframe, .note-body svg')).toHaveCount(0)
  const noteHrefs = await card.locator('.note-body a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
  for (const href of noteHrefs) expect(href).toMatch(/^(https?:|mailto:)/)
  await left
    .getByText(/hover me/)
    .first()
    .hover()

  // Export carries everything as inert text.
  const out = path.join(dir, 'export.md')
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('dialog', { name: 'Export' }).getByLabel('The two open articles, with their links').check()
  await app.answerDialog([out])
  await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Export…', exact: true }).click()
  await expect(page.getByText(/Exported 1 file/)).toBeVisible()
  const exported = readFileSync(out, 'utf8')
  expect(exported).toContain('&lt;script>window.__xss=1&lt;/script>')
  // The front matter holds titles as quoted YAML strings (metadata, never rendered as markup); the body
  // that a Markdown viewer renders has no tag left.
  const body = exported.slice(exported.indexOf('\n---\n', 4) + 5)
  expect(exported).toContain('"<img src=x onerror=window.__xss=1> Hostile notes"')
  expect(body).not.toMatch(/<(script|img|iframe|svg|object|embed|math|form|a |style|meta|base|link)/i)
  expect(body).not.toMatch(/\]\(javascript:/i)

  await page.waitForTimeout(500)
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined()
  expect(dialogs).toEqual([])
  expect(navigations.filter((u) => u !== startUrl)).toEqual([])
  expect(page.url()).toBe(startUrl)
  expect(await app.openedExternally()).toEqual([])
})
