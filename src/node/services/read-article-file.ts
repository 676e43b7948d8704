// Reading a file that is to become an article (import, `diptych align`): a regular file of at most the
// size limit, judged before a byte is read. A device (/dev/zero), a FIFO or a 2 GB file would otherwise
// block, or fill memory, before the parser could refuse it.
import fs, { constants, type PathLike, type Stats } from 'node:fs'
import { promisify } from 'node:util'
import { MAX_ARTICLE_BYTES } from '../../shared/limits'
import { err, ok, type Result } from '../../shared/result'
import { errorCode, isSystemError, reasonFor } from '../error-messages'

/** The file system calls a read makes, each returning its value or a promise of it. */
export interface FileCalls {
  stat(file: PathLike): Stats | Promise<Stats>
  open(file: PathLike, flags: number): number | Promise<number>
  fstat(fd: number): Stats | Promise<Stats>
  read(fd: number, buffer: Buffer, offset: number, length: number): number | Promise<number>
  close(fd: number): void | Promise<void>
}

/** Through Node's thread pool, so that the app's main process never waits on a disk: the callback API,
 *  promisified (node:fs/promises and its file handles took some 3 ms to load, at every command's start). */
const readFilePromised = promisify(fs.read)
export const ASYNC_CALLS: FileCalls = {
  stat: promisify(fs.stat),
  open: promisify(fs.open),
  fstat: promisify(fs.fstat),
  read: async (fd, buffer, offset, length) => (await readFilePromised(fd, buffer, offset, length, null)).bytesRead,
  close: promisify(fs.close)
}

/** Synchronous: for the command line, where nothing else waits, and where each call through the thread
 *  pool added to the start-up time of `diptych align`. A FIFO or device is refused before it is opened. */
export const SYNC_CALLS: FileCalls = {
  stat: (file) => fs.statSync(file),
  open: (file, flags) => fs.openSync(file, flags),
  fstat: (fd) => fs.fstatSync(fd),
  read: (fd, buffer, offset, length) => fs.readSync(fd, buffer, offset, length, null),
  close: (fd) => fs.closeSync(fd)
}

/** The bytes; or why not, in words that finish "“name” could not be read: …". */
export type ReadFileResult = Result<Buffer, string>

const NOT_REGULAR = 'it is not a regular file (a device, pipe or socket)'
const tooLarge = (maxBytes: number) => `it is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB an article may have`

/** Why a file could not be read, in words that finish "“name” could not be read: …". */
function whyUnreadable(error: unknown, file: PathLike): string {
  // A name whose bytes were not UTF-8 and reached us decoded (U+FFFD in their place) names no file.
  if (errorCode(error) === 'ENOENT' && typeof file === 'string' && file.includes('\uFFFD'))
    return 'the file name is not valid UTF-8 and no file has it as decoded; rename the file'
  return isSystemError(error) ? reasonFor(error, 'reading') : 'it could not be read'
}

/**
 * The bytes of `file`, or why not. Stat before open (a FIFO is never opened, so never waited on), open
 * without blocking, then fstat the file actually opened (it may have been swapped since), and read at
 * most one byte past the limit, so that a file that grows meanwhile is still refused, not read whole.
 */
export async function readArticleFile(file: PathLike, maxBytes = MAX_ARTICLE_BYTES, calls = ASYNC_CALLS): Promise<ReadFileResult> {
  const judge = (stat: { isFile(): boolean; isDirectory(): boolean; size: number }): string | undefined =>
    stat.isDirectory() ? 'it is a folder' : !stat.isFile() ? NOT_REGULAR : stat.size > maxBytes ? tooLarge(maxBytes) : undefined
  let fd: number | undefined
  try {
    const before = judge(await calls.stat(file))
    if (before) return err(before)
    fd = await calls.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
    const opened = await calls.fstat(fd)
    const after = judge(opened)
    if (after) return err(after)
    // Room for the size fstat gave and one byte more, to see the end; grown (up to the limit) if it grew.
    let buffer = Buffer.allocUnsafe(opened.size + 1)
    let length = 0
    for (;;) {
      if (length === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(Math.min(buffer.length, maxBytes + 1 - length))])
      const bytesRead = await calls.read(fd, buffer, length, buffer.length - length)
      if (bytesRead === 0) break
      length += bytesRead
      if (length > maxBytes) return err(tooLarge(maxBytes))
    }
    return ok(buffer.subarray(0, length))
  } catch (error) {
    return err(whyUnreadable(error, file))
  } finally {
    // A close that fails, by throwing or by rejecting, does not undo the read.
    if (fd !== undefined)
      await Promise.resolve(fd)
        .then(calls.close)
        .catch(() => undefined)
  }
}
