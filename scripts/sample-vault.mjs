// Makes docs/sample-vault again: two exports of the seeded library into one folder, a line written by
// hand in between (src/node/test-support/sample-vault.ts). src/node/sample-vault.test.ts checks it is current.
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const r = spawnSync('npx', ['vite-node', 'src/node/test-support/sample-vault-main.ts'], { cwd: root, stdio: 'inherit' })
process.exit(r.status ?? 1)
