import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from './fixtures'

test('Update export: the library into a folder twice, a line written there by hand kept', async ({ app }) => {
  const page = app.page
  const vault = mkdtempSync(path.join(os.tmpdir(), 'diptych-vault-'))
  const update = async () => {
    await page.getByRole('button', { name: 'Export', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Export' })
    await dialog.getByLabel(/The whole library/).check()
    await app.answerDialog([vault])
    await dialog.getByRole('button', { name: 'Update export…' }).click()
  }
  await update()
  await expect(page.getByText(/Updated the export in .*: 3 notes written \(3 new, 0 updated\), 0 unchanged, 0 skipped\./)).toBeVisible()
  const note = readdirSync(vault).find((name) => name.startsWith('Belarus'))!
  appendFileSync(path.join(vault, note), '\nMy own line.\n')
  const before = readFileSync(path.join(vault, note), 'utf8')

  await update()
  await expect(page.getByText(/0 notes written \(0 new, 0 updated\), 3 unchanged, 0 skipped\./)).toBeVisible()
  expect(readFileSync(path.join(vault, note), 'utf8')).toBe(before)
  expect(before).toMatch(/^---\ndiptych: "diptych:\/\/article\/anadolu-2024-05-16"\n/)
  rmSync(vault, { recursive: true, force: true })
})
