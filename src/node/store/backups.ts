// Rotating backups of library.json, each checked to parse before it joins the set.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { BackupInfo } from '../../shared/api'
import { writeFileAtomic } from './atomic-file'
import { parseLibrary } from './library-file'
import type { Library } from '../../shared/model'

/**
 * Diptych's own names: `library-<timeStamp()>.json`, with `-<n>` for a further backup within the same
 * millisecond. Anything else in backups/ (a copy made by hand) is the reader's: never listed, restored
 * from or removed.
 */
const OWN_NAME = /^library-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-(\d{1,6}))?\.json$/

export function timeStamp(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

/** When a backup says it was made, and its place within that millisecond; null for a name not ours. */
function dateOf(name: string): { time: number; n: number } | null {
  const m = OWN_NAME.exec(name)
  if (!m) return null
  const time = Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`)
  return Number.isNaN(time) ? null : { time, n: Number(m[6] ?? 0) }
}

/**
 * Newest first. A backup dated later than now was made while the clock was ahead: its date cannot be
 * trusted, so it comes after the others, and neither hides the newer backups nor outlives them.
 */
function newestFirst(names: string[], now = Date.now()): string[] {
  const key = (name: string) => {
    const d = dateOf(name)!
    return [d.time > now ? 0 : 1, d.time, d.n]
  }
  const compare = (a: number[], b: number[]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]
  return names.sort((a, b) => compare(key(b), key(a)))
}

/** Whether a file holds exactly these bytes; compared piece by piece, giving way between pieces (50 MB are long to compare). */
async function sameBytes(file: string, pieces: readonly Buffer[]): Promise<boolean> {
  const previous = await fs.readFile(file).catch(() => Buffer.alloc(0))
  if (previous.length !== pieces.reduce((n, p) => n + p.length, 0)) return false
  let at = 0
  for (const piece of pieces) {
    if (!previous.subarray(at, at + piece.length).equals(piece)) return false
    at += piece.length
    await new Promise((resolve) => setImmediate(resolve))
  }
  return true
}

export class Backups {
  constructor(
    readonly dir: string,
    readonly keep: number
  ) {}

  private async ownNames(): Promise<string[]> {
    const names = await fs.readdir(this.dir).catch(() => [] as string[])
    return newestFirst(names.filter((name) => dateOf(name) !== null))
  }

  async list(): Promise<BackupInfo[]> {
    const infos: BackupInfo[] = []
    for (const name of await this.ownNames()) {
      const stat = await fs.stat(path.join(this.dir, name)).catch(() => null)
      if (stat?.isFile()) infos.push({ name, createdAt: stat.mtime.toISOString(), bytes: stat.size })
    }
    return infos
  }

  /** Copies the library file into the set if it is valid and differs from the newest backup. */
  async create(libraryFile: string): Promise<string | null> {
    let text: string
    try {
      text = await fs.readFile(libraryFile, 'utf8')
      parseLibrary(text, libraryFile)
    } catch {
      return null
    }
    return this.add(text)
  }

  /**
   * Adds a library's text to the set unless the newest backup holds it already. The text must be a valid
   * library: the store's own serialisation of a library whose every change was checked (compaction.ts).
   */
  async add(text: string | Buffer | readonly Buffer[]): Promise<string | null> {
    await fs.mkdir(this.dir, { recursive: true })
    const existing = await this.ownNames()
    const pieces = typeof text === 'string' ? [Buffer.from(text)] : Buffer.isBuffer(text) ? [text] : (text as readonly Buffer[])
    if (existing.length > 0 && (await sameBytes(path.join(this.dir, existing[0]), pieces))) return null
    // Named by the time alone; a number is added only if that very name exists (ends: the set is finite).
    const stamp = timeStamp()
    let name = `library-${stamp}.json`
    for (let n = 1; existing.includes(name); n++) name = `library-${stamp}-${n}.json`
    await writeFileAtomic(path.join(this.dir, name), pieces)
    await this.prune()
    return name
  }

  async prune(): Promise<void> {
    for (const old of (await this.ownNames()).slice(this.keep)) await fs.rm(path.join(this.dir, old), { force: true })
  }

  /** The newest backup that parses, with its name; damaged backups are skipped, never deleted. */
  async newestGood(): Promise<{ name: string; library: Library } | null> {
    for (const info of await this.list()) {
      const loaded = await this.load(info.name).catch(() => null)
      if (loaded) return { name: info.name, library: loaded }
    }
    return null
  }

  async load(name: string): Promise<Library> {
    if (dateOf(name) === null) throw new Error(`not a backup name: ${name}`)
    const file = path.join(this.dir, name)
    return parseLibrary(await fs.readFile(file, 'utf8'), file)
  }
}
