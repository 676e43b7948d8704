// Tags typed one after another while main is still saving the ones before, and a note typed with them:
// every one is saved, none taken back by main's answer to an earlier change.
import { expect, test } from './fixtures'
import type { AppHandle } from './harness/app-handle'
import { selectText } from './select'

const NOTE = 'Compare with the transcript wording'
// A quick typist: the third tag is typed after main has answered the first.
const KEY_DELAY = 50

async function saved(app: AppHandle) {
  const lib = await app.page.evaluate(async () => await window.api.getLibrary())
  if (!lib.ok) throw new Error('library')
  return lib.value.highlights.map((h) => ({ note: h.note, tags: h.tags }))
}

test.beforeEach(({ app }) => {
  test.skip(!app.slowDown, 'needs the Chromium harness')
  app.slowDown!('updateHighlight', 400)
})

test('three tags typed quickly while main is slow: all three are there after a restart', async ({ app }) => {
  await selectText(app.page.getByRole('region', { name: 'right pane' }), 'Dear friends.')
  await app.page.keyboard.press('t')
  await app.page.keyboard.type('one\ntwo\nthree\n', { delay: KEY_DELAY })
  const card = app.page.getByRole('dialog', { name: /^Highlight: Dear friends/ })
  await expect(card.getByRole('button', { name: /^Remove tag/ })).toHaveCount(3)
  await expect.poll(() => saved(app)).toEqual([{ note: '', tags: ['one', 'two', 'three'] }])
  await app.restart()
  expect(await saved(app)).toEqual([{ note: '', tags: ['one', 'two', 'three'] }])
})

test('a note typed, then tags at once while main is slow: note and tags are there after a restart', async ({ app }) => {
  await selectText(app.page.getByRole('region', { name: 'right pane' }), 'Dear friends.')
  await app.page.keyboard.press('n')
  await app.page.keyboard.type(NOTE, { delay: 0 })
  await app.page.getByRole('combobox', { name: 'Add a tag' }).click()
  await app.page.keyboard.type('one\ntwo\nthree\n', { delay: KEY_DELAY })
  await app.page.keyboard.press('Escape')
  const expected = [{ note: NOTE, tags: ['one', 'two', 'three'] }]
  await expect.poll(() => saved(app)).toEqual(expected)
  await app.restart()
  expect(await saved(app)).toEqual(expected)
})
