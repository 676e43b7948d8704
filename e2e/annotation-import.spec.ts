import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from './fixtures'

test('Web Annotation JSON onto an article: what anchors is painted, the rest is listed as orphans', async ({ app }) => {
  const page = app.page
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'diptych-wa-')), 'notes.json')
  const target = (exact: string) => ({ source: 'https://example.org/report', selector: { type: 'TextQuoteSelector', exact } })
  writeFileSync(
    file,
    JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      first: {
        type: 'AnnotationPage',
        items: [
          {
            id: 'urn:x:1',
            type: 'Annotation',
            body: [
              { type: 'TextualBody', value: 'Compare the transcript', purpose: 'commenting' },
              { type: 'TextualBody', value: 'scale', purpose: 'tagging' }
            ],
            target: target('described the scale of the work in Karabakh as enormous')
          },
          {
            id: 'urn:x:2',
            type: 'Annotation',
            body: { type: 'TextualBody', value: 'From another version of the report', purpose: 'commenting' },
            target: target('The minister declined to comment on the tender for the port.')
          }
        ]
      }
    })
  )
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await app.answerDialog([file])
  await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Import annotations…' }).click()
  await expect(page.getByText(/Imported 2 annotations \(1 not found in the text/)).toBeVisible()

  await page.getByRole('button', { name: 'Annotations of the left pane' }).click()
  const sidebar = page.getByRole('complementary', { name: 'Annotations in the left pane' })
  await expect(sidebar.locator('.annotation-entry').first()).toContainText('described the scale of the work in Karabakh as enormous')
  await expect(sidebar.locator('.annotation-entry').first()).toContainText('#scale')
  const orphans = sidebar.getByRole('region', { name: 'Orphaned highlights' })
  await expect(orphans).toContainText('The minister declined to comment on the tender for the port.')
  await expect(orphans).toContainText('From another version of the report')
  await expect
    .poll(() =>
      page.evaluate(() => ['yellow', 'green', 'blue', 'pink', 'purple'].reduce((n, c) => n + (CSS.highlights.get(`hl-${c}`)?.size ?? 0), 0))
    )
    .toBe(1)
})
