// The electron package no longer fetches its binary on install; this does, and never fails the install:
// offline machines (CI here, air-gapped readers) still get a working test setup without it.
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)

function electronDir() {
  try {
    return path.dirname(require.resolve('electron/package.json'))
  } catch {
    return null
  }
}

const dir = electronDir()
if (!dir) {
  console.log('diptych: the electron package is not installed (production install?); skipping its binary.')
  process.exit(0)
}
if (process.env.DIPTYCH_SKIP_ELECTRON_DOWNLOAD === '1') {
  console.log('diptych: DIPTYCH_SKIP_ELECTRON_DOWNLOAD=1, not fetching the Electron binary.')
  process.exit(0)
}
if (existsSync(path.join(dir, 'path.txt')) && existsSync(path.join(dir, 'dist'))) process.exit(0)

const installer = path.join(dir, 'install.js')
if (!existsSync(installer)) {
  console.log('diptych: electron has no install.js; the Electron binary was not fetched.')
  process.exit(0)
}
// A short timeout: on a closed network the download hangs rather than failing.
const result = spawnSync(process.execPath, [installer], {
  cwd: dir,
  stdio: ['ignore', 'pipe', 'pipe'],
  timeout: Number(process.env.DIPTYCH_ELECTRON_TIMEOUT_MS ?? 120_000),
  env: process.env
})
if (result.status === 0) {
  console.log('diptych: Electron binary installed.')
} else {
  const why = `${result.stderr ?? ''}`.split('\n').find((line) => line.trim()) ?? (result.error?.message || 'no answer')
  console.log(
    `diptych: could not download the Electron binary (${why.trim()}). The app cannot start until it is there: ` +
      'run "npx install-electron" when online (Node 22.12 or newer). Tests run without it in Chromium mode.'
  )
}
process.exit(0)
