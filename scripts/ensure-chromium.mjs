// The end-to-end tests drive Debian's Chromium (Playwright's own browser download is not possible
// here). Install it when missing and we are allowed to (root with apt-get); otherwise say how.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (existsSync(path)) return { ok: true, path }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
  if (isRoot && hasApt && !process.env.CHROMIUM_PATH) {
    console.log("Chromium is missing; installing Debian's chromium package…")
    const update = spawnSync('apt-get', ['update'], { stdio: 'inherit' })
    const install =
      update.status === 0
        ? spawnSync('apt-get', ['install', '-y', 'chromium'], {
            stdio: 'inherit',
            env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
          })
        : update
    if (install.status === 0 && existsSync(path)) return { ok: true, path }
  }
  return {
    ok: false,
    message: `End-to-end tests need Chromium at ${path}: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = ensureChromium()
  console.log(r.ok ? `chromium: ${r.path}` : r.message)
  process.exit(r.ok ? 0 : 1)
}
