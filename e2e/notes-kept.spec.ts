// A note is saved as the reader types: nothing typed is lost by clicking elsewhere, Escape, another
// selection, or the window going away.
import { expect, test } from './fixtures'
import type { AppHandle } from './harness/app-handle'
import type { ServerApp } from './harness/server-app'
import { clickText, selectText } from './select'

const NOTE = 'Compare with the transcript wording'

async function notes(app: AppHandle): Promise<string[]> {
  const lib = await app.page.evaluate(async () => await window.api.getLibrary())
  if (!lib.ok) throw new Error('library')
  return lib.value.highlights.map((h) => h.note)
}

async function startNote(app: AppHandle, passage = 'Dear friends.'): Promise<void> {
  await selectText(app.page.getByRole('region', { name: 'right pane' }), passage)
  await app.page.keyboard.press('n')
  await app.page.keyboard.type(NOTE, { delay: 0 })
}

test('a note typed, then a click elsewhere in the text: it is there after a restart', async ({ app }) => {
  await startNote(app)
  await clickText(app.page.getByRole('region', { name: 'right pane' }), 'Today, we are welcoming')
  await expect(app.page.getByRole('dialog', { name: /^Highlight: Dear friends/ })).toHaveCount(0)
  await app.restart()
  expect(await notes(app)).toEqual([NOTE])
})

test('a note whose save never reached the server is sent again as the window closes: it is there after a restart', async ({ app }) => {
  test.skip(app.mode !== 'server', 'only the browser mode sends saves over the network')
  await startNote(app)
  // The save sent as the card closes is lost between page and server (the connection drops).
  await app.page.route('**/api/updateHighlight', (route) => route.abort('connectionreset'), { times: 1 })
  await clickText(app.page.getByRole('region', { name: 'right pane' }), 'Today, we are welcoming')
  await expect(app.page.getByRole('dialog', { name: /^Highlight: Dear friends/ })).toHaveCount(0)
  await app.restart()
  expect(await notes(app)).toEqual([NOTE])
})

test('a note typed while its highlight is still being saved, the window gone before the highlight is confirmed: it is there after a restart', async ({
  app
}) => {
  test.skip(app.mode !== 'server', 'only the browser mode sends saves over the network')
  // A slow disk: the server has the new highlight, but its answer reaches the page only after the page has
  // gone, so the note's save, which waits for that answer, is left to what the page sends as it goes.
  const gone = app.page.waitForEvent('close')
  const annotations = (app as ServerApp).served.context.annotations
  const create = annotations.createHighlight.bind(annotations)
  annotations.createHighlight = async (req) => {
    const created = await create(req)
    await gone
    return created
  }
  await startNote(app)
  await clickText(app.page.getByRole('region', { name: 'right pane' }), 'Today, we are welcoming')
  await expect(app.page.getByRole('dialog', { name: /^Highlight: Dear friends/ })).toHaveCount(0)
  await app.restart()
  expect(await notes(app)).toEqual([NOTE])
})

test('Escape while editing a note keeps what was typed', async ({ app }) => {
  await startNote(app)
  await app.page.keyboard.press('Escape')
  await app.page.keyboard.press('Escape')
  await expect.poll(() => notes(app)).toEqual([NOTE])
})

test('selecting another passage keeps the note being typed', async ({ app }) => {
  await startNote(app)
  await selectText(app.page.getByRole('region', { name: 'right pane' }), 'Dear guests.')
  await app.page.getByRole('toolbar', { name: 'Highlight the selection' }).getByRole('button', { name: 'Highlight' }).click()
  await expect.poll(() => notes(app)).toEqual([NOTE, ''])
})

test('a note typed survives the window going away before any save', async ({ app }) => {
  await startNote(app)
  await app.page.reload()
  await app.page.locator('.app[data-ready="true"]').waitFor()
  await expect.poll(() => notes(app)).toEqual([NOTE])
})

test('a note typed in one go is one undo step', async ({ app }) => {
  await startNote(app)
  await clickText(app.page.getByRole('region', { name: 'right pane' }), 'Today, we are welcoming')
  await expect.poll(() => notes(app)).toEqual([NOTE])
  await app.page.keyboard.press('Control+z')
  await expect.poll(() => notes(app)).toEqual([''])
})

test('a tag typed and not entered is kept when the reader clicks elsewhere', async ({ app }) => {
  const pane = app.page.getByRole('region', { name: 'right pane' })
  await selectText(pane, 'Dear friends.')
  await app.page.keyboard.type('tjobs-claim', { delay: 0 })
  await clickText(pane, 'Dear guests.')
  await expect
    .poll(async () => {
      const lib = await app.page.evaluate(async () => await window.api.getLibrary())
      return lib.ok ? lib.value.highlights.map((h) => h.tags) : null
    })
    .toEqual([['jobs-claim']])
})
