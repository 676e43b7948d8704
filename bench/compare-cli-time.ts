// Time of one `diptych align a.txt b.txt --json` call on two short text files, the CLI bundle built
// first. Nearly all of such a call is start-up, and the machine is shared: so the call is timed
// interleaved with baselines, bare `node -e 0` and `diptych --version` (the cheapest command through the
// ES module bundle), and printed as median and fastest of each, with the call's cost above each baseline.
// The call is timed from the installed bin (bin/diptych.cjs, which runs align without the ES module
// bundle) and through the bundle (bin/diptych.mjs); CLI_TIME_BEFORE=DIR adds the call from the package
// in DIR (another build, for before and after in one run).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export function timeCliCalls(calls = 15, before = process.env.CLI_TIME_BEFORE): void {
  const root = fileURLToPath(new URL('..', import.meta.url))
  for (const pkg of before ? [root, before] : [root])
    spawnSync(process.execPath, [path.join(pkg, 'scripts', 'build-cli.mjs')], { stdio: 'ignore' })
  const dir = mkdtempSync(path.join(tmpdir(), 'diptych-align-bench-'))
  try {
    const [a, b] = ['a.txt', 'b.txt'].map((f) => path.join(dir, f))
    writeFileSync(a, 'The council approved the flood defence plan on Tuesday after a long debate.\n')
    writeFileSync(b, 'After a long debate, the council approved the flood defence plan on Tuesday.\n')
    const bin = (name: string, pkg = root) => path.join(pkg, 'bin', name)
    const align = ['align', a, b, '--json']
    const runs: [string, string[]][] = [
      ['node -e 0', ['-e', '0']],
      ['diptych --version', [bin('diptych.cjs'), '--version']],
      ['diptych align a.txt b.txt --json', [bin('diptych.cjs'), ...align]],
      ['the same through bin/diptych.mjs', [bin('diptych.mjs'), ...align]],
      ...(before ? [['the same from CLI_TIME_BEFORE', [bin('diptych.mjs', before), ...align]] as [string, string[]]] : [])
    ]
    const times = runs.map((): number[] => [])
    // One warm-up round (disk cache), then the rounds, each command once per round.
    for (let round = -1; round < calls; round++) {
      runs.forEach(([label, args], i) => {
        const start = performance.now()
        const r = spawnSync(process.execPath, args, { stdio: 'ignore' })
        if (r.status !== 0) throw new Error(`${label} failed (exit code ${r.status})`)
        if (round >= 0) times[i].push(performance.now() - start)
      })
    }
    const stats = times.map((t) => {
      const sorted = [...t].sort((x, y) => x - y)
      return { median: sorted[Math.floor(sorted.length / 2)], fastest: sorted[0] }
    })
    const width = Math.max(...runs.map(([label]) => label.length))
    runs.forEach(([label], i) => {
      console.log(
        `${label.padEnd(width)}  median ${stats[i].median.toFixed(0)} ms, fastest ${stats[i].fastest.toFixed(0)} ms (${calls} calls, interleaved)`
      )
    })
    const [node, version] = stats
    runs.slice(2).forEach(([label], i) => {
      const call = stats[i + 2]
      console.log(
        `${label} above node -e 0: ${(call.median - node.median).toFixed(0)} ms median (×${(call.median / node.median).toFixed(2)}); ` +
          `above --version: ${(call.median - version.median).toFixed(0)} ms (×${(call.median / version.median).toFixed(2)})`
      )
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

// On its own (vite-node gives a module no way to know it is the one run): CLI_TIME=21 npx vite-node bench/compare-cli-time.ts
if (process.env.CLI_TIME) timeCliCalls(Number(process.env.CLI_TIME) || undefined)
