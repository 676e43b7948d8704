// `npm start`: build, then run Diptych in Electron. Without the Electron binary, say so in one line and
// serve Diptych to the reader's browser instead (`diptych serve`), from this computer only.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)

function electronExecutable() {
  if (process.env.ELECTRON_PATH && existsSync(process.env.ELECTRON_PATH)) return process.env.ELECTRON_PATH
  try {
    const dir = path.dirname(require.resolve('electron/package.json'))
    const rel = readFileSync(path.join(dir, 'path.txt'), 'utf8').trim()
    const exe = path.join(dir, 'dist', rel)
    return existsSync(exe) ? exe : null
  } catch {
    return null
  }
}

const exe = electronExecutable()
const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)
let child
if (exe) {
  child = spawn(exe, ['.', ...process.argv.slice(2)], { stdio: 'inherit' })
} else {
  console.error(
    'The Electron binary is not installed (run "npx install-electron" with internet access to get it): opening Diptych in your browser instead.'
  )
  const cli = spawnSync('node', ['scripts/build-cli.mjs'], { stdio: 'inherit' })
  if (cli.status !== 0) process.exit(cli.status ?? 1)
  child = spawn(process.execPath, ['bin/diptych.mjs', 'serve', ...process.argv.slice(2)], { stdio: 'inherit' })
}
// Ctrl+C reaches the child through the terminal; this process only waits for it.
process.on('SIGINT', () => {})
child.on('exit', (code) => process.exit(code ?? 0))
