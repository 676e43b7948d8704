import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from './fixtures'

test('compare the seed pair, accept a pair, and find the link on both highlights and in the export', async ({ app }) => {
  const page = app.page
  await page.getByRole('button', { name: 'Compare', exact: true }).click()
  const panel = page.getByRole('complementary', { name: 'Comparison' })
  await expect(panel).toBeVisible()
  const pairs = panel.locator('.pair')
  await expect(pairs.first()).toBeVisible()

  // Aliyev's words in the report find their place in the transcript; Lukashenko's find none.
  const rebuild = pairs.filter({ hasText: 'We have to rebuild a significant area from scratch' })
  await expect(rebuild).toHaveCount(1)
  await expect(rebuild.locator('.pair-b')).toContainText('rebuild from scratch an area')
  await expect(pairs.filter({ hasText: 'will be remembered for centuries' })).toHaveCount(0)
  await expect(pairs.filter({ hasText: 'lend our shoulder' })).toHaveCount(0)
  // Connectors join the passages across the gutter.
  await expect(page.getByTestId('connectors').locator('polygon').first()).toBeAttached()

  // The quote check says which quotes have no counterpart; Lukashenko's are his, not missing from Aliyev's statement.
  await panel.getByRole('tab', { name: /Quote check/ }).click()
  const reportQuotes = panel.getByRole('region', { name: /^Quotes in Belarus offers/ })
  await expect(reportQuotes.locator('.quote-entry', { hasText: 'anti-terrorist operation' }).first()).toContainText('No counterpart')
  await expect(reportQuotes.locator('.quote-entry', { hasText: 'lend our shoulder' }).first()).toContainText('Attributed to Lukashenko')
  await expect(reportQuotes.locator('.quote-entry', { hasText: 'We have to rebuild a significant area' }).first()).not.toContainText(
    'No counterpart'
  )
  await panel.getByRole('tab', { name: /Pairs/ }).click()

  await rebuild.getByRole('button', { name: /^Accept pair/ }).click()
  await expect(page.getByRole('button', { name: 'Annotations of the left pane' })).toContainText('1')
  await expect(page.getByRole('button', { name: 'Annotations of the right pane' })).toContainText('1')
  await panel.getByRole('button', { name: 'Close comparison' }).click()

  // The link shows in both sidebars and on both cards.
  for (const side of ['left', 'right']) {
    await page.getByRole('button', { name: `Annotations of the ${side} pane` }).click()
    const entry = page
      .getByRole('complementary', { name: `Annotations in the ${side} pane` })
      .locator('.annotation-entry')
      .first()
    await expect(entry).toContainText('1 linked')
    await entry.click()
    const card = page.getByRole('region', { name: `${side} pane` }).getByRole('dialog')
    await expect(card.getByRole('region', { name: 'Links' })).toContainText(side === 'left' ? 'paraphrases' : 'paraphrased in')
  }

  // And in the export of the pair, written beside the library (never inside it: the app refuses that).
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'diptych-compare-'))
  const out = path.join(outDir, 'pair-export.md')
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Export' })
  await dialog.getByLabel('The two open articles, with their links').check()
  await app.answerDialog([out])
  await dialog.getByRole('button', { name: 'Export…', exact: true }).click()
  await expect(page.getByText(/Exported 1 file/)).toBeVisible()
  const md = readFileSync(out, 'utf8')
  expect(md).toContain('We have to rebuild a significant area from scratch')
  expect(md).toMatch(/→ paraphrases \[\[#\^h-[0-9a-f]{8}/)
  expect(md).toMatch(/← paraphrased in \[\[#\^h-[0-9a-f]{8}/)
  rmSync(outDir, { recursive: true, force: true })
})

test('reject a pair: it stays hidden the next time', async ({ app }) => {
  const page = app.page
  await page.keyboard.press('Control+Shift+C')
  const panel = page.getByRole('complementary', { name: 'Comparison' })
  const pairs = panel.locator('.pair')
  await expect(pairs.first()).toBeVisible()
  const count = await pairs.count()
  const first = await pairs.first().locator('.pair-a').textContent()
  await pairs
    .first()
    .getByRole('button', { name: /^Reject pair/ })
    .click()
  await expect(pairs).toHaveCount(count - 1)
  await app.restart()
  await app.page.getByRole('button', { name: 'Compare', exact: true }).click()
  const again = app.page.getByRole('complementary', { name: 'Comparison' }).locator('.pair')
  await expect(again.first()).toBeVisible()
  await expect(again).toHaveCount(count - 1)
  await expect(again.locator('.pair-a', { hasText: first! })).toHaveCount(0)
})

test('link two passages by hand', async ({ app }) => {
  const { selectText } = await import('./select')
  const page = app.page
  const left = page.getByRole('region', { name: 'left pane' })
  const right = page.getByRole('region', { name: 'right pane' })
  await selectText(left, 'Belarus has expertise in urban planning')
  await page.getByRole('toolbar', { name: 'Highlight the selection' }).getByRole('button', { name: 'Link…' }).click()
  await selectText(right, 'Belarus has very good experience in urban planning')
  await page.getByRole('toolbar', { name: 'Highlight the selection' }).getByRole('button', { name: 'Link', exact: true }).click()
  await expect(left.getByRole('dialog').getByRole('region', { name: 'Links' })).toContainText('related to')
  const lib = await page.evaluate(async () => window.api.getLibrary())
  if (!lib.ok) throw new Error('library')
  expect(lib.value.links).toHaveLength(1)
  expect(lib.value.highlights.map((h) => h.quote.exact).sort()).toEqual([
    'Belarus has expertise in urban planning',
    'Belarus has very good experience in urban planning'
  ])
  // Compare finds the same two passages over wider spans: the pair shows the link made by hand, not Accept.
  await page.getByRole('button', { name: 'Compare', exact: true }).click()
  const pair = page.getByRole('complementary', { name: 'Comparison' }).locator('.pair', { hasText: 'urban planning' })
  await expect(pair).toHaveCount(1)
  await expect(pair).toContainText('✓ Linked: related')
  await expect(pair.getByRole('button', { name: /^Accept pair/ })).toHaveCount(0)
})

test('hover lights the counterpart, a click brings it level, and sync scroll follows the alignment', async ({ app }) => {
  const page = app.page
  await page.getByRole('button', { name: 'Compare', exact: true }).click()
  await expect(page.getByRole('complementary', { name: 'Comparison' }).locator('.pair').first()).toBeVisible()
  await page.getByRole('button', { name: 'Close comparison' }).click()
  const left = page.getByRole('region', { name: 'left pane' })
  const right = page.getByRole('region', { name: 'right pane' })
  const { clickText } = await import('./select')

  const passageTop = (pane: typeof left, text: string) =>
    pane.locator('.pane-scroll').evaluate((el, text) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(text)
        if (i >= 0) {
          const r = document.createRange()
          r.setStart(n, i)
          r.setEnd(n, i + text.length)
          return r.getClientRects()[0].top - el.getBoundingClientRect().top
        }
      }
      return null
    }, text)

  await clickText(left, 'rebuild a significant area')
  // Lit in both panes, and level: the transcript's passage stands at the height of the report's.
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('pair-hover')?.size ?? 0)).toBe(2)
  await expect
    .poll(async () =>
      Math.abs((await passageTop(left, 'We have to rebuild'))! - (await passageTop(right, 'we have to rebuild from scratch an area'))!)
    )
    .toBeLessThan(40)

  // Sync scroll: the right pane follows the left by the pairs, not by the percentage.
  await right.locator('.pane-scroll').evaluate((el) => (el.scrollTop = 0))
  await page.getByLabel('Sync scroll').check()
  await left.locator('.pane-scroll').evaluate(async (el) => {
    const p = Array.from(el.querySelectorAll('p')).find((x) => x.textContent?.includes('Belarus has expertise'))!
    for (let i = 0; i < 6; i++) {
      el.scrollTop += p.getBoundingClientRect().top - el.getBoundingClientRect().top - 4
      await new Promise(requestAnimationFrame)
    }
  })
  await expect
    .poll(async () => {
      const top = await passageTop(right, 'Belarus has very good experience')
      return top !== null && top > -200 && top < 400
    })
    .toBe(true)
})

test('weaker matches stay behind "Show weaker matches", which says how many and works from the keyboard', async ({ app }) => {
  const { heatwaveReports } = await import('../src/testing/compare-eval/heatwaveReports')
  const page = app.page
  // Two independent reports on one heatwave: what they share is a weaker match, not reuse.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'diptych-weaker-'))
  const files = [
    ['spain.md', `# Heat in Spain\n\n${heatwaveReports.textA}\n`],
    ['italy.md', `# Heat in Italy\n\n${heatwaveReports.textB}\n`]
  ].map(([name, text]) => {
    writeFileSync(path.join(dir, name), text)
    return path.join(dir, name)
  })
  await app.answerDialog(files)
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await page.getByRole('dialog', { name: 'Import summary' }).getByRole('button', { name: 'Close import summary' }).click()
  await page.getByRole('button', { name: 'Open “Heat in Spain” in the left pane' }).click()
  await page.getByRole('button', { name: 'Open “Heat in Italy” in the right pane' }).click()

  await page.keyboard.press('Control+Shift+C')
  const panel = page.getByRole('complementary', { name: 'Comparison' })
  await expect(panel).toBeVisible()
  const pairs = panel.locator('.pair')
  const toggle = panel.getByRole('button', { name: /^Show \d+ weaker match(es)?$/ })
  await expect(toggle).toBeVisible()
  await expect(pairs).toHaveCount(0)
  await expect(panel).toContainText('No passage likely enough to be reuse to show by default.')
  const hidden = Number(/\d+/.exec((await toggle.textContent()) ?? '')?.[0])
  expect(hidden).toBeGreaterThan(0)
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')

  // As a reader with the keyboard only: Tab to the control, Enter.
  for (let i = 0; i < 80 && !(await toggle.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(toggle).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(pairs).toHaveCount(hidden)
  await expect(pairs.first()).toContainText('weaker match')
  const hide = panel.getByRole('button', { name: `Hide ${hidden} weaker match${hidden === 1 ? '' : 'es'}` })
  await expect(hide).toBeFocused()
  await expect(hide).toHaveAttribute('aria-expanded', 'true')
  await page.screenshot({ path: test.info().outputPath('weaker-matches.png') })
  await page.keyboard.press('Enter')
  await expect(pairs).toHaveCount(0)
  rmSync(dir, { recursive: true, force: true })
})
