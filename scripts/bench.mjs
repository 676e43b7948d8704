// `npm run bench`: runs every bench/*.bench.ts (figures and ratios, never pass/fail) one after another.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'

const only = process.argv.slice(2)
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts') || f === 'compare-eval.ts')
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()
let failed = 0
for (const file of files) {
  console.log(`\n=== ${file}`)
  const r = spawnSync('npx', ['vite-node', `bench/${file}`], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
  if (r.status !== 0) failed++
}
process.exit(failed ? 1 : 0)
