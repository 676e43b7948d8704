// Links a passage of the left pane to one of the right pane, through the selection toolbar's Link….
import type { Page } from '@playwright/test'
import { selectText } from './select'

export async function linkAcrossPanes(page: Page, left: string, right: string): Promise<void> {
  const toolbar = page.getByRole('toolbar', { name: 'Highlight the selection' })
  await selectText(page.getByRole('region', { name: 'left pane' }), left)
  await toolbar.getByRole('button', { name: 'Link…' }).click()
  await selectText(page.getByRole('region', { name: 'right pane' }), right)
  await toolbar.getByRole('button', { name: 'Link', exact: true }).click()
}
