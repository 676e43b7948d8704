// `npm start`: build, then run Diptych in Electron. Without the Electron binary, say how to get it.
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
if (!exe) {
  console.error(
    'Diptych needs the Electron binary, which is not installed: run "npx install-electron" on a machine with internet access (Node 22.12 or newer), then "npm start" again.'
  )
  process.exit(1)
}
const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)
const child = spawn(exe, ['.', ...process.argv.slice(2)], { stdio: 'inherit' })
child.on('exit', (code) => process.exit(code ?? 0))
