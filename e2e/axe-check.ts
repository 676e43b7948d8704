// Accessibility, checked with axe: no serious or critical violation on a screen. Prints the screen's
// violations (id, impact, count) as rows of a table, for the record.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect } from './fixtures'

export async function check(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  const rows = violations.map((v) => `| ${screen} | ${v.id} | ${v.impact} | ${v.nodes.length} |`)
  console.log(rows.join('\n') || `| ${screen} | none | | |`)
  if (process.env.AXE_DETAILS)
    for (const v of violations)
      for (const n of v.nodes) console.log(screen, v.id, JSON.stringify(n.target), n.failureSummary?.split('\n')[1])
  const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${screen}: ${v.id}`)
  expect.soft(grave, `serious or critical violations on ${screen}`).toEqual([])
}
