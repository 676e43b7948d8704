// The notes of a library export written as they are rendered: each goes to a temporary file beside its
// place as soon as it is ready (several at a time, so that the file system commits their syncs together
// and the disk works while the next notes render), then, once every one is on disk, each takes its name
// by rename and each folder is synced once. A crash leaves every note either as it was or whole; a
// failure removes the temporary files and renames none. Only the notes in flight are held in memory.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { fsyncDir, tempPathFor } from '../store/atomic-file'

export interface StagedWrite {
  file: string
  data: string
  /** The permissions of the file it replaces, kept (a note in a vault the reader shares with others). */
  mode?: number
}

/**
 * Runs `prepare(i)` for each i below `count`, `parallel` at a time, and writes what it returns (nothing
 * for undefined) to a temporary file, synced; then renames them all in order of i.
 */
export async function writeStaged(count: number, prepare: (i: number) => Promise<StagedWrite | undefined>, parallel = 16): Promise<void> {
  const staged: ({ tmp: string; file: string } | undefined)[] = new Array(count)
  const dirs = new Set<string>()
  let next = 0
  let failed = false
  const worker = async () => {
    for (let i = next++; i < count && !failed; i = next++) {
      const write = await prepare(i)
      if (!write || failed) continue
      const tmp = tempPathFor(write.file)
      const handle = await fs.open(tmp, 'wx', 0o600)
      staged[i] = { tmp, file: write.file }
      try {
        if (write.mode !== undefined) await handle.chmod(write.mode & 0o7777)
        await handle.writeFile(write.data)
        await handle.sync()
      } finally {
        await handle.close()
      }
    }
  }
  try {
    // Every worker is waited for, so that none writes a temporary file after the clean-up below.
    const settled = await Promise.allSettled(
      Array.from({ length: Math.min(parallel, count) }, () =>
        worker().catch((error: unknown) => {
          failed = true
          throw error
        })
      )
    )
    const rejected = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (rejected) throw rejected.reason
    for (const [i, write] of staged.entries()) {
      if (!write) continue
      await fs.rename(write.tmp, write.file)
      staged[i] = undefined
      dirs.add(path.dirname(write.file))
    }
  } catch (error) {
    await Promise.all(staged.map((write) => write && fs.rm(write.tmp, { force: true }).catch(() => undefined)))
    throw error
  }
  for (const dir of dirs) await fsyncDir(dir)
}
