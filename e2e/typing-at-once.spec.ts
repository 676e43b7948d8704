// Keys typed right after the key that opens a field all land in it, however slowly main answers.
import { expect, test } from './fixtures'
import type { AppHandle } from './harness/app-handle'
import { selectText } from './select'

const NOTE = 'Compare with the transcript wording'

async function savedHighlights(app: AppHandle) {
  const lib = await app.page.evaluate(async () => await window.api.getLibrary())
  if (!lib.ok) throw new Error('library')
  return lib.value.highlights
}

for (const slowMs of [0, 600]) {
  const when = slowMs ? 'while main is slow to answer' : 'with no pause'
  test(`n then typing ${when}: the note keeps its first characters`, async ({ app }) => {
    test.skip(slowMs > 0 && !app.slowDown, 'needs the Chromium harness')
    if (slowMs) app.slowDown!('createHighlight', slowMs)
    const page = app.page
    await selectText(page.getByRole('region', { name: 'right pane' }), 'Dear friends.')
    await page.keyboard.press('n')
    await page.keyboard.type(NOTE, { delay: 0 })
    await page.keyboard.press('Control+Enter')
    await expect.poll(async () => (await savedHighlights(app)).map((h) => h.note)).toEqual([NOTE])
  })

  test(`t then typing ${when}: the tag keeps its first characters`, async ({ app }) => {
    test.skip(slowMs > 0 && !app.slowDown, 'needs the Chromium harness')
    if (slowMs) app.slowDown!('createHighlight', slowMs)
    const page = app.page
    await selectText(page.getByRole('region', { name: 'right pane' }), 'Dear guests.')
    await page.keyboard.type('tjobs-claim', { delay: 0 })
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await savedHighlights(app)).map((h) => h.tags)).toEqual([['jobs-claim']])
  })
}
