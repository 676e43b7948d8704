// What a demanding reader (a fact-checker comparing the Anadolu report with the Trend transcript) met
// walking through the app, each as that reader would notice it.
import { expect, test } from './fixtures'
import { selectText } from './select'

test('the selection toolbar of a link’s second end stays whole on screen, on one line, by the right edge', async ({ app }) => {
  const page = app.page
  const toolbar = page.getByRole('toolbar', { name: 'Highlight the selection' })
  await selectText(page.getByRole('region', { name: 'left pane' }), 'Belarus has expertise in urban planning, modern technologies')
  await toolbar.getByRole('button', { name: 'Link…' }).click()
  // A passage that starts near the right edge of the window: the toolbar, wider now, is centred on it.
  await selectText(
    page.getByRole('region', { name: 'right pane' }),
    'Belarus has very good experience in urban planning, modern technologies'
  )
  const link = toolbar.getByRole('button', { name: 'Link', exact: true })
  await expect(link).toBeVisible()
  await page.screenshot({ path: '/tmp/walk/f-link-toolbar.png' })
  const width = page.viewportSize()!.width
  const box = (await toolbar.boundingBox())!
  expect(box.x, 'the toolbar starts on screen').toBeGreaterThanOrEqual(0)
  expect(box.x + box.width, 'the toolbar ends on screen').toBeLessThanOrEqual(width)
  const linkBox = (await link.boundingBox())!
  expect(linkBox.x + linkBox.width, 'Link is on screen').toBeLessThanOrEqual(width)
  const note = (await toolbar.getByRole('button', { name: 'Add note' }).boundingBox())!
  const highlight = (await toolbar.getByRole('button', { name: 'Highlight', exact: true }).boundingBox())!
  expect(note.height, '“Add note” on one line').toBeLessThanOrEqual(highlight.height)
})

test('the quote check lists Lukashenko’s quotes as his, apart, not as quotes missing from Aliyev’s statement', async ({ app }) => {
  const page = app.page
  await page.keyboard.press('Control+Shift+C')
  const panel = page.getByRole('complementary', { name: 'Comparison' })
  await panel.getByRole('tab', { name: /Quote check/ }).click()
  const report = panel.getByRole('region', { name: /^Quotes in Belarus offers/ })
  const his = report.locator('.quote-entry', { hasText: 'will be remembered for centuries' })
  await expect(his).toContainText('Attributed to Lukashenko')
  await expect(his).not.toContainText('No counterpart in')
  await expect(his).not.toHaveClass(/missing/)
  // Aliyev's, found in his statement, say whose they are too.
  await expect(report.locator('.quote-entry', { hasText: 'We have to rebuild a significant area' })).toContainText(
    /Attributed to (Ilham )?Aliyev/
  )
  // Listed apart, after the statement's own quotes.
  const texts = await report.locator('.quote-entry .quote-text').allInnerTexts()
  const lukashenko = texts.findIndex((t) => t.includes('will be remembered'))
  const aliyev = texts.findIndex((t) => t.includes('We have to rebuild'))
  expect(lukashenko).toBeGreaterThan(aliyev)
  await expect(report.getByRole('heading', { name: /said by someone else/i })).toBeVisible()
  await page.screenshot({ path: '/tmp/walk/f-quote-check.png' })
})
