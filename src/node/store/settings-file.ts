// settings.json: the settings and reading positions, written on their own so that choosing an article
// or pausing while scrolling writes a few kilobytes, not the whole library.
//
// library.json still carries the settings (as they were at its last write), so that an older Diptych,
// which knows nothing of this file, reads a library with settings and loses nothing. This file names the
// settings library.json held when it was written (`librarySettings`, a hash): while library.json still
// holds those, this file is newer and wins; once they differ, library.json was written since by a
// process that did not keep this file (an older Diptych, or one that stopped between the two writes),
// and library.json's settings win.
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import type { StoreNotice } from '../../shared/api'
import { notValidJson } from '../../shared/json-mistake'
import { SCHEMA_VERSION, type Settings } from '../../shared/model'
import { settingsSchema } from '../schemas'
import { writeFileAtomic } from './atomic-file'
import { timeStamp } from './backups'
import { firstIssue } from './library-file'

export interface SettingsRecord {
  settings: Settings
  /** settingsHash of the settings library.json held when this record was written. */
  librarySettings: string
}

const recordSchema = z.looseObject({
  schemaVersion: z.number().int().min(1).max(SCHEMA_VERSION),
  settings: settingsSchema.loose(),
  librarySettings: z.string().regex(/^[0-9a-f]{64}$/)
})

/** JSON with keys in sorted order, so that equal settings hash alike whatever order their keys were set in. */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${sortedJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

export function settingsHash(settings: Settings): string {
  return createHash('sha256').update(sortedJson(settings)).digest('hex')
}

/** The settings to use: this file's when library.json still holds what the file says it held. */
export function settingsToUse(librarySettings: Settings, record: SettingsRecord | null): Settings {
  return record && record.librarySettings === settingsHash(librarySettings) ? structuredClone(record.settings) : librarySettings
}

export class SettingsFile {
  /** The text last read from or written to the file: what "unchanged" means (the file is small). */
  private lastText: string | null = null
  /** The record last read or written; null when there was none or it was damaged. */
  lastRecord: SettingsRecord | null = null

  constructor(
    readonly file: string,
    private readonly onDamage: (notice: StoreNotice) => void
  ) {}

  /** The record on disk, or null when there is none or it is damaged (then moved aside and said). */
  async read(): Promise<SettingsRecord | null> {
    const change = await this.readChange()
    return change === undefined ? this.lastRecord : change
  }

  /** Like read, but undefined when the file is as this process last read or wrote it. */
  async readChange(): Promise<SettingsRecord | null | undefined> {
    const text = await fs.readFile(this.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      // A folder or anything else in its place is not ours to move; the library's settings are used.
      if (error.code === 'ENOENT' || error.code === 'EISDIR') return null
      throw error
    })
    if (text === this.lastText) return undefined
    this.lastText = text
    this.lastRecord = text === null ? null : await this.parse(text)
    return this.lastRecord
  }

  private async parse(text: string): Promise<SettingsRecord | null> {
    let why: string
    try {
      const parsed = recordSchema.safeParse(JSON.parse(text))
      if (parsed.success) return { settings: parsed.data.settings, librarySettings: parsed.data.librarySettings }
      why = firstIssue(parsed.error, 'settings')
    } catch (error) {
      why = notValidJson(error)
    }
    const movedTo = path.join(path.dirname(this.file), `settings.corrupt-${timeStamp()}.json`)
    await fs.rename(this.file, movedTo)
    this.lastText = null
    this.onDamage({
      kind: 'recovered-from-backup',
      message: `The settings file was damaged (${why}). Diptych used the settings saved with the library; the damaged file was moved to ${movedTo}.`,
      movedTo
    })
    return null
  }

  /** The text of a record; taken synchronously, so that it holds exactly the changes applied until now. */
  textOf(settings: Settings, librarySettings: string): string {
    return JSON.stringify({ schemaVersion: SCHEMA_VERSION, settings, librarySettings })
  }

  /** Writes `text` (from textOf) atomically, unless the file holds it already. */
  async write(text: string, beforeReplace?: () => Promise<void>): Promise<void> {
    if (text === this.lastText) return
    await writeFileAtomic(this.file, text, beforeReplace)
    this.lastText = text
    const { settings, librarySettings } = JSON.parse(text) as SettingsRecord
    this.lastRecord = { settings, librarySettings }
  }
}
