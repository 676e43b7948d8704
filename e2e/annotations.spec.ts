import { expect, test } from './fixtures'
import { clickText, selectText } from './select'

const QUOTE = 'We have to rebuild a significant area from scratch'

test('highlight, note and tag survive a restart; delete and undo bring them back', async ({ app }) => {
  let page = app.page
  const anadolu = () => app.page.getByRole('region', { name: 'left pane' })
  await selectText(anadolu(), QUOTE)
  await page.getByRole('toolbar', { name: 'Highlight the selection' }).getByRole('button', { name: 'green' }).click()
  await expect(page.getByRole('button', { name: 'Annotations of the left pane' })).toContainText('1')

  await clickText(anadolu(), 'rebuild a significant')
  const card = page.getByRole('dialog', { name: /^Highlight: We have to rebuild/ })
  await expect(card).toBeVisible()
  await expect(card.getByRole('button', { name: 'Colour green' })).toHaveAttribute('aria-pressed', 'true')
  await card.getByRole('button', { name: 'Add note' }).click()
  await card.getByRole('textbox', { name: 'Note' }).fill('The transcript: *we have to rebuild from scratch an area*.')
  await card.getByRole('button', { name: 'Save note' }).click()
  await expect(card.locator('.note-body em')).toHaveText('we have to rebuild from scratch an area')
  await card.getByRole('combobox', { name: 'Add a tag' }).fill('quote')
  await card.getByRole('combobox', { name: 'Add a tag' }).press('Enter')
  await expect(card.getByText('#quote')).toBeVisible()

  await app.restart()
  page = app.page
  await page.getByRole('button', { name: 'Annotations of the left pane' }).click()
  const sidebar = page.getByRole('complementary', { name: 'Annotations in the left pane' })
  const entry = sidebar.getByRole('button', { name: new RegExp(QUOTE) })
  await expect(entry).toContainText('we have to rebuild from scratch an area')
  await expect(entry).toContainText('#quote')

  await entry.click()
  const card2 = page.getByRole('dialog', { name: /^Highlight: We have to rebuild/ })
  await card2.getByRole('button', { name: 'Delete highlight' }).click()
  await expect(sidebar.getByRole('button', { name: new RegExp(QUOTE) })).toHaveCount(0)
  await page.keyboard.press('Control+z')
  const back = sidebar.getByRole('button', { name: new RegExp(QUOTE) })
  await expect(back).toContainText('#quote')
  await expect(back).toContainText('we have to rebuild from scratch an area')
  // The same highlight, not a copy: one highlight in the library, with its id kept.
  const lib = await page.evaluate(async () => await window.api.getLibrary())
  expect(lib.ok && lib.value.highlights).toHaveLength(1)

  // Rename the tag: the sidebar and the tag manager show the new name.
  await page.getByRole('button', { name: 'Tags' }).click()
  const tags = page.getByRole('dialog', { name: 'Tags' })
  await tags.getByRole('button', { name: 'Rename quote' }).click()
  await tags.getByRole('textbox', { name: 'New name for quote' }).fill('aliyev-quote')
  await tags.getByRole('button', { name: 'Rename', exact: true }).click()
  await expect(tags.getByText('#aliyev-quote')).toBeVisible()
  await expect(tags.getByText('#quote', { exact: true })).toHaveCount(0)
  await tags.getByRole('button', { name: 'Close tags' }).click()
  await expect(back).toContainText('#aliyev-quote')
})

test('keyboard: h highlights in the last colour, n opens the note', async ({ app }) => {
  const page = app.page
  const trend = page.getByRole('region', { name: 'right pane' })
  await selectText(trend, 'Dear friends.')
  await page.keyboard.press('n')
  const card = page.getByRole('dialog', { name: /^Highlight: Dear friends/ })
  await expect(card.getByRole('textbox', { name: 'Note' })).toBeFocused()
  await page.keyboard.type('Salutation')
  await card.getByRole('button', { name: 'Save note' }).click()
  // As a reader would: the saved note shows before the next selection.
  await expect(card.locator('.note-body')).toHaveText('Salutation')
  await selectText(trend, 'Dear guests.')
  await page.keyboard.press('h')
  const lib = await page.evaluate(async () => await window.api.getLibrary())
  if (!lib.ok) throw new Error('library')
  expect(lib.value.highlights.map((h) => [h.quote.exact, h.color, h.note])).toEqual([
    ['Dear friends.', 'yellow', 'Salutation'],
    ['Dear guests.', 'yellow', '']
  ])
})

test('a highlight across two paragraphs, and two overlapping highlights open their own cards', async ({ app }) => {
  const page = app.page
  const left = page.getByRole('region', { name: 'left pane' })
  const toolbar = page.getByRole('toolbar', { name: 'Highlight the selection' })
  await selectText(left, 'for many epochs."\n\n"If in this great cause')
  await toolbar.getByRole('button', { name: 'blue' }).click()
  await selectText(left, 'Aliyev, for his part, described the scale of the work')
  await toolbar.getByRole('button', { name: 'pink' }).click()
  await selectText(left, 'described the scale of the work in Karabakh as enormous')
  await toolbar.getByRole('button', { name: 'purple' }).click()
  await expect(page.getByRole('button', { name: 'Annotations of the left pane' })).toContainText('3')

  const lib = await page.evaluate(async () => await window.api.getLibrary())
  if (!lib.ok) throw new Error('library')
  expect(lib.value.highlights[0].quote.exact).toBe('for many epochs."\n\n"If in this great cause')

  await clickText(left, 'If in this great')
  await expect(page.getByRole('dialog', { name: /^Highlight: for many epochs/ })).toBeVisible()
  // Escape closes a card, which may cover the lines below its highlight.
  await page.keyboard.press('Escape')
  await clickText(left, 'Aliyev, for his')
  await expect(page.getByRole('dialog', { name: /^Highlight: Aliyev, for his part/ })).toBeVisible()
  await page.keyboard.press('Escape')
  await clickText(left, 'as enormous')
  await expect(page.getByRole('dialog', { name: /^Highlight: described the scale/ })).toBeVisible()
  await page.keyboard.press('Escape')
  // In the overlap the shorter highlight (53 characters against 56) opens.
  await clickText(left, 'scale of the')
  await expect(page.getByRole('dialog', { name: /^Highlight: Aliyev, for his part/ })).toBeVisible()
})

test('search finds quotes, notes and text and opens the place', async ({ app }) => {
  const page = app.page
  const left = page.getByRole('region', { name: 'left pane' })
  await selectText(left, 'Belarus has expertise in urban planning')
  await page.keyboard.press('n')
  await page.getByRole('textbox', { name: 'Note' }).fill('compare with the agro-towns sentence')
  await page.getByRole('button', { name: 'Save note' }).click()
  await expect(page.getByRole('dialog').locator('.note-body')).toHaveText('compare with the agro-towns sentence')
  await page.getByRole('button', { name: 'Close left pane' }).click()

  await page.getByRole('searchbox', { name: 'Search the library' }).fill('agro-towns')
  const results = page.getByRole('region', { name: 'Search results' })
  await expect(results.getByRole('heading', { name: /Belarus offers Azerbaijan help/ })).toBeVisible()
  await expect(results.getByRole('heading', { name: /I have invited Belarusian companies/ })).toBeVisible()
  await results.getByRole('button', { name: /note compare with the agro-towns/ }).click()
  await expect(page.getByRole('region', { name: 'left pane' }).getByRole('heading', { level: 1 })).toHaveText(
    'Belarus offers Azerbaijan help in restoring Karabakh region'
  )
  await expect(page.getByRole('dialog', { name: /^Highlight: Belarus has expertise/ })).toBeVisible()
})
