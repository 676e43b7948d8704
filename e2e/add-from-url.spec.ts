// Add from URL as a reader uses it: Ctrl+L (or the button, or a pasted address), the address typed at
// once, Enter; progress, Cancel, main's reasons in the dialog; the article saved for good. Pages come from
// a small server of the test's own on 127.0.0.1 (a random port), closed after each test.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import type { AppHandle } from './harness/app-handle'
import { colourAtCentre, near } from './pixels'
import { solidPng } from '../src/node/test-support/pictures'

const TITLE = 'Harbour works resume after the winter storms'
const FIRST = 'Work on the northern breakwater resumed on Monday, three months after the storms that damaged it.'
const BLUE: [number, number, number] = [30, 90, 200]
const CHART_CAPTION = 'Tonnage handled at the port, month by month.'
const WITH_PICTURE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tonnage at the port</title></head><body><article>
<h1>Tonnage at the port</h1>${'<p>The port handled more cargo this winter than in any winter before, despite the storms.</p>'.repeat(4)}
<figure><img src="/chart.png" alt="A blue chart" width="300" height="200"><figcaption>${CHART_CAPTION}</figcaption></figure>
${'<p>Officials expect the figures to grow again once the breakwater is finished next year.</p>'.repeat(3)}</article></body></html>`

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${TITLE}</title>
<meta property="og:site_name" content="Coastal Courier"></head><body><article><h1>${TITLE}</h1>
<p>${FIRST}</p>${'<p>The port authority said the repairs would take the rest of the year, and that ships would keep using the southern entrance until then.</p>'.repeat(6)}
</article></body></html>`

interface Site {
  url(path: string): string
  close(): Promise<void>
}

const sites: Site[] = []
test.afterEach(async () => {
  await Promise.all(sites.splice(0).map((s) => s.close()))
})

/** The test's web: /article, /missing (404), /slow (starts a long page, then waits). */
async function startSite(): Promise<Site> {
  const server: Server = createServer((req, res) => {
    if (req.url === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end(ARTICLE)
    } else if (req.url === '/with-picture') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end(WITH_PICTURE)
    } else if (req.url === '/chart.png') {
      res.writeHead(200, { 'content-type': 'image/png' })
      res.end(solidPng(300, 200, BLUE))
    } else if (req.url === '/slow') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(1024 * 1024) })
      res.write(`<html><head><title>Slow</title></head><body><p>${'x'.repeat(64 * 1024)}`)
      // …and nothing more until the client gives up or the test ends.
    } else {
      res.writeHead(404, { 'content-type': 'text/html' })
      res.end('<h1>Not found</h1>')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const site: Site = {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
  sites.push(site)
  return site
}

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Add from URL' })
const field = (page: Page) => dialog(page).getByRole('textbox', { name: 'URL' })

// ── The whole flow: these need main's importUrl (the url helper's handlers) ─────────────────────────

test('Ctrl+L and the address typed at once: the article is added and opens, and still opens after the server stops and the app restarts', async ({
  app
}) => {
  const page = app.page
  const site = await startSite()
  await page.keyboard.press('Control+L')
  await page.keyboard.type(site.url('/article'), { delay: 0 })
  await page.keyboard.press('Enter')
  await expect(dialog(page)).toBeHidden()
  const left = page.getByRole('region', { name: 'left pane' })
  await expect(left).toContainText(FIRST)
  await expect(page.getByRole('navigation', { name: 'Library' })).toContainText(TITLE)
  await expect(page.getByRole('status').filter({ hasText: `Added “${TITLE}”` })).toBeVisible()

  await site.close()
  await app.restart()
  const library = app.page.getByRole('navigation', { name: 'Library' })
  await library.getByRole('button', { name: `Open “${TITLE}” in the right pane` }).click()
  await expect(app.page.getByRole('region', { name: 'right pane' })).toContainText(FIRST)
})

test('a page with a picture: after the server stops and the app restarts, the picture still shows, and reading asks nothing of the web', async ({
  app
}) => {
  const site = await startSite()
  await app.page.keyboard.press('Control+L')
  await app.page.keyboard.type(site.url('/with-picture'), { delay: 0 })
  await app.page.keyboard.press('Enter')
  await expect(dialog(app.page)).toBeHidden()
  await expect(app.page.getByRole('region', { name: 'left pane' })).toContainText(CHART_CAPTION)

  await site.close()
  await app.restart()
  const requests: string[] = []
  app.page.on('request', (request) => requests.push(request.url()))
  await app.page.reload()
  await app.page.locator('.app[data-ready="true"]').waitFor()
  const picture = app.page.getByRole('region', { name: 'left pane' }).getByRole('img', { name: 'A blue chart' })
  await expect(picture).toBeVisible()
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(300)
  const seen = await colourAtCentre(picture)
  expect(near(seen, BLUE), `the picture's centre is ${seen.join(', ')}`).toBe(true)
  const origin = new URL(app.page.url()).origin
  expect(requests.filter((url) => !url.startsWith(origin + '/'))).toEqual([])
})

test('keyboard only: Tab to Add from URL, type, Enter; the article opens in the focused pane', async ({ app }) => {
  const page = app.page
  const site = await startSite()
  const button = page.getByRole('button', { name: 'Add from URL', exact: true })
  for (let i = 0; i < 40 && !(await button.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(button).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(field(page)).toBeFocused()
  await page.keyboard.type(site.url('/article'))
  await page.keyboard.press('Enter')
  await expect(dialog(page)).toBeHidden()
  await expect(page.getByRole('region', { name: 'left pane' })).toContainText(FIRST)
  // Focus goes back to what opened the dialog.
  await expect(button).toBeFocused()
})

test('a page that is not found: the reason in the dialog, the address kept to fix and add again', async ({ app }) => {
  const page = app.page
  const site = await startSite()
  await page.keyboard.press('Control+L')
  await page.keyboard.type(site.url('/missing'))
  await page.keyboard.press('Enter')
  await expect(dialog(page).getByRole('alert')).toContainText(/not found|404/i)
  await expect(field(page)).toHaveValue(site.url('/missing'))
  await expect(field(page)).toHaveAttribute('aria-invalid', 'true')
  await field(page).fill(site.url('/article'))
  await page.keyboard.press('Enter')
  await expect(dialog(page)).toBeHidden()
  await expect(page.getByRole('region', { name: 'left pane' })).toContainText(FIRST)
})

test('Cancel on a slow page stops it: the dialog says so, and nothing is added', async ({ app }) => {
  const page = app.page
  const site = await startSite()
  const articles = page.getByRole('navigation', { name: 'Library' }).locator('.article-item')
  const before = await articles.count()
  await page.keyboard.press('Control+L')
  await page.keyboard.type(site.url('/slow'))
  await page.keyboard.press('Enter')
  await expect(dialog(page).getByRole('status')).toContainText(/Connecting|Downloading/)
  await dialog(page).getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog(page).getByRole('alert')).toHaveText('Cancelled: nothing was added.')
  await expect(field(page)).toHaveValue(site.url('/slow'))
  await expect(field(page)).toBeFocused()
  await expect(articles).toHaveCount(before)
  // Escape cancels too, and then, with nothing running, closes.
  await page.keyboard.press('Enter')
  await expect(dialog(page).getByRole('status')).toContainText(/Connecting|Downloading/)
  await page.keyboard.press('Escape')
  await expect(dialog(page).getByRole('alert')).toHaveText('Cancelled: nothing was added.')
  await page.keyboard.press('Escape')
  await expect(dialog(page)).toBeHidden()
})

// ── The reader's side alone ──────────────────────────────────────────────────────────────────────────

test('keys typed right after Ctrl+L all land in the URL field, from the page or from another field', async ({ app }) => {
  const page = app.page
  const address = 'http://127.0.0.1:8080/news/harbour-works?id=42'
  await page.keyboard.press('Control+L')
  await page.keyboard.type(address, { delay: 0 })
  await expect(field(page)).toHaveValue(address)
  await page.keyboard.press('Escape')
  await expect(dialog(page)).toBeHidden()
  // The field kept what was typed; from the library's filter field, Ctrl+L still opens it, focused.
  await page.getByRole('searchbox', { name: 'Filter the library' }).click()
  await page.keyboard.press('Control+L')
  await page.keyboard.press('Control+A')
  await page.keyboard.type('https://example.org/a', { delay: 0 })
  await expect(field(page)).toHaveValue('https://example.org/a')
})

test('an address that cannot be fetched is explained under the field before any request', async ({ app }) => {
  const page = app.page
  await page.keyboard.press('Control+L')
  await page.keyboard.press('Enter')
  await expect(dialog(page).getByRole('alert')).toHaveText('Type or paste the address of a web page.')
  await page.keyboard.type('ftp://example.org/report.html')
  await page.keyboard.press('Enter')
  await expect(dialog(page).getByRole('alert')).toContainText('must start with http:// or https://, not ftp:')
  await field(page).fill('https://example.org/a report')
  await page.keyboard.press('Enter')
  await expect(dialog(page).getByRole('alert')).toHaveText('A web address has no spaces: check what was typed or pasted.')
  await expect(field(page)).toHaveAttribute('aria-invalid', 'true')
  await expect(field(page)).toHaveAccessibleDescription('A web address has no spaces: check what was typed or pasted.')
})

async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((text) => {
    const data = new DataTransfer()
    data.setData('text/plain', text)
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }))
  }, text)
}

test('a bare web address pasted outside a field opens Add from URL with it; other text imports as before', async ({ app }) => {
  const page = app.page
  await paste(page, ' https://example.org/news/harbour-works\n')
  await expect(field(page)).toHaveValue('https://example.org/news/harbour-works')
  await expect(field(page)).toBeFocused()
  await page.keyboard.press('Escape')
  await paste(page, 'See https://example.org/news/harbour-works for the report on the works.')
  await expect(page.getByRole('dialog', { name: 'Import summary' })).toContainText('1 imported')
  await expect(dialog(page)).toBeHidden()
})

test('the shortcut sheet lists Ctrl+L', async ({ app }) => {
  const page = app.page
  await page.keyboard.press('?')
  const row = page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('row', { name: /Add an article from a web address/ })
  await expect(row).toContainText('Ctrl+L')
})

/** Adds a page main answers about only after `ms` (the binding waits): the request runs meanwhile. */
async function addHeldByMain(app: AppHandle, ms: number): Promise<void> {
  app.slowDown!('importUrl', ms)
  await app.page.keyboard.press('Control+L')
  await app.page.keyboard.type('https://example.org/news/harbour-works')
  await app.page.keyboard.press('Enter')
}

test('closing the dialog with a click outside while a page loads keeps it going, shown in a notice with Cancel', async ({ app }) => {
  test.skip(!app.slowDown, 'needs the Chromium harness')
  const page = app.page
  await addHeldByMain(app, 30_000)
  await expect(dialog(page).getByRole('status')).toHaveText('Connecting…')
  await page.mouse.click(5, 890)
  await expect(dialog(page)).toBeHidden()
  const notice = page.locator('.notice').filter({ hasText: 'Adding https://example.org/news/harbour-works: Connecting…' })
  await expect(notice.getByRole('button', { name: 'Cancel' })).toBeVisible()
  // Ctrl+L shows it again, still running, its address kept.
  await page.keyboard.press('Control+L')
  await expect(field(page)).toHaveValue('https://example.org/news/harbour-works')
  await expect(field(page)).toHaveAttribute('readonly', '')
  await expect(notice).toBeHidden()
})

test('Cancel while main has not answered yet: the dialog says so, focus stays in the field, Escape then closes', async ({ app }) => {
  test.skip(!app.slowDown, 'needs the Chromium harness')
  const page = app.page
  await addHeldByMain(app, 5_000)
  await dialog(page).getByRole('button', { name: 'Cancel' }).click()
  await expect(field(page)).toBeFocused()
  await expect(dialog(page).getByRole('alert')).toHaveText('Cancelled: nothing was added.')
  await expect(field(page)).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog(page)).toBeHidden()
})
