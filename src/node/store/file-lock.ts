// A lock file so that the app and the `diptych` command line never write library.json at the same time.
//
// The lock is created with its content in one step: the holder's pid, host name and a token are written
// to a private temporary file, which is then hard-linked to the lock's name (link fails when the lock
// exists). A process killed at any moment leaves either no lock or a lock that names it, never an empty
// lock that nobody could prove stale; a write that fails (disk full) leaves no lock behind.
//
// The holder renews the lock (its mtime) while it holds it. A lock is stale when its holder is dead (a
// pid that no longer runs on this host) or has stopped renewing it: a process paused (SIGSTOP, a laptop
// asleep) may then lose its lock, so the holder checks that the lock is still its own right before it
// replaces the library (`LockLease.assertHeld`), and writes nothing if it is not.
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { SENTENCES } from '../error-messages'
import { NotAFileError } from './in-the-way'

export interface LockOptions {
  /** How long to keep trying before giving up. */
  timeoutMs?: number
  /** A lock not renewed for this long is taken over: its holder is gone, hung or paused. */
  staleMs?: number
  /** How often the holder renews its lock. */
  renewMs?: number
}

export const LOCK_DEFAULTS = { timeoutMs: 20_000, staleMs: 12_000, renewMs: 2_000 }

export class LockTimeoutError extends Error {
  constructor(readonly lockPath: string) {
    super(SENTENCES.lockTimeout(lockPath))
  }
}

/** The lock was taken over while its holder was paused: the holder must not write. */
export class LockLostError extends Error {
  constructor(readonly lockPath: string) {
    super('another Diptych process took over the library while this one was paused, and its work was not written over')
  }
}

export interface LockLease {
  /** Throws LockLostError unless the lock is still this holder's. */
  assertHeld(): Promise<void>
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException)?.code
const HOST = encodeURIComponent(os.hostname()) || 'unknown-host'

/** Named like the other temporary files of the folder, so that Store.open sweeps up any left by a crash. */
const privatePath = (lockPath: string) =>
  path.join(path.dirname(lockPath), `.${path.basename(lockPath)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)

/** `pid host time token`; locks of earlier versions are `pid time token`, from this host as far as anyone can tell. */
function holderOf(content: string): { pid: number; local: boolean } {
  const fields = content.trim().split(' ')
  const pid = Number.parseInt(fields[0], 10)
  return { pid: Number.isInteger(pid) && pid > 0 ? pid : 0, local: fields.length < 4 || fields[1] === HOST }
}

function isDead(pid: number): boolean {
  if (pid === 0 || pid === process.pid) return false
  try {
    process.kill(pid, 0)
    return false
  } catch (error) {
    return errorCode(error) === 'ESRCH'
  }
}

/**
 * Whether a lock is stale. A lock of this host is stale when its pid is dead or its mtime is older than
 * staleMs (one clock). Another host's pid means nothing here and its clock may differ, so its lock is
 * stale only once its mtime has stayed the same for staleMs of watching it.
 */
class StaleJudge {
  private watched: { holder: string; mtimeMs: number; since: number } | null = null

  constructor(private readonly staleMs: number) {}

  isStale(holder: string, mtimeMs: number): boolean {
    const now = Date.now()
    const { pid, local } = holderOf(holder)
    if (local && (isDead(pid) || now - mtimeMs > this.staleMs)) return true
    const w = this.watched
    if (!w || w.holder !== holder || w.mtimeMs !== mtimeMs) {
      this.watched = { holder, mtimeMs, since: now }
      return false
    }
    return now - w.since > this.staleMs
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

async function acquire(lockPath: string, content: string, timeoutMs: number, staleMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  const judge = new StaleJudge(staleMs)
  let delay = 2
  while (!(await tryCreate(lockPath, content))) {
    const stat = await fs.lstat(lockPath).catch(() => null)
    // Diptych's lock is always a regular file; anything else would never go away by waiting.
    if (stat && !stat.isFile()) throw new NotAFileError(lockPath, stat, 'lock')
    const holder = stat ? await fs.readFile(lockPath, 'utf8').catch(() => null) : null
    if (stat && holder !== null && judge.isStale(holder, stat.mtimeMs)) {
      await removeStale(lockPath, holder)
      continue
    }
    if (Date.now() > deadline) throw new LockTimeoutError(lockPath)
    await sleep(delay)
    delay = Math.min(delay * 2, 50)
  }
}

export async function withFileLock<T>(lockPath: string, fn: (lease: LockLease) => Promise<T>, options: LockOptions = {}): Promise<T> {
  const { timeoutMs, staleMs, renewMs } = { ...LOCK_DEFAULTS, ...options }
  const content = `${process.pid} ${HOST} ${new Date().toISOString()} ${randomBytes(8).toString('hex')}\n`
  await acquire(lockPath, content, timeoutMs, staleMs)
  // Renewed through a handle on our own lock file (opened for writing: Windows needs it to set times):
  // once the lock is taken over, a renewal touches only our old file.
  const handle = await fs.open(lockPath, 'r+').catch(() => null)
  const renew = () => {
    const now = new Date()
    void (handle ? handle.utimes(now, now) : fs.utimes(lockPath, now, now)).catch(() => undefined)
  }
  const timer = setInterval(renew, renewMs)
  timer.unref()
  const lease: LockLease = {
    async assertHeld() {
      const current = await fs.readFile(lockPath, 'utf8').catch(() => null)
      if (current !== content) throw new LockLostError(lockPath)
    }
  }
  try {
    return await fn(lease)
  } finally {
    clearInterval(timer)
    await handle?.close().catch(() => undefined)
    // Only our own lock: if it was taken over while we were paused, it is not ours to remove.
    const current = await fs.readFile(lockPath, 'utf8').catch(() => null)
    if (current === content) await fs.rm(lockPath, { force: true })
  }
}
