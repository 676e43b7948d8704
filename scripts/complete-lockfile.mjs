// The registry this project is built against serves only some platforms' builds of packages with native
// binaries (rollup, esbuild, …), so npm leaves the other platforms' optional packages out of
// package-lock.json, and `npm ci` then refuses the lock as out of sync. This adds the missing entries,
// marked optional: npm skips them where they do not fit or cannot be fetched, and installs them on the
// platforms they are for. Run after `npm install` changes the lock.
import { readFileSync, writeFileSync } from 'node:fs'

const file = process.argv[2] ?? 'package-lock.json'
const lock = JSON.parse(readFileSync(file, 'utf8'))
const packages = lock.packages
let added = 0
for (const [where, entry] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    // Resolution as npm does it: next to the dependent, else in a parent node_modules, else at the top.
    const candidates = []
    let base = where
    for (;;) {
      candidates.push(`${base ? base + '/' : ''}node_modules/${name}`)
      if (!base) break
      const i = base.lastIndexOf('/node_modules/')
      base = i >= 0 ? base.slice(0, i) : ''
    }
    if (candidates.some((c) => packages[c])) continue
    if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(spec)) continue // only exact versions can be written down blind
    const at = candidates[candidates.length - 1]
    packages[at] = { version: spec, dev: entry.dev || undefined, optional: true }
    added++
  }
}
const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)))
lock.packages = sorted
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n')
console.log(`complete-lockfile: ${added} optional platform package(s) added to ${file}`)
