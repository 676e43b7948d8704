// Time of one `diptych align a.txt b.txt --json` call on two short text files: median of several, the
// CLI bundle built first. Nearly all of a call on short files is the start-up of the command line.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export function timeCliCalls(calls = 9): void {
  const root = fileURLToPath(new URL('..', import.meta.url))
  spawnSync(process.execPath, [path.join(root, 'scripts', 'build-cli.mjs')], { stdio: 'ignore' })
  const dir = mkdtempSync(path.join(tmpdir(), 'diptych-align-bench-'))
  try {
    const [a, b] = ['a.txt', 'b.txt'].map((f) => path.join(dir, f))
    writeFileSync(a, 'The council approved the flood defence plan on Tuesday after a long debate.\n')
    writeFileSync(b, 'After a long debate, the council approved the flood defence plan on Tuesday.\n')
    const times: number[] = []
    for (let i = 0; i < calls; i++) {
      const start = performance.now()
      spawnSync(process.execPath, [path.join(root, 'bin', 'diptych.mjs'), 'align', a, b, '--json'], { stdio: 'ignore' })
      times.push(performance.now() - start)
    }
    times.sort((x, y) => x - y)
    console.log(
      `diptych align a.txt b.txt --json: median ${times[Math.floor(calls / 2)].toFixed(0)} ms of ${calls} calls (fastest ${times[0].toFixed(0)} ms)`
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
