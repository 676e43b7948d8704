// A lock file so that the app and the `diptych` command line never write library.json at the same time.
import { promises as fs } from 'node:fs'

export interface LockOptions {
  /** How long to keep trying before giving up. */
  timeoutMs?: number
  /** A lock older than this is left from a crashed process and is taken over. */
  staleMs?: number
}

export class LockTimeoutError extends Error {
  constructor(readonly lockPath: string) {
    super(`The library is locked by another Diptych process (${lockPath}).`)
  }
}

/** The lock names its holder's pid; a holder that no longer runs (killed mid-write) leaves a stale lock. */
async function holderIsDead(lockPath: string): Promise<boolean> {
  const content = await fs.readFile(lockPath, 'utf8').catch(() => '')
  const pid = Number.parseInt(content, 10)
  if (!Number.isInteger(pid) || pid <= 0) return false
  if (pid === process.pid) return false
  try {
    process.kill(pid, 0)
    return false
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export async function withFileLock<T>(lockPath: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 10_000
  // Writes take milliseconds; ten seconds without a refresh means the holder died.
  const staleMs = options.staleMs ?? 10_000
  const deadline = Date.now() + timeoutMs
  let delay = 2
  for (;;) {
    try {
      const handle = await fs.open(lockPath, 'wx')
      await handle.writeFile(`${process.pid} ${new Date().toISOString()}\n`)
      await handle.close()
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const stat = await fs.stat(lockPath).catch(() => null)
      if (stat && (Date.now() - stat.mtimeMs > staleMs || (await holderIsDead(lockPath)))) {
        await fs.rm(lockPath, { force: true })
        continue
      }
      if (Date.now() > deadline) throw new LockTimeoutError(lockPath)
      await sleep(delay)
      delay = Math.min(delay * 2, 50)
    }
  }
  try {
    return await fn()
  } finally {
    await fs.rm(lockPath, { force: true })
  }
}
