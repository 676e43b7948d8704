// File names as the bytes the reader gave. Node decodes the command line as UTF-8 and puts U+FFFD in place
// of bytes that are not, so a file whose name is not UTF-8 (a Latin-1 name from an old disk, a zip made
// elsewhere) cannot be opened by the name Node hands over. On Linux the bytes as given are in
// /proc/self/cmdline; macOS keeps names in UTF-8 and Windows in UTF-16, so there the strings are whole.
import { readFileSync } from 'node:fs'

/** A path as given: a string, or the bytes when they are not UTF-8 (every fs call takes either). */
export type CliPath = string | Buffer

function readCmdline(): Buffer | undefined {
  try {
    return readFileSync('/proc/self/cmdline')
  } catch {
    return undefined
  }
}

/**
 * For each argument, the bytes it was given as when they are not what the string encodes back to; else
 * undefined. The arguments are the last entries of the process's command line (after node, its options
 * and the script); when those do not decode to the same strings (another process, no /proc) none is given.
 * The command line is read only when an argument holds U+FFFD, which every byte that is not UTF-8
 * decodes to: the usual call, all UTF-8, reads nothing.
 */
export function argBytes(argv: readonly string[], readLine: () => Buffer | undefined = readCmdline): (Buffer | undefined)[] {
  const none = argv.map(() => undefined)
  if (!argv.some((arg) => arg.includes('\uFFFD'))) return none
  const cmdline = readLine()
  if (!cmdline) return none
  const entries: Buffer[] = []
  for (let start = 0; start < cmdline.length;) {
    const end = cmdline.indexOf(0, start)
    entries.push(cmdline.subarray(start, end === -1 ? cmdline.length : end))
    start = end === -1 ? cmdline.length : end + 1
  }
  if (entries.length < argv.length) return none
  const tail = entries.slice(entries.length - argv.length)
  if (tail.some((bytes, i) => bytes.toString('utf8') !== argv[i])) return none
  return tail.map((bytes, i) => (Buffer.from(argv[i], 'utf8').equals(bytes) ? undefined : bytes))
}
