// Rotating backups of library.json, each checked to parse before it joins the set.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { BackupInfo } from '../../shared/api'
import { writeFileAtomic } from './atomic-file'
import { parseLibrary } from './library-file'
import type { Library } from '../../shared/model'

const PREFIX = 'library-'
const SUFFIX = '.json'

export function timeStamp(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

export class Backups {
  constructor(
    readonly dir: string,
    readonly keep: number
  ) {}

  async list(): Promise<BackupInfo[]> {
    const names = await fs.readdir(this.dir).catch(() => [] as string[])
    const infos: BackupInfo[] = []
    for (const name of names) {
      if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) continue
      const stat = await fs.stat(path.join(this.dir, name)).catch(() => null)
      if (stat) infos.push({ name, createdAt: stat.mtime.toISOString(), bytes: stat.size })
    }
    // Names carry the time, so they sort newest last; show newest first.
    return infos.sort((a, b) => (a.name < b.name ? 1 : -1))
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
    await fs.mkdir(this.dir, { recursive: true })
    const newest = (await this.list())[0]
    if (newest) {
      const previous = await fs.readFile(path.join(this.dir, newest.name), 'utf8').catch(() => '')
      if (previous === text) return null
    }
    let name = `${PREFIX}${timeStamp()}${SUFFIX}`
    for (let i = 1; newest && name <= newest.name; i++) name = `${PREFIX}${timeStamp()}-${i}${SUFFIX}`
    await writeFileAtomic(path.join(this.dir, name), text)
    await this.prune()
    return name
  }

  async prune(): Promise<void> {
    const all = await this.list()
    for (const old of all.slice(this.keep)) await fs.rm(path.join(this.dir, old.name), { force: true })
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
    if (path.basename(name) !== name || !name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) {
      throw new Error(`not a backup name: ${name}`)
    }
    const file = path.join(this.dir, name)
    return parseLibrary(await fs.readFile(file, 'utf8'), file)
  }
}
