// Reading a file that is to become an article (import, `diptych align`): a regular file of at most the
// size limit, judged before a byte is read. A device (/dev/zero), a FIFO or a 2 GB file would otherwise
// block, or fill memory, before the parser could refuse it.
import { close, constants, fstat, open, read, stat, type PathLike } from 'node:fs'
import { promisify } from 'node:util'
import { MAX_ARTICLE_BYTES } from '../../shared/limits'
import { err, ok, type Result } from '../../shared/result'
import { errorCode, isSystemError, reasonFor } from '../error-messages'

// The callback API, promisified: loading node:fs/promises took some 1.5 ms, and its file handles as
// much again, of a `diptych align` on two short files that takes 30 ms above Node's own start.
const fs = { stat: promisify(stat), open: promisify(open), fstat: promisify(fstat), read: promisify(read), close: promisify(close) }

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
export async function readArticleFile(file: PathLike, maxBytes = MAX_ARTICLE_BYTES): Promise<ReadFileResult> {
  const judge = (stat: { isFile(): boolean; isDirectory(): boolean; size: number }): string | undefined =>
    stat.isDirectory() ? 'it is a folder' : !stat.isFile() ? NOT_REGULAR : stat.size > maxBytes ? tooLarge(maxBytes) : undefined
  let fd: number | undefined
  try {
    const before = judge(await fs.stat(file))
    if (before) return err(before)
    fd = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
    const opened = await fs.fstat(fd)
    const after = judge(opened)
    if (after) return err(after)
    // Room for the size fstat gave and one byte more, to see the end; grown (up to the limit) if it grew.
    let buffer = Buffer.allocUnsafe(opened.size + 1)
    let length = 0
    for (;;) {
      if (length === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(Math.min(buffer.length, maxBytes + 1 - length))])
      const { bytesRead } = await fs.read(fd, buffer, length, buffer.length - length, null)
      if (bytesRead === 0) break
      length += bytesRead
      if (length > maxBytes) return err(tooLarge(maxBytes))
    }
    return ok(buffer.subarray(0, length))
  } catch (error) {
    return err(whyUnreadable(error, file))
  } finally {
    if (fd !== undefined) await fs.close(fd).catch(() => undefined)
  }
}
