import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from './fixtures'
import { selectText } from './select'

/** This computer's change-log folder in the library (changes/<device>): the harness's processes are one device. */
function deviceFolder(dataDir: string): { device: string; folder: string } {
  const device = readdirSync(path.join(dataDir, 'changes'))[0]
  return { device, folder: path.join(dataDir, 'changes', device) }
}

test('a damaged snapshot is moved aside, the library rebuilt from the newest good backup and the changes since, and the reader told', async ({
  app
}) => {
  const left = () => app.page.getByRole('region', { name: 'left pane' })
  await selectText(left(), 'We have to rebuild a significant area from scratch')
  await app.page.keyboard.press('h')
  await expect(app.page.getByRole('button', { name: 'Annotations of the left pane' })).toContainText('1')
  // Opening a library with content backs it up.
  await app.restart()
  await app.stop()
  const { device } = deviceFolder(app.dataDir)
  const snapshots = path.join(app.dataDir, 'snapshots')
  mkdirSync(snapshots, { recursive: true })
  const file = path.join(snapshots, `${device}.json`)
  // Cut short as a disk failure would: the written one if compaction wrote it, else a start of one.
  writeFileSync(file, existsSync(file) ? readFileSync(file, 'utf8').slice(0, 200) : '{"version":')

  await app.start()
  const said = app.page.getByRole('status').filter({ hasText: 'damaged' })
  await expect(said.first()).toContainText('library snapshot was damaged')
  const moved = readdirSync(snapshots).find((n) => n.startsWith(`${device}.corrupt-`))
  expect(moved).toBeDefined()
  await expect(app.page.getByRole('status').filter({ hasText: 'rebuilt the library' }).first()).toBeVisible()
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
  const left = () => app.page.getByRole('region', { name: 'left pane' })
  const count = () => app.page.getByRole('button', { name: 'Annotations of the left pane' })
  await selectText(left(), 'Belarus has expertise in urban planning')
  await app.page.keyboard.press('h')
  await expect(count()).toContainText('1')

  // The change log's folder taken by a file: the next write cannot append.
  const { folder } = deviceFolder(app.dataDir)
  renameSync(folder, `${folder}.aside`)
  writeFileSync(folder, 'not a folder')
  await selectText(left(), 'We have to rebuild a significant area from scratch')
  await app.page.keyboard.press('h')
  // Other saves (the reading position) may fail for the same reason; one alert at least says why.
  await expect(app.page.getByRole('alert').filter({ hasText: 'Could not save the library' }).first()).toBeVisible()
  await expect(count()).toContainText('2')

  rmSync(folder)
  renameSync(`${folder}.aside`, folder)
  await selectText(left(), 'creating modern, technological jobs')
  await app.page.keyboard.press('h')
  await expect(count()).toContainText('3')
  await app.restart()
  await expect(count()).toContainText('3')
})
