// `diptych align` from the installed bin (bin/diptych.cjs, which runs the align kernel's script without
// the ES module bundle: align-start.ts) says exactly what the full command line (bin/diptych.mjs) says,
// byte for byte, with the same exit code: results, help, mistakes in the call and files it cannot read.
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTempDirs } from '../node/test-support/temp-dir'
import { BIN, cliEnv, ensureBuilt, REPO_ROOT, SEEDS } from './cli-harness'

const tempDir = useTempDirs()
beforeAll(ensureBuilt)

const FULL_BIN = path.join(REPO_ROOT, 'bin', 'diptych.mjs')

describe('diptych align from the installed bin', { timeout: 120_000 }, () => {
  it('prints what the full command line prints, with the same exit code', () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'pairs.tsv'), `${SEEDS[0]}\t${SEEDS[1]}\n${SEEDS[0]}\tmissing.txt\nonly-one-path.txt\n`)
    writeFileSync(path.join(dir, 'statement.md'), '# Statement\n\nThe council approved the *flood defence plan* on Tuesday.\n')
    writeFileSync(path.join(dir, 'page.html'), '<html><body><p>The council approved the flood defence plan on Tuesday.</p></body></html>')
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]))
    writeFileSync(path.join(dir, 'empty.txt'), '')
    mkdirSync(path.join(dir, 'folder.txt'))
    const calls = [
      [...SEEDS, '--json'],
      [...SEEDS],
      [...SEEDS, '--min-score', '0'],
      [SEEDS[0], 'statement.md', '--json'],
      ['page.html', SEEDS[1]],
      ['--pairs', 'pairs.tsv'],
      ['--pairs', 'pairs.tsv', SEEDS[0]],
      [SEEDS[0], 'missing.txt'],
      [SEEDS[0], 'folder.txt'],
      [SEEDS[0], 'binary.txt'],
      [SEEDS[0], 'empty.txt', '--json'],
      [SEEDS[0]],
      [...SEEDS, '--min-score', '2'],
      [...SEEDS, '--jsn'],
      ['--help'],
      ['-h', '--data-dir', dir]
    ]
    for (const args of calls) {
      const [installed, full] = [BIN, FULL_BIN].map((bin) => {
        const run = spawnSync(process.execPath, [bin, 'align', ...args], { cwd: dir, env: cliEnv(), encoding: 'utf8' })
        return { status: run.status, stdout: run.stdout, stderr: run.stderr }
      })
      expect(installed, `diptych align ${args.join(' ')}`).toEqual(full)
      expect(installed.stdout + installed.stderr).not.toBe('')
    }
  })
})

describe('diptych align into a pipe closed early', { timeout: 60_000 }, () => {
  it('stops quietly, with exit code 0, as `diptych align --pairs FILE | head -1` needs', async () => {
    const dir = tempDir()
    const list = path.join(dir, 'pairs.tsv')
    writeFileSync(list, `${SEEDS[0]}\t${SEEDS[1]}\n`.repeat(200))
    const child = spawn(process.execPath, [BIN, 'align', '--pairs', list], { env: cliEnv(), stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    // The first line read, the reader goes away: the writes after it meet a closed pipe.
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
  })
})
