// Writes that survive a crash or a power cut: unique temporary file, fsync, rename, fsync the folder.
// lowdb's own adapter (steno) renames a fixed-name temp file without any fsync, which can leave a
// zero-length or zero-filled file after a power cut; this is why Diptych writes through its own.
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'

export async function fsyncDir(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined
  try {
    handle = await fs.open(dir, 'r')
    await handle.sync()
  } catch (error) {
    // Some platforms (Windows) cannot open or fsync a directory; the rename is still atomic there.
    if (!isIgnorableDirSyncError(error)) throw error
  } finally {
    await handle?.close()
  }
}

function isIgnorableDirSyncError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException)?.code
  return code === 'EISDIR' || code === 'EPERM' || code === 'EINVAL' || code === 'EACCES'
}

export function tempPathFor(file: string): string {
  const dir = path.dirname(file)
  const base = path.basename(file)
  return path.join(dir, `.${base}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
}

async function writeAll(handle: fs.FileHandle, bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.length;) at += (await handle.write(bytes, at, bytes.length - at)).bytesWritten
}

/**
 * `beforeReplace` runs after the new content is on disk and right before it takes the file's name; a
 * throw there leaves the file as it was (the library's writer checks that it still holds the lock).
 */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array | readonly Uint8Array[],
  beforeReplace?: () => Promise<void>
): Promise<void> {
  const tmp = tempPathFor(file)
  let handle: fs.FileHandle | undefined
  try {
    handle = await fs.open(tmp, 'wx', 0o600)
    // Pieces one after another: a 50 MB snapshot is never joined into one buffer, and the process answers between them.
    if (Array.isArray(data)) for (const piece of data as readonly Uint8Array[]) await writeAll(handle, piece)
    else await handle.writeFile(data as string | Uint8Array)
    await handle.sync()
    await handle.close()
    handle = undefined
    await beforeReplace?.()
    await fs.rename(tmp, file)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await fs.rm(tmp, { force: true }).catch(() => undefined)
    throw error
  }
  await fsyncDir(path.dirname(file))
}

/**
 * Many files, each replaced atomically, for the price of far fewer waits on the disk: every file is
 * written and synced to a temporary file (several at a time, so that the file system commits their
 * syncs together), then each takes its name by rename, then each folder is synced once. A crash leaves
 * every file either as it was or whole, never half written; on a failure the temporary files go.
 */
export async function writeFilesAtomic(
  entries: readonly { file: string; data: string | Uint8Array; mode?: number }[],
  parallel = 16
): Promise<void> {
  const temps: (string | null)[] = entries.map(() => null)
  try {
    let next = 0
    let failed = false
    const worker = async () => {
      for (let i = next++; i < entries.length && !failed; i = next++) {
        const tmp = tempPathFor(entries[i].file)
        const handle = await fs.open(tmp, 'wx', 0o600)
        temps[i] = tmp
        try {
          // A file replaced keeps its permissions (a note in a vault the reader shares with others).
          if (entries[i].mode !== undefined) await handle.chmod(entries[i].mode! & 0o7777)
          await handle.writeFile(entries[i].data)
          await handle.sync()
        } finally {
          await handle.close()
        }
      }
    }
    // Every worker is waited for, so that none writes a temporary file after the clean-up below.
    const settled = await Promise.allSettled(
      Array.from({ length: Math.min(parallel, entries.length) }, () =>
        worker().catch((error: unknown) => {
          failed = true
          throw error
        })
      )
    )
    const rejected = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (rejected) throw rejected.reason
    for (const [i, entry] of entries.entries()) {
      await fs.rename(temps[i]!, entry.file)
      temps[i] = null
    }
  } catch (error) {
    await Promise.all(temps.map((tmp) => tmp && fs.rm(tmp, { force: true }).catch(() => undefined)))
    throw error
  }
  for (const dir of new Set(entries.map((entry) => path.dirname(entry.file)))) await fsyncDir(dir)
}

/** Our temporary files: `.<name>.<pid>.<12 hex digits>.tmp` (see tempPathFor). */
const TEMP_NAME = /^\.(.+)\.\d+\.[0-9a-f]{12}\.tmp$/

/**
 * Temporary files left behind by a process that died between write and rename: those of `base` (e.g.
 * library.json), or with no base every one of ours in the folder (article bodies, backups).
 */
export async function removeStaleTempFiles(dir: string, base?: string): Promise<number> {
  let removed = 0
  const entries = await fs.readdir(dir).catch(() => [] as string[])
  for (const name of entries) {
    const match = TEMP_NAME.exec(name)
    if (match && (base === undefined || match[1] === base)) {
      const full = path.join(dir, name)
      const stat = await fs.stat(full).catch(() => null)
      // A young temp file may belong to a live writer in another process (the CLI); leave it.
      if (stat && Date.now() - stat.mtimeMs > 60_000) {
        await fs.rm(full, { force: true })
        removed++
      }
    }
  }
  return removed
}
