// Opens the browser mode in the reader's Chromium or Chrome as an app window (no tabs, no address
// bar), with a profile folder of its own so that it never touches the reader's browsing profile.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

// prettier-ignore
const CANDIDATES: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: [
    path.join(process.env.PROGRAMFILES ?? 'C:\\Program Files', 'Google\\Chrome\\Application\\chrome.exe'),
    path.join(process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', 'Google\\Chrome\\Application\\chrome.exe'),
    path.join(process.env.LOCALAPPDATA ?? '', 'Google\\Chrome\\Application\\chrome.exe')
  ]
}

/** The Chromium-family browser to open the app in: $DIPTYCH_BROWSER, else the usual places. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string | undefined {
  if (env.DIPTYCH_BROWSER) return exists(env.DIPTYCH_BROWSER) ? env.DIPTYCH_BROWSER : undefined
  return (CANDIDATES[process.platform] ?? []).find((p) => exists(p))
}

/** Starts the browser on `url` in app mode; resolves false when it could not be started. */
export function openInBrowser(browser: string, url: string, profileDir: string): Promise<boolean> {
  const args = [`--app=${url}`, `--user-data-dir=${profileDir}`, '--no-first-run', '--no-default-browser-check']
  // Chromium refuses to start as root (containers, build machines) unless told to run without its sandbox.
  if (process.getuid?.() === 0) args.push('--no-sandbox')
  return new Promise((resolve) => {
    const child = spawn(browser, args, { stdio: 'ignore', detached: true })
    child.once('error', () => resolve(false))
    child.once('spawn', () => {
      child.unref()
      resolve(true)
    })
  })
}
