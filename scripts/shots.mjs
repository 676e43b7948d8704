// `npm run shots`: build, then write PNG screenshots of the main screens into shots/.
import { spawnSync } from 'node:child_process'
import { ensureChromium } from './ensure-chromium.mjs'

const chromium = ensureChromium()
if (!chromium.ok) {
  console.error(chromium.message)
  process.exit(1)
}
for (const [cmd, args] of [
  ['npx', ['electron-vite', 'build']],
  ['npx', ['playwright', 'test', '-c', 'playwright.shots.config.ts']]
]) {
  const r = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, DIPTYCH_E2E_MODE: process.env.DIPTYCH_E2E_MODE ?? 'chromium' }
  })
  if (r.status !== 0) process.exit(r.status ?? 1)
}
console.log('screenshots written to shots/')
