// Steps shared by the specs and the screenshots: the palette and the find bar, opened from the left pane.
import type { Page } from '@playwright/test'
import { expect } from './fixtures'

export async function paletteFromLeftPane(page: Page, typed: string): Promise<void> {
  await page.getByRole('region', { name: 'left pane' }).locator('.pane-scroll').focus()
  await page.keyboard.press('Control+K')
  await page.keyboard.type(typed)
  await expect(page.getByRole('dialog', { name: 'Command palette' }).getByRole('option').first()).toBeVisible()
}

export async function findInLeftPane(page: Page, typed: string): Promise<void> {
  await page.getByRole('region', { name: 'left pane' }).locator('.pane-scroll').focus()
  await page.keyboard.press('Control+F')
  await page.keyboard.type(typed)
  await expect(page.locator('.find-count')).toHaveText(/^1 of \d+$/)
}
