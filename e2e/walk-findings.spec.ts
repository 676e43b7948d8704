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
