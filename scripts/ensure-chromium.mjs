// The end-to-end tests drive Debian's Chromium (Playwright's own browser download is not possible
// here), and the sync tests Debian's Syncthing. Install a missing one when we are allowed to (root with
// apt-get); otherwise say how.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/** Makes sure Debian's `pkg` provides `path`; `override` names the variable that points elsewhere. */
export function ensureDebianTool({ path, pkg, need, override }) {
  if (existsSync(path)) return { ok: true, path }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
  if (isRoot && hasApt && !(override && process.env[override])) {
    console.log(`${pkg} is missing; installing Debian's ${pkg} package…`)
    const update = spawnSync('apt-get', ['update'], { stdio: 'inherit' })
    const install =
      update.status === 0
        ? spawnSync('apt-get', ['install', '-y', pkg], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
        : update
    if (install.status === 0 && existsSync(path)) return { ok: true, path }
  }
  const elsewhere = override ? ` or set ${override}` : ''
  return { ok: false, message: `${need} need ${pkg} at ${path}: install it (Debian: apt-get install -y ${pkg})${elsewhere}.` }
}

export function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  return ensureDebianTool({ path, pkg: 'chromium', need: 'End-to-end tests', override: 'CHROMIUM_PATH' })
}

export function ensureSyncthing() {
  const path = process.env.DIPTYCH_SYNCTHING ?? '/usr/bin/syncthing'
  return ensureDebianTool({ path, pkg: 'syncthing', need: 'The sync tests', override: 'DIPTYCH_SYNCTHING' })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = ensureChromium()
  console.log(r.ok ? `chromium: ${r.path}` : r.message)
  process.exit(r.ok ? 0 : 1)
}
