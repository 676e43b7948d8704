// The window holds in full only the highlights of the articles on screen; those of the others are
// counted from main's summaries and fetched when needed: a link's other end, an article opened again.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { linkAcrossPanes } from './link-across'
import { HIGHLIGHT_COLORS } from '../src/shared/model'

const TREND = 'trend-2024-05-16'
const pane = (page: Page, side: 'left' | 'right') => page.getByRole('region', { name: `${side} pane` })

test('a link to a passage in an article no longer shown names it, counts it, and opens it', async ({ app }) => {
  const page = app.page
  await linkAcrossPanes(page, 'Belarus has expertise in urban planning', 'Belarus has very good experience in urban planning')
  const card = page.getByRole('dialog', { name: /^Highlight: Belarus has expertise/ })
  await expect(card).toBeVisible()

  await page.getByRole('button', { name: 'Close right pane' }).click()
  await expect(page.locator('.pane[data-side="right"]')).not.toHaveAttribute('data-article', /./)
  await expect(page.locator(`.article-list li[data-article="${TREND}"]`)).toContainText('1 highlight')
  // The other end is not in a pane, yet the card quotes it; following the link opens its article with its card.
  const linked = card.getByRole('region', { name: 'Links' }).getByRole('button', { name: /Belarus has very good experience/ })
  await expect(linked).toBeVisible()
  await linked.click()
  await expect(pane(page, 'right')).toHaveAttribute('data-article', TREND)
  await expect(page.getByRole('dialog', { name: /^Highlight: Belarus has very good experience/ })).toBeVisible()

  // After a restart, with the article closed: still counted, and its highlight painted when it is opened again.
  await page.getByRole('button', { name: 'Close right pane' }).click()
  await app.restart()
  await expect(app.page.locator(`.article-list li[data-article="${TREND}"]`)).toContainText('1 highlight')
  await app.page
    .locator(`.article-list li[data-article="${TREND}"]`)
    .getByRole('button', { name: /in the right pane$/ })
    .click()
  await expect(pane(app.page, 'right')).toHaveAttribute('data-article', TREND)
  const painted = () =>
    app.page.evaluate((colors) => colors.reduce((n, c) => n + (CSS.highlights.get(`hl-${c}`)?.size ?? 0), 0), [...HIGHLIGHT_COLORS])
  await expect.poll(painted).toBe(2)
})
