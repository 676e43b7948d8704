import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from './fixtures'
import { selectText } from './select'

test('a damaged library.json is moved aside, the newest good backup restored, and the reader told', async ({ app }) => {
  const left = () => app.page.getByRole('region', { name: 'left pane' })
  await selectText(left(), 'We have to rebuild a significant area from scratch')
  await app.page.keyboard.press('h')
  await expect(app.page.getByRole('button', { name: 'Annotations of the left pane' })).toContainText('1')
  // Opening a library with content backs it up.
  await app.restart()
  await app.stop()
  const file = path.join(app.dataDir, 'library.json')
  writeFileSync(file, readFileSync(file, 'utf8').slice(0, 200))

  await app.start()
  const alert = app.page.getByRole('status').filter({ hasText: 'damaged' })
  await expect(alert).toContainText('restored the newest good backup')
  const moved = readdirSync(app.dataDir).find((n) => n.startsWith('library.corrupt-'))
  expect(moved).toBeDefined()
  await expect(alert).toContainText(moved!)
  expect(readFileSync(path.join(app.dataDir, moved!), 'utf8')).toHaveLength(200)
  await expect(app.page.getByRole('button', { name: 'Annotations of the left pane' })).toContainText('1')
})

test('restore a chosen backup from the backups dialog', async ({ app }) => {
  const page = () => app.page
  await app.restart()
  await selectText(page().getByRole('region', { name: 'left pane' }), 'Belarus has expertise')
  await page().keyboard.press('h')
  await expect(page().getByRole('button', { name: 'Annotations of the left pane' })).toContainText('1')
  await page().getByRole('button', { name: 'Library and backups' }).click()
  const dialog = page().getByRole('dialog', { name: 'Library and backups' })
  await expect(dialog).toContainText(app.dataDir)
  // The backup made when the library opened holds no highlight yet.
  await dialog
    .getByRole('button', { name: /^Restore / })
    .last()
    .click()
  await expect(page().getByRole('button', { name: 'Annotations of the left pane' })).toContainText('0')
  await page().getByRole('button', { name: 'Library and backups' }).click()
  await expect(
    page()
      .getByRole('dialog', { name: 'Library and backups' })
      .getByRole('button', { name: /^Restore / })
  ).toHaveCount(2)
})

test('a write that fails keeps the change on screen, says why, and the next write saves everything', async ({ app }) => {
  const { mkdirSync, renameSync, rmSync } = await import('node:fs')
  const left = () => app.page.getByRole('region', { name: 'left pane' })
  const count = () => app.page.getByRole('button', { name: 'Annotations of the left pane' })
  await selectText(left(), 'Belarus has expertise in urban planning')
  await app.page.keyboard.press('h')
  await expect(count()).toContainText('1')

  // The library file's place taken by a folder: the next write cannot replace it.
  const file = path.join(app.dataDir, 'library.json')
  renameSync(file, `${file}.aside`)
  mkdirSync(file)
  await selectText(left(), 'We have to rebuild a significant area from scratch')
  await app.page.keyboard.press('h')
  // Other saves (the reading position) may fail for the same reason; one alert at least says why.
  await expect(
    app.page.getByRole('alert').filter({ hasText: "library.json is a folder, not Diptych's library file" }).first()
  ).toBeVisible()
  await expect(count()).toContainText('2')

  rmSync(file, { recursive: true })
  renameSync(`${file}.aside`, file)
  await selectText(left(), 'creating modern, technological jobs')
  await app.page.keyboard.press('h')
  await expect(count()).toContainText('3')
  await app.restart()
  await expect(count()).toContainText('3')
})
