// A lock file so that the app and the `diptych` command line never write library.json at the same time.
//
// The lock is created with its content in one step: the holder's pid and a token are written to a
// private temporary file, which is then hard-linked to the lock's name (link fails when the lock exists).
// A process killed at any moment leaves either no lock or a lock that names it, never an empty lock that
// nobody could prove stale; a write that fails (disk full) leaves no lock behind.
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'

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

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException)?.code

/** Named like the other temporary files of the folder, so that Store.open sweeps up any left by a crash. */
const privatePath = (lockPath: string) =>
  path.join(path.dirname(lockPath), `.${path.basename(lockPath)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)

/** The lock names its holder's pid; a holder that no longer runs (killed mid-write) leaves a stale lock. */
function holderIsDead(content: string): boolean {
  const pid = Number.parseInt(content, 10)
  if (!Number.isInteger(pid) || pid <= 0) return false
  if (pid === process.pid) return false
  try {
    process.kill(pid, 0)
    return false
  } catch (error) {
    return errorCode(error) === 'ESRCH'
  }
}

/** True when the lock is now ours; false when another process holds it. */
async function tryCreate(lockPath: string, content: string): Promise<boolean> {
  const own = privatePath(lockPath)
  await fs.writeFile(own, content, { flag: 'wx', mode: 0o600 })
  try {
    await fs.link(own, lockPath)
    return true
  } catch (error) {
    const code = errorCode(error)
    if (code === 'EEXIST') return false
    // File systems without hard links (FAT, some network drives): create, then write.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') return createWithoutLink(lockPath, content)
    throw error
  } finally {
    await fs.rm(own, { force: true })
  }
}

async function createWithoutLink(lockPath: string, content: string): Promise<boolean> {
  let handle: fs.FileHandle
  try {
    handle = await fs.open(lockPath, 'wx')
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false
    throw error
  }
  try {
    await handle.writeFile(content)
    await handle.close()
    return true
  } catch (error) {
    await handle.close().catch(() => undefined)
    await fs.rm(lockPath, { force: true })
    throw error
  }
}

/**
 * Removes a stale lock, but only the one that was judged stale: it is first renamed aside and compared,
 * so that two processes taking over the same stale lock at once cannot remove the fresh lock of the
 * one that was quicker.
 */
async function removeStale(lockPath: string, judged: string): Promise<void> {
  const aside = privatePath(lockPath)
  try {
    await fs.rename(lockPath, aside)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return
    throw error
  }
  const moved = await fs.readFile(aside, 'utf8').catch(() => null)
  // Not the stale lock but a fresh one made in between: put it back (unless yet another took the name).
  if (moved !== judged) await fs.link(aside, lockPath).catch(() => undefined)
  await fs.rm(aside, { force: true })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export async function withFileLock<T>(lockPath: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 10_000
  // Writes take milliseconds; ten seconds without a refresh means the holder died.
  const staleMs = options.staleMs ?? 10_000
  const deadline = Date.now() + timeoutMs
  const content = `${process.pid} ${new Date().toISOString()} ${randomBytes(8).toString('hex')}\n`
  let delay = 2
  while (!(await tryCreate(lockPath, content))) {
    const stat = await fs.stat(lockPath).catch(() => null)
    const holder = stat ? await fs.readFile(lockPath, 'utf8').catch(() => null) : null
    if (stat && holder !== null && (Date.now() - stat.mtimeMs > staleMs || holderIsDead(holder))) {
      await removeStale(lockPath, holder)
      continue
    }
    if (Date.now() > deadline) throw new LockTimeoutError(lockPath)
    await sleep(delay)
    delay = Math.min(delay * 2, 50)
  }
  try {
    return await fn()
  } finally {
    // Only our own lock: if it was taken over as stale (this write took longer than staleMs), it is not ours.
    const current = await fs.readFile(lockPath, 'utf8').catch(() => null)
    if (current === content) await fs.rm(lockPath, { force: true })
  }
}
