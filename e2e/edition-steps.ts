// The editions flow as a reader goes through it, shared by the spec and the screenshot: a story added from
// its address, two passages highlighted, the site edits the story, Check for a new edition.
import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'
import { selectText } from './select'
import { STORY_TITLE, STORY_V1, STORY_V2, storyPage } from '../src/node/test-support/edition-pages'
import { startWebServer, type WebServer } from '../src/node/test-support/web-server'

export const QUOTE = '“We will open the bridge in the spring of next year,” the mayor told reporters'
export const GONE = 'A spokesman for the builders declined to comment on the cost'

export const leftPane = (page: Page) => page.getByRole('region', { name: 'left pane' })

/** Adds the story from the local server, highlights two passages, then the site publishes its edit. */
export async function storyEditedAfterSaving(page: Page): Promise<WebServer> {
  const site = await startWebServer()
  const url = site.page('/story', storyPage(STORY_V1))
  await page.keyboard.press('Control+L')
  await page.keyboard.type(url, { delay: 0 })
  await page.keyboard.press('Enter')
  const pane = leftPane(page)
  await expect(pane).toContainText(STORY_V1[1])
  for (const passage of [QUOTE, GONE]) {
    await selectText(pane, passage)
    await page.keyboard.press('h')
  }
  await expect(pane.getByRole('button', { name: 'Annotations of the left pane' })).toContainText('2')
  site.page('/story', storyPage(STORY_V2))
  return site
}

export async function checkForNewEdition(page: Page): Promise<void> {
  await leftPane(page)
    .getByRole('group', { name: `Editions of ${STORY_TITLE}` })
    .getByRole('button', { name: 'Check for a new edition' })
    .click()
  await expect(page.getByText(`A new edition of “${STORY_TITLE}” was saved (edition 2).`)).toBeVisible()
}

/** In a 1440×900 window, the story edited after saving, its new edition checked for and Compare editions
 *  open with its changes shown: `use` gets the dialog; the site stops after it. */
export async function withEditionsCompared(page: Page, use: (dialog: Locator) => Promise<void>): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 })
  const site = await storyEditedAfterSaving(page)
  try {
    await checkForNewEdition(page)
    await leftPane(page).getByRole('button', { name: 'Compare editions' }).click()
    const dialog = page.getByRole('dialog', { name: 'Compare editions' })
    await expect(dialog.getByRole('region', { name: 'Changes' })).toBeVisible()
    await use(dialog)
  } finally {
    await site.close()
  }
}
