// `npm test`: build, typecheck, lint, unit tests, end-to-end tests and the security scan, then one
// closing line that adds up every runner: `tests: N passed, N failed`.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { ensureChromium, ensureSyncthing } from './ensure-chromium.mjs'

const results = []
// prettier-ignore
const BROWSER_MODE_SPECS = ['e2e/reader.spec.ts', 'e2e/annotations.spec.ts', 'e2e/import.spec.ts', 'e2e/compare.spec.ts', 'e2e/notes-kept.spec.ts', 'e2e/keyboard.spec.ts', 'e2e/live-library.spec.ts', 'e2e/saved-pictures.spec.ts', 'e2e/xss.spec.ts']
const only = process.argv.slice(2)
const wanted = (name) => only.length === 0 || only.includes(name)

function run(name, command, args, env = {}) {
  console.log(`\n── ${name}: ${command} ${args.join(' ')}`)
  const started = Date.now()
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  console.log(
    `── ${name}: ${r.status === 0 ? 'ok' : `failed (exit ${r.status ?? r.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`
  )
  return r.status === 0
}

function step(name, command, args) {
  if (!wanted(name)) return
  const ok = run(name, command, args)
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 })
}

function counted(name, command, args, reportFile, count, env = {}) {
  if (!wanted(name)) return
  rmSync(reportFile, { force: true })
  const ok = run(name, command, args, env)
  let passed = 0
  let failed = 0
  if (existsSync(reportFile)) {
    ;({ passed, failed } = count(JSON.parse(readFileSync(reportFile, 'utf8'))))
  }
  // A runner that crashed before reporting still counts as a failure.
  if (!ok && failed === 0) failed = 1
  results.push({ name, passed, failed })
}

mkdirSync('test-results', { recursive: true })
step('build', 'npx', ['electron-vite', 'build'])
step('typecheck', 'npm', ['run', '--silent', 'typecheck'])
step('lint', 'npx', ['eslint', '.', '--max-warnings=0'])
step('format', 'npx', ['prettier', '--check', '--log-level', 'warn', '**/*.{ts,mts,mjs,cjs,js,vue,css}'])
counted(
  'unit',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'],
  'test-results/unit.json',
  (r) => ({
    passed: r.numPassedTests,
    failed: r.numFailedTests
  })
)
// Two Syncthing instances on loopback and two Diptych processes on their folders: seconds, so apart from `unit`.
const syncthing = wanted('sync') ? ensureSyncthing() : { ok: true }
if (!syncthing.ok) {
  console.log(syncthing.message)
  results.push({ name: 'sync', passed: 0, failed: 1 })
} else
  counted(
    'sync',
    'npm',
    ['run', '--silent', 'test:sync', '--', '--reporter=default', '--reporter=json', '--outputFile=test-results/sync.json'],
    'test-results/sync.json',
    (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests })
  )
if (wanted('e2e')) {
  const chromium = ensureChromium()
  if (!chromium.ok) {
    console.log(chromium.message)
    results.push({ name: 'e2e', passed: 0, failed: 1 })
  } else {
    const playwrightCounts = (r) => ({ passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected })
    counted('e2e', 'npx', ['playwright', 'test'], 'test-results/e2e.json', playwrightCounts)
    // The main flows again in the browser mode: the real server on 127.0.0.1, the page over HTTP.
    counted('e2e-server', 'npx', ['playwright', 'test', ...BROWSER_MODE_SPECS], 'test-results/e2e-server.json', playwrightCounts, {
      DIPTYCH_E2E_MODE: 'server',
      DIPTYCH_E2E_REPORT: 'test-results/e2e-server.json'
    })
  }
}
if (existsSync('scripts/security-scan.mjs')) step('security', 'node', ['scripts/security-scan.mjs'])

console.log('\nsummary:')
for (const r of results) console.log(`  ${r.name.padEnd(10)} ${r.passed} passed, ${r.failed} failed`)
const passed = results.reduce((n, r) => n + r.passed, 0)
const failed = results.reduce((n, r) => n + r.failed, 0)
console.log(`tests: ${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
