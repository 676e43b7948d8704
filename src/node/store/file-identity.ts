// What tells a writer, without reading a 50 MB file, that another process replaced it since this one
// last read or wrote it: the file's device, inode, size, modification and change times (in nanoseconds)
// and its first bytes, which hold the library's revision (`{"schemaVersion":2,"revision":41,…`).
// A file replaced twice within one tick of a coarse clock can come back with the same inode, size and
// times; its revision, bumped by every writer under the lock, still differs.
import { promises as fs } from 'node:fs'

const HEAD_BYTES = 64

/** A string that changes whenever the file is replaced or rewritten; null when there is no file. */
export async function fileIdentity(file: string): Promise<string | null> {
  const gone = (error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null
    throw error
  }
  const found = await fs.stat(file).catch(gone)
  if (!found) return null
  // Opening a pipe put in its place would wait for a writer; the reader of the file says what it is.
  if (!found.isFile()) return `not a file ${found.dev}:${found.ino}`
  const handle = await fs.open(file, 'r').catch(gone)
  if (!handle) return null
  try {
    const stat = await handle.stat({ bigint: true })
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0)
    const head = buffer.subarray(0, bytesRead).toString('latin1')
    return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${head}`
  } finally {
    await handle.close()
  }
}
