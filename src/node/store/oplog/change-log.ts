// The change logs: `changes/<device>/<session>.jsonl`, one per process that wrote (a process of the app
// or of the command line), so that no two processes ever append to one file and no lock is needed to
// write a change. A change is appended and synced before it is acknowledged; a line cut short by a crash
// has no line end and is never read (nor written after: a process that fails to append moves on to a
// new file). Files of other devices arrive through the reader's sync tool, whole or as a longer prefix.
import { randomBytes } from 'node:crypto'
import { constants, promises as fs } from 'node:fs'
import path from 'node:path'
import { fsyncDir } from '../atomic-file'
import { parseOp, type Op } from './change-ops'

export const CHANGES = 'changes'

/** A new session name: sortable by time, unique between processes. */
export const newSession = (): string => `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`

export class OwnLog {
  private part = 0
  private created = false
  /** The file's size after the last append that was synced: how far a snapshot may say it includes. */
  bytes = 0

  constructor(
    private readonly deviceDir: string,
    readonly session: string
  ) {}

  /** Whether a file of this session was made (or tried): the session leaves a `.closed` mark when it ends. */
  get started(): boolean {
    return this.created || this.part > 0
  }

  get deviceFolder(): string {
    return this.deviceDir
  }

  /** The file's name relative to the changes folder, as snapshots record it. */
  get name(): string {
    return `${path.basename(this.deviceDir)}/${this.session}${this.part ? `-${this.part}` : ''}.jsonl`
  }

  get file(): string {
    return path.join(path.dirname(this.deviceDir), this.name)
  }

  /**
   * Appends whole lines and syncs them. The file is opened for each append, so that a folder made
   * read-only or a file removed meanwhile fails here rather than later. On failure the next append goes
   * to a new file: part of the text may be in this one (a line cut short, or whole lines not
   * acknowledged: they are written again with the rest, and applying an operation twice changes nothing).
   */
  async append(text: string): Promise<void> {
    let handle: fs.FileHandle | null = null
    try {
      if (!this.created) await fs.mkdir(this.deviceDir, { recursive: true })
      // Once made, the file is never made again: had it been removed (a retired log), a new one under its
      // name would read as the old one cut short. The append fails instead and goes to a new file.
      handle = await fs.open(this.file, this.created ? constants.O_WRONLY | constants.O_APPEND : 'a')
      if (!this.created) await fsyncDir(this.deviceDir)
      this.created = true
      const data = Buffer.from(text)
      let written = 0
      while (written < data.length) written += (await handle.write(data, written, data.length - written)).bytesWritten
      await handle.datasync()
      this.bytes = (await handle.stat()).size
    } catch (error) {
      this.part++
      this.created = false
      this.bytes = 0
      throw error
    } finally {
      await handle?.close().catch(() => undefined)
    }
  }
}

/** Every log file under `changes/`, by name relative to it (`<device>/<file>.jsonl`), with its size. */
export async function listLogs(changesDir: string): Promise<Map<string, number>> {
  const logs = new Map<string, number>()
  for (const device of await fs.readdir(changesDir).catch(() => [] as string[])) {
    const dir = path.join(changesDir, device)
    for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
      // Sync tools' conflicted copies of a log hold operations too: applying them twice changes nothing.
      if (!name.endsWith('.jsonl')) continue
      const stat = await fs.stat(path.join(dir, name)).catch(() => null)
      if (stat?.isFile()) logs.set(`${device}/${name}`, stat.size)
    }
  }
  return logs
}

export interface LogRead {
  ops: Op[]
  /** How far each log was read: to the end of its last whole line. */
  offsets: Map<string, number>
  /** Lines that are whole but not operations (damaged): skipped, and counted. */
  damaged: number
}

/** The operations each log holds past `offsets` (files not in it are read from their start). */
export async function readLogs(changesDir: string, offsets: ReadonlyMap<string, number>, skip?: string): Promise<LogRead> {
  const read: LogRead = { ops: [], offsets: new Map(offsets), damaged: 0 }
  for (const [name, size] of await listLogs(changesDir)) {
    const from = offsets.get(name) ?? 0
    if (name === skip || size <= from) continue
    const handle = await fs.open(path.join(changesDir, name), 'r').catch(() => null)
    if (!handle) continue
    try {
      const buffer = Buffer.alloc(size - from)
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, from)
      const end = buffer.lastIndexOf(0x0a, bytesRead - 1)
      if (end < 0) continue
      for (const line of buffer.toString('utf8', 0, end).split('\n')) {
        if (line.trim() === '') continue
        const op = parseOp(line)
        if (op) read.ops.push(op)
        else read.damaged++
      }
      read.offsets.set(name, from + end + 1)
    } finally {
      await handle.close()
    }
  }
  return read
}
