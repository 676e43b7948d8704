// Another process changes the library while the window is open (the command line, or a sync tool
// bringing another computer's changes): the view follows without the reader doing anything, and what
// the reader is typing stays as it is. The other process is the app's own services in a child process
// (src/node/test-support/app-child.ts) on the same library folder.
import path from 'node:path'
import type { ApiError, LibrarySnapshot, Result } from '../src/shared/api'
import type { ArticleBody } from '../src/shared/model'
import { canonicalText } from '../src/shared/model'
import { bundleChild, RequestChild, type BundledChild } from '../src/node/test-support/child-process'
import { expect, test } from './fixtures'
import type { AppHandle } from './harness/app-handle'
import { clickText, selectText } from './select'

const resourcesDir = path.resolve(import.meta.dirname, '../resources')
let child: BundledChild
let other: RequestChild | undefined

test.beforeAll(async () => {
  child = await bundleChild(path.resolve(import.meta.dirname, '../src/node/test-support/app-child.ts'))
})
test.afterAll(() => child?.dispose())
test.afterEach(async () => {
  await other?.kill()
  other = undefined
})

async function call<T>(channel: string, req: unknown = null): Promise<T> {
  const r = await other!.request<Result<T, ApiError>>({ channel, req })
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`)
  return r.value
}

async function openOtherProcess(app: AppHandle): Promise<void> {
  other = new RequestChild(process.execPath, [child.file, app.dataDir, resourcesDir])
  await other.waitFor((l) => l === '{"ready":true}', 'the other process to open the library')
}

async function libraryInWindow(app: AppHandle): Promise<LibrarySnapshot> {
  const lib = await app.page.evaluate(async () => await window.api.getLibrary())
  if (!lib.ok) throw new Error('library')
  return lib.value
}

/** Where a passage is in an article, as the other process computes it to highlight it. */
async function passage(articleId: string, exact: string) {
  const body = await call<ArticleBody>('getArticleBody', { id: articleId })
  const start = canonicalText(body.blocks).indexOf(exact)
  return { quote: { exact, prefix: '', suffix: '' }, position: { start, end: start + exact.length } }
}

test('a highlight and a tag added by another process appear at once; the note being typed is kept', async ({ app }) => {
  const page = app.page
  const right = page.getByRole('region', { name: 'right pane' })
  await selectText(right, 'Dear friends.')
  await page.keyboard.press('n')
  const card = page.getByRole('dialog', { name: /^Highlight: Dear friends/ })
  const note = card.getByRole('textbox', { name: 'Note' })
  await page.keyboard.type('Typed here while', { delay: 0 })
  await expect.poll(async () => (await libraryInWindow(app)).highlights.length).toBe(1)
  const mine = (await libraryInWindow(app)).highlights[0]

  await openOtherProcess(app)
  await call('createHighlight', {
    articleId: mine.articleId,
    color: 'green',
    note: 'Added on the laptop',
    ...(await passage(mine.articleId, 'Dear guests.'))
  })
  await call('updateHighlight', { id: mine.id, patch: { tags: ['from-laptop'] } })

  // Nothing done in the window: the count, the open card's tags follow; the note field keeps its text and focus.
  await expect(page.getByRole('button', { name: 'Annotations of the right pane' })).toContainText('2')
  await expect(card.getByText('#from-laptop')).toBeVisible()
  await expect(note).toHaveValue('Typed here while')
  await expect(note).toBeFocused()
  await page.keyboard.type(' the laptop wrote', { delay: 0 })
  await expect
    .poll(async () => (await libraryInWindow(app)).highlights.find((h) => h.id === mine.id))
    .toMatchObject({ note: 'Typed here while the laptop wrote', tags: ['from-laptop'] })

  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Annotations of the right pane' }).click()
  const sidebar = page.getByRole('complementary', { name: 'Annotations in the right pane' })
  await expect(sidebar.getByRole('button', { name: /^Dear guests\./ })).toContainText('Added on the laptop')
})

test('an open card shows the note another process wrote on its highlight', async ({ app }) => {
  const page = app.page
  const right = page.getByRole('region', { name: 'right pane' })
  await selectText(right, 'Dear friends.')
  await page.keyboard.press('h')
  await expect.poll(async () => (await libraryInWindow(app)).highlights.length).toBe(1)
  await clickText(right, 'Dear friends')
  const card = page.getByRole('dialog', { name: /^Highlight: Dear friends/ })
  await expect(card).toBeVisible()
  const id = (await libraryInWindow(app)).highlights[0].id

  await openOtherProcess(app)
  await call('updateHighlight', { id, patch: { note: 'Written on the *desktop*' } })
  await expect(card.locator('.note-body em')).toHaveText('desktop')
})
