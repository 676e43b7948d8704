// The Add from URL dialog, idle, running with progress, and refused, on a wide and a small window. Main's
// answers are scripted in the page (progress a real page gives only for a moment), so the pictures are stable.
import path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures'

const out = path.resolve(import.meta.dirname, '../../shots')
const URL = 'https://www.coastal-courier.example/news/2024/06/harbour-works-resume-after-the-winter-storms'
const REFUSED =
  'The site refused to give the page (403 Forbidden). It may be behind a paywall or a check for robots: open it in your browser, save it, and import the file.'

/** Main as the dialog meets it: importUrl answers `answer` after `ms` (never when null), with download progress meanwhile. */
async function scriptMain(page: Page, answer: { failed: string } | null): Promise<void> {
  await page.evaluate(
    ({ answer, refused }) => {
      const real = window.__diptychInvoke
      window.__diptychInvoke = (channel, req) => {
        if (channel === 'importUrl')
          return answer
            ? Promise.resolve(JSON.stringify({ ok: true, value: { fileName: 'x', status: 'failed', message: refused } }))
            : new Promise(() => {})
        if (channel === 'importUrlProgress')
          return Promise.resolve(
            JSON.stringify({ ok: true, value: { phase: 'downloading', bytes: 348_160, totalBytes: 1_258_291, imagesDone: 0, imagesTotal: 0 } })
          )
        return real(channel, req)
      }
    },
    { answer, refused: REFUSED }
  )
}

for (const [width, height] of [
  [1440, 900],
  [720, 480]
]) {
  test(`Add from URL at ${width}×${height}`, async ({ app }) => {
    const page = app.page
    await page.setViewportSize({ width, height })
    const dialog = page.getByRole('dialog', { name: 'Add from URL' })
    const shot = (name: string) => page.screenshot({ path: path.join(out, `add-from-url-${name}-${width}.png`) })

    await page.keyboard.press('Control+L')
    await expect(dialog).toBeVisible()
    await shot('idle')

    await scriptMain(page, null)
    await page.keyboard.type(URL)
    await page.keyboard.press('Enter')
    await expect(dialog.getByRole('status')).toHaveText('Downloading 340 KB of 1.2 MB')
    await shot('running')

    await page.reload()
    await page.locator('.app[data-ready="true"]').waitFor()
    await scriptMain(page, { failed: REFUSED })
    await page.keyboard.press('Control+L')
    await page.keyboard.type(URL)
    await page.keyboard.press('Enter')
    await expect(dialog.getByRole('alert')).toHaveText(REFUSED)
    await shot('error')
  })
}
