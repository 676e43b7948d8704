// The browser mode end to end: the real server on 127.0.0.1, the built renderer in Chromium over HTTP,
// and a page of another site (another local server) trying to reach it.
import { mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { e2eMode, expect, test } from './fixtures'
import { ServerApp } from './harness/server-app'
import { selectText } from './select'

const QUOTE = 'We have to rebuild a significant area from scratch'

test.skip(e2eMode() === 'electron', 'the browser mode runs in Chromium')

let server: ServerApp
let dataDir: string
test.beforeEach(async ({ browser }) => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'diptych-serve-'))
  server = new ServerApp(browser, dataDir)
  await server.start()
})
test.afterEach(async () => {
  await server.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

test('the seed pair shows; a highlight survives restarting the server; nothing but the server is asked', async () => {
  let page = server.page
  const left = () => page.getByRole('region', { name: 'left pane' })
  await expect(left().getByRole('heading', { level: 1 })).toHaveText('Belarus offers Azerbaijan help in restoring Karabakh region')
  await selectText(left(), QUOTE)
  await page.getByRole('toolbar', { name: 'Highlight the selection' }).getByRole('button', { name: 'green' }).click()
  await expect(page.getByRole('button', { name: 'Annotations of the left pane' })).toContainText('1')
  // The address bar no longer holds the secret.
  expect(new URL(page.url()).search).toBe('')
  await page.screenshot({ path: 'test-results/browser-mode.png' })

  await server.restart()
  page = server.page
  await page.getByRole('button', { name: 'Annotations of the left pane' }).click()
  await expect(
    page.getByRole('complementary', { name: 'Annotations in the left pane' }).getByRole('button', { name: new RegExp(QUOTE) })
  ).toBeVisible()
  expect(server.foreignRequests).toEqual([])
})

test('a page of another site can neither read the library, change it, open a socket to it, nor frame it', async () => {
  const target = server.origin
  // The attacker's page, served from another loopback port: a different origin, as any website is.
  const attacker = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' })
    res.end(`<!doctype html><title>elsewhere</title><iframe id="f" src="${target}/"></iframe>`)
  })
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve))
  try {
    // Same browser profile as the reader's app page, so the session cookie exists in it.
    const elsewhere = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`
    server.allowedOrigins.push(elsewhere)
    const page = await server.page.context().newPage()
    await page.goto(`${elsewhere}/`)
    const attempts = await page.evaluate(async (target) => {
      const tryFetch = async (init: RequestInit & { channel: string }) => {
        try {
          const r = await fetch(`${target}/api/${init.channel}`, init)
          return `status ${r.status}: ${await r.text()}`
        } catch (e) {
          return `failed: ${String(e)}`
        }
      }
      const read = await tryFetch({
        channel: 'getLibrary',
        method: 'POST',
        credentials: 'include',
        body: 'null',
        headers: { 'Content-Type': 'application/json' }
      })
      // A "simple" request needs no preflight: it reaches the server, which must refuse it by its Origin.
      const write = await tryFetch({
        channel: 'updateSettings',
        method: 'POST',
        credentials: 'include',
        mode: 'no-cors',
        body: '{"syncScroll":true}'
      })
      const socket = await new Promise<string>((resolve) => {
        const ws = new WebSocket(target.replace('http', 'ws') + '/')
        ws.onopen = () => resolve('open')
        ws.onerror = () => resolve('refused')
      })
      return { read, write, socket }
    }, target)
    expect(attempts.read).toMatch(/^failed/)
    expect(attempts.read).not.toContain('articles')
    expect(attempts.socket).toBe('refused')
    const framed = page.frameLocator('#f').locator('.app')
    await expect(framed).toHaveCount(0)
    await page.close()
    const library = await server.served.context.library.snapshot()
    expect(library.settings.syncScroll).toBe(false)
    expect(attempts.write).not.toContain('articles')
  } finally {
    attacker.close()
  }
})
