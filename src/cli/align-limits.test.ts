// `diptych align` reads what the importer would accept, and nothing else: a regular file of at most the
// import size limit, checked before a byte is read.
import { spawnSync } from 'node:child_process'
import { closeSync, openSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { MAX_ARTICLE_BYTES } from '../shared/limits'
import { useTempDirs } from '../node/test-support/temp-dir'
import { readForAlign } from './align-input'
import { ensureBuilt, runCli, SEEDS, STACK_LINE } from './cli-harness'

const tempDir = useTempDirs()
beforeAll(ensureBuilt)

/** A file the size of the limit and then some, with no data blocks: nothing to read but its size. */
function oversize(dir: string): string {
  const file = path.join(dir, 'huge.txt')
  closeSync(openSync(file, 'w'))
  spawnSync('truncate', ['-s', String(MAX_ARTICLE_BYTES + 10 * 1024 * 1024), file])
  return file
}

function fifo(dir: string): string {
  const file = path.join(dir, 'pipe.txt')
  expect(spawnSync('mkfifo', [file]).status).toBe(0)
  return file
}

/** Bytes this process has read through read(2) and the like, from /proc/self/io (Linux). */
const bytesRead = () => Number(/^rchar: (\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'))![1])

describe('diptych align on what is not an article file', { timeout: 60_000 }, () => {
  const cases: [string, (dir: string) => string, RegExp][] = [
    [
      'a device that never ends',
      () => '/dev/zero',
      /“\/dev\/zero” could not be read: it is not a regular file \(a device, pipe or socket\)\./
    ],
    ['a FIFO no one writes to', fifo, /pipe\.txt” could not be read: it is not a regular file \(a device, pipe or socket\)\./],
    ['a file over the size limit', oversize, /huge\.txt” could not be read: it is larger than the 50 MB an article may have\./]
  ]
  it.each(cases)('refuses %s with one sentence, without waiting or reading', async (_, make, message) => {
    // Killed if it hangs or reads without end: the refusal must come first.
    const run = await runCli(['align', make(tempDir()), SEEDS[0]], { killAfterMs: 15_000 })
    expect(run.code, run.stderr).toBe(1)
    expect(run.stderr).toMatch(message)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).not.toMatch(STACK_LINE)
  })

  it('judges an oversize file by its size, not by reading it', async () => {
    const file = oversize(tempDir())
    const before = bytesRead()
    await expect(readForAlign(file)).rejects.toThrow(/larger than the 50 MB/)
    expect(bytesRead() - before).toBeLessThan(1024 * 1024)
  })
})
