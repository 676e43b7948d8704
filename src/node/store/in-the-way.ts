// Something other than a regular file where Diptych keeps one of its files: a folder, a symbolic link
// to nothing, a device. Said at once, in a sentence that names the place, and left alone: it may be
// the reader's own.
import type { Stats } from 'node:fs'
import path from 'node:path'

/** A path as it may be printed: control characters (a hostile folder name) shown as escapes. */
export function shownPath(file: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped
  return file.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

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
    super(
      what === 'lock'
        ? `${path.basename(file)} in ${shownPath(path.dirname(file))} is ${kindOf(stat)}, not Diptych's lock file; remove it.`
        : `${shownPath(file)} is ${kindOf(stat)}, not Diptych's library file; move it away so that Diptych can open the library.`
    )
  }
}
