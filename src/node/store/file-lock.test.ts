import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../test-support/temp-dir'
import { withFileLock } from './file-lock'

const tempDir = useTempDirs()
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('withFileLock', () => {
  it('a holder slower than the stale time keeps its lock: nobody else enters meanwhile', async () => {
    const lock = path.join(tempDir(), 'library.lock')
    const options = { staleMs: 300, renewMs: 50, timeoutMs: 10_000 }
    const events: string[] = []
    const slow = withFileLock(
      lock,
      async () => {
        events.push('slow in')
        await sleep(1_200)
        events.push('slow out')
      },
      options
    )
    await sleep(50)
    const quick = withFileLock(lock, async () => void events.push('quick'), options)
    await Promise.all([slow, quick])
    expect(events).toEqual(['slow in', 'slow out', 'quick'])
  })

  it("another computer's lock is judged by whether it is renewed, not by its process id here", async () => {
    const lock = path.join(tempDir(), 'library.lock')
    // A pid that does not run here: on the other computer it may well be running.
    const other = `999999 another-computer ${new Date().toISOString()} 0123456789abcdef\n`
    writeFileSync(lock, other)
    let entered = false
    const renewing = setInterval(() => {
      if (existsSync(lock)) utimesSync(lock, new Date(), new Date())
    }, 50)
    const waiting = withFileLock(lock, async () => void (entered = true), { staleMs: 400, renewMs: 50, timeoutMs: 10_000 })
    await sleep(1_000)
    expect(entered, 'took over a lock that its holder renews').toBe(false)
    expect(readFileSync(lock, 'utf8')).toBe(other)
    clearInterval(renewing)
    await waiting
    expect(entered).toBe(true)
    expect(existsSync(lock)).toBe(false)
  })

  it('records the host name of the holder', async () => {
    const lock = path.join(tempDir(), 'library.lock')
    const content = await withFileLock(lock, async () => readFileSync(lock, 'utf8'))
    expect(content.split(' ').slice(0, 2)).toEqual([String(process.pid), encodeURIComponent(os.hostname())])
  })
})
