// Where an export may be written. An export replaces its target by rename (atomic), which is right for
// a file and wrong for anything else: inside the library folder it would replace library.json or an
// article's text for good; over a device, a FIFO or a link it would put a plain file in its place. So a
// target is resolved to what it really is (links followed) before a byte is written.
import { constants, promises as fs, type Stats } from 'node:fs'
import path from 'node:path'
import { AppError } from '../errors'
import { writeFileAtomic, writeFilesAtomic } from '../store/atomic-file'

export type TargetProblem = 'inside-library' | 'exists' | 'not-writable-kind' | 'dangling-link' | 'is-folder' | 'is-file' | 'foreign-file'

/** A target refused, with why, so that a caller can add its own way out (the CLI's --force). */
export class ExportTargetError extends AppError {
  constructor(
    readonly problem: TargetProblem,
    message: string
  ) {
    super('invalid-request', message)
  }
}

export interface TargetOptions {
  /** The library folder: nothing is written inside it, whatever the path or link that leads there. */
  libraryDir: string
  /** Replace an existing file; in a folder, only files an earlier export wrote. */
  force: boolean
}

export interface Written {
  files: number
  /** Existing files replaced (with force). */
  replaced: number
  /** Written into a FIFO or a character device (a terminal, /dev/null) rather than as a file. */
  streamed: boolean
}

const lstat = (p: string) => fs.lstat(p).catch(nothingThere)
const stat = (p: string) => fs.stat(p).catch(nothingThere)
function nothingThere(error: NodeJS.ErrnoException): null {
  if (error.code === 'ENOENT') return null
  throw error
}

/** Case-insensitive file systems are the rule on macOS and Windows: compare paths as they do. */
const comparable = (p: string) => (process.platform === 'darwin' || process.platform === 'win32' ? p.toLowerCase() : p)
const isWithin = (p: string, folder: string) =>
  comparable(p) === comparable(folder) || comparable(p).startsWith(comparable(folder + path.sep))

/** The real path of `p`, links followed, for a path that need not exist yet (its nearest existing folder is resolved). */
export async function realPath(p: string): Promise<string> {
  const absolute = path.resolve(p)
  const rest: string[] = []
  for (let at = absolute; ; at = path.dirname(at)) {
    const real = await fs.realpath(at).catch(nothingThere)
    if (real !== null) return path.join(real, ...rest.reverse())
    if (path.dirname(at) === at) return absolute
    rest.push(path.basename(at))
  }
}

export async function refuseInsideLibrary(target: string, real: string, options: TargetOptions, library?: string): Promise<void> {
  library ??= await realPath(options.libraryDir)
  if (isWithin(real, library)) {
    throw new ExportTargetError('inside-library', `${target} is inside the library folder ${options.libraryDir}; export somewhere else.`)
  }
}

const streamable = (s: Stats) => s.isFIFO() || s.isCharacterDevice()

/** What stands at `target`, links followed; a link to nothing is refused rather than replaced. */
async function existing(target: string): Promise<Stats | null> {
  const link = await lstat(target)
  if (!link) return null
  const followed = await stat(target)
  if (!followed) throw new ExportTargetError('dangling-link', `${target} is a link to something that does not exist; give another name.`)
  return followed
}

/**
 * Writes one file: new, or replacing a regular file (with force; through a link, the file it points to,
 * so that the link stays), or streamed into a FIFO or a character device, which stay what they are.
 */
export async function writeExportFile(target: string, content: string, options: TargetOptions): Promise<Written> {
  const real = await realPath(target)
  await refuseInsideLibrary(target, real, options)
  const found = await existing(target)
  if (found && streamable(found)) {
    // Not O_TRUNC's business on a device; O_NONBLOCK is not set, so a FIFO waits for its reader, as a shell's > does.
    const handle = await fs.open(target, constants.O_WRONLY)
    try {
      await handle.writeFile(content)
    } finally {
      await handle.close()
    }
    return { files: 1, replaced: 0, streamed: true }
  }
  if (found?.isDirectory()) throw new ExportTargetError('is-folder', `${target} is a folder; give a file name.`)
  if (found && !found.isFile()) throw notWritableKind(target)
  if (found && !options.force) throw new ExportTargetError('exists', `${target} already exists.`)
  await writeFileAtomic(real, content)
  return { files: 1, replaced: found ? 1 : 0, streamed: false }
}

const notWritableKind = (target: string) =>
  new ExportTargetError('not-writable-kind', `${target} is not a regular file, a folder, a pipe or a terminal; give another name.`)

/**
 * Writes the files of a folder export into `target` (created if needed). Files there with other names
 * are left alone; a file with the name of one to write is replaced only with force, and only if an
 * earlier export wrote it: a note of the reader's that happens to share a name is never replaced.
 */
export async function writeExportFolder(
  target: string,
  files: readonly { name: string; content: string }[],
  options: TargetOptions
): Promise<Written> {
  const real = await realPath(target)
  await refuseInsideLibrary(target, real, options)
  const found = await existing(target)
  if (found && !found.isDirectory())
    throw new ExportTargetError('is-file', `This export is a folder of files, but ${target} is a file: give a folder.`)
  await fs.mkdir(real, { recursive: true })
  const destinations = files.map((file) => path.join(real, path.dirname(file.name), path.basename(file.name)))
  const earlier: string[] = []
  const library = await realPath(options.libraryDir)
  for (const destination of destinations) {
    // A folder that holds the library folder is fine, as long as no file of the export lands inside it.
    await refuseInsideLibrary(destination, destination, options, library)
    const there = await lstat(destination)
    if (!there) continue
    if (!there.isFile()) throw notWritableKind(destination)
    if (!(await writtenByDiptych(destination))) {
      throw new ExportTargetError(
        'foreign-file',
        `${target} holds “${path.basename(destination)}”, which Diptych did not write; move it or choose another folder.`
      )
    }
    earlier.push(path.basename(destination))
  }
  if (earlier.length > 0 && !options.force) {
    const some = earlier.length > 1 ? `“${earlier[0]}”, …` : `“${earlier[0]}”`
    throw new ExportTargetError(
      'exists',
      `${target} already holds ${earlier.length === 1 ? '1 file' : `${earlier.length} files`} of an earlier export (${some}).`
    )
  }
  for (const dir of new Set(destinations.map((d) => path.dirname(d)))) await fs.mkdir(dir, { recursive: true })
  await writeFilesAtomic(files.map((file, i) => ({ file: destinations[i], data: file.content })))
  return { files: files.length, replaced: earlier.length, streamed: false }
}

/**
 * Whether a file looks like one of Diptych's exports: Markdown whose front matter has the "exported:"
 * line every Markdown export carries, or Web Annotation JSON with Diptych's own "urn:diptych:" ids.
 */
async function writtenByDiptych(file: string): Promise<boolean> {
  const handle = await fs.open(file, 'r')
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0)
    const head = buffer.subarray(0, bytesRead).toString('utf8')
    const front = /^---\n([\s\S]*?)\n---\n/.exec(head)
    return (front !== null && /^exported: /m.test(front[1])) || head.includes('"urn:diptych:')
  } finally {
    await handle.close()
  }
}
