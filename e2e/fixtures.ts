// `test` with an `app` fixture: the app on a fresh, empty data folder of its own (a first run), in
// Chromium mode (the built renderer over the real handler table) or in Electron mode.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test as base, expect, chromium, type Browser } from '@playwright/test'
import type { AppHandle } from './harness/app-handle'
import { ChromiumApp } from './harness/chromium-app'
import { ElectronApp } from './harness/electron-app'
import { ServerApp } from './harness/server-app'

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--disable-quic'
]

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
}

function electronBinary(): string | undefined {
  if (process.env.ELECTRON_PATH && existsSync(process.env.ELECTRON_PATH)) return process.env.ELECTRON_PATH
  const local = path.resolve(import.meta.dirname, '../node_modules/electron/dist')
  return existsSync(local) ? undefined : 'missing'
}

/** Electron when its binary (and a display) is there, else Chromium over the binding; `server` (the browser mode) on request. */
export function e2eMode(): 'chromium' | 'electron' | 'server' {
  const forced = process.env.DIPTYCH_E2E_MODE
  if (forced === 'chromium' || forced === 'electron' || forced === 'server') return forced
  const binary = electronBinary()
  const display = process.platform !== 'linux' || Boolean(process.env.DISPLAY)
  return binary !== 'missing' && display ? 'electron' : 'chromium'
}

export const test = base.extend<{ app: AppHandle }, { browser: Browser }>({
  browser: [
    async ({}, use) => {
      if (e2eMode() === 'electron') return use(undefined as unknown as Browser)
      const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true })
      await use(browser)
      await browser.close()
    },
    { scope: 'worker' }
  ],
  app: async ({ browser }, use) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'diptych-e2e-'))
    const binary = electronBinary()
    const mode = e2eMode()
    const app: AppHandle =
      mode === 'electron'
        ? new ElectronApp(dataDir, binary === 'missing' ? undefined : binary)
        : mode === 'server'
          ? new ServerApp(browser, dataDir)
          : new ChromiumApp(browser, dataDir)
    await app.start()
    await use(app)
    await app.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
})

export { expect }
