// Something other than a regular file where Diptych keeps one of its files: a folder, a symbolic link
// to nothing, a device. Said at once, in a sentence that names the place, and left alone: it may be
// the reader's own.
import type { Stats } from 'node:fs'
import { SENTENCES } from '../error-messages'

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder'
  if (stat.isSymbolicLink()) return 'a symbolic link'
  if (stat.isFIFO()) return 'a named pipe'
  if (stat.isSocket()) return 'a socket'
  return 'a device'
}

export class NotAFileError extends Error {
  constructor(
    readonly file: string,
    stat: Stats,
    what: 'lock' | 'library'
  ) {
    super(what === 'lock' ? SENTENCES.notTheLockFile(file, kindOf(stat)) : SENTENCES.notTheLibraryFile(file, kindOf(stat)))
  }
}
