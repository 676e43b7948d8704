// A writer paused inside the lock (SIGSTOP; a laptop put to sleep; a disk that stalls) while another
// process of the same computer writes. The lock guards this device's snapshot: the other may take it
// over once the paused one stops renewing it; the paused one, when it wakes, must not write its older
// snapshot over the other's, and no change of either may be lost.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleChild, LineChild, type BundledChild } from '../test-support/child-process'
import { useTempDirs } from '../test-support/temp-dir'
import { resolveConfigDir } from '../data-dir'
import { libraryOnDisk } from './library-on-disk'
import { Store } from './store'

const tempDir = useTempDirs()
let child: BundledChild

beforeAll(async () => {
  child = await bundleChild(path.join(import.meta.dirname, 'steady-child.ts'))
})
afterAll(() => child?.dispose())

/** Short lock times, so that the test does not wait the real ones. */
const STALE_MS = 1_000
const RENEW_MS = 100
const ROUNDS = 3

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const device = () => (JSON.parse(readFileSync(path.join(resolveConfigDir(), 'device.json'), 'utf8')) as { id: string }).id
const lockHolder = (dir: string) => {
  try {
    return readFileSync(path.join(dir, 'changes', device(), 'snapshot.lock'), 'utf8')
  } catch {
    return ''
  }
}

/** Stops the child while the lock file names it, so that it is paused inside the lock. */
async function pauseInsideLock(dir: string, proc: LineChild): Promise<void> {
  const pid = proc.proc.pid!
  for (let tries = 0; tries < 10_000; tries++) {
    if (lockHolder(dir).startsWith(`${pid} `)) {
      proc.proc.kill('SIGSTOP')
      await sleep(20)
      if (lockHolder(dir).startsWith(`${pid} `)) return
      proc.proc.kill('SIGCONT')
    }
    await new Promise((resolve) => setImmediate(resolve))
  }
  throw new Error('never caught the writer inside the lock')
}

describe('a writer paused inside the lock', () => {
  it(`does not write over the work of a process that wrote meanwhile (${ROUNDS} pauses)`, { timeout: 90_000 }, async () => {
    const dir = tempDir()
    await (await Store.open(dir)).close()
    const paused = new LineChild(process.execPath, [child.file, 'steady', dir, 'p', String(STALE_MS), String(RENEW_MS)])
    try {
      await paused.waitFor((l) => l === 'R', 'the paused writer to start')
      for (let round = 0; round < ROUNDS; round++) {
        await pauseInsideLock(dir, paused)
        // Another process writes while the first is paused: it waits until the lock is stale, then takes it.
        const other = await Store.open(dir, { lockStaleMs: STALE_MS, lockRenewMs: RENEW_MS, lockTimeoutMs: 30_000, backupOnOpen: false })
        await other.update((lib) => void (lib.settings.positions[`other-${round}`] = round + 1))
        await other.compact()
        await other.close()
        const seen = paused.lines.length
        paused.proc.kill('SIGCONT')
        // The woken writer goes on and saves two more changes.
        await paused.waitFor((l) => paused.lines.indexOf(l) >= seen + 2 && l.startsWith('A '), 'writes after waking')
      }
      paused.send('stop')
      const end = await paused.waitFor((l) => l.startsWith('E '), 'the list of what it saved')
      expect((await paused.closed).code, paused.stderr).toBe(0)

      const library = await libraryOnDisk(dir)
      for (let round = 0; round < ROUNDS; round++) {
        expect(library.settings.positions[`other-${round}`], `the other process's write in round ${round} was lost`).toBe(round + 1)
      }
      const acknowledged = JSON.parse(end.slice(2)) as string[]
      const onDisk = new Set(library.highlights.map((h) => h.id))
      expect(acknowledged.filter((id) => !onDisk.has(id))).toEqual([])
      console.log(
        `paused writer: ${ROUNDS} pauses inside the lock; ${acknowledged.length} writes of the paused one and ${ROUNDS} of the other all on disk; ` +
          `${paused.lines.filter((l) => l.startsWith('F ')).length} refused`
      )
    } finally {
      paused.proc.kill('SIGKILL')
    }
  })
})
