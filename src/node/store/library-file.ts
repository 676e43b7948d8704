// library.json as lowdb sees it: an adapter that writes atomically and refuses anything that is not a
// valid library. lowdb's own JSONFile adapter would accept `null` (and then reset to defaults) and
// throws only on malformed JSON; here every deviation from the schema counts as corrupt.
import { promises as fs } from 'node:fs'
import type { Adapter } from 'lowdb'
import { z } from 'zod'
import { notValidJson } from '../../shared/json-mistake'
import { SCHEMA_VERSION, type Library } from '../../shared/model'
import { SENTENCES } from '../error-messages'
import { librarySchema } from '../schemas'
import { writeFileAtomic } from './atomic-file'
import { fileIdentity } from './file-identity'
import { NotAFileError } from './in-the-way'
import { migrate, versionOf } from './migrations'

export class CorruptLibraryError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string
  ) {
    super(SENTENCES.corruptLibrary(file, reason))
  }
}

export class NewerLibraryError extends Error {
  constructor(readonly version: number) {
    super(SENTENCES.newerLibrary(version, SCHEMA_VERSION))
  }
}

/** Parses and checks library JSON text; throws CorruptLibraryError or NewerLibraryError. */
export function parseLibrary(text: string, file: string): Library {
  if (text.trim() === '') throw new CorruptLibraryError(file, 'the file is empty')
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    throw new CorruptLibraryError(file, notValidJson(error))
  }
  return libraryFrom(raw, file)
}

/** Checks a library already parsed from JSON (migrating an earlier version); throws as parseLibrary does. */
export function libraryFrom(raw: unknown, file: string): Library {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new CorruptLibraryError(file, 'not a library object')
  }
  const version = versionOf(raw as Record<string, unknown>)
  if (version > SCHEMA_VERSION) throw new NewerLibraryError(version)
  if (Number.isNaN(version)) throw new CorruptLibraryError(file, 'schemaVersion is not a version number')
  const library = migrate(raw as Record<string, unknown>)
  if (!passesSchema(library)) {
    // Checked whole again only to say where and why, in the words of a whole check.
    const parsed = librarySchema.safeParse(library)
    throw new CorruptLibraryError(file, parsed.success ? 'the library does not pass its schema' : firstIssue(parsed.error, 'library'))
  }
  return library as unknown as Library
}

const LIBRARY_FIELDS = Object.entries(librarySchema.shape as Record<string, z.ZodType>).map(([key, schema]) => ({
  key,
  schema,
  element: schema instanceof z.ZodArray ? (schema.element as z.ZodType) : null
}))

/**
 * Whether a library passes librarySchema, told field by field and entity by entity: the same verdict as
 * checking it whole (the library's object and lists add no checks of their own to their fields' and
 * elements'), without building a checked copy of 100,000 highlights beside the parsed ones. The parsed
 * objects are kept: the schema changes no value (library-file.test.ts), so they are what a copy would be.
 */
export function passesSchema(library: Record<string, unknown>): boolean {
  for (const { key, schema, element } of LIBRARY_FIELDS) {
    const value = library[key]
    if (element && Array.isArray(value)) {
      for (const item of value) if (!element.safeParse(item).success) return false
    } else if (!schema.safeParse(value).success) return false
  }
  return true
}

/** Where and why a value fails its schema, e.g. `highlights.3.position: a highlight covers at least one character`. */
export function firstIssue(error: z.ZodError, whole: string): string {
  const issue = error.issues[0]
  return `${issue.path.join('.') || whole}: ${issue.message}`
}

/** Why a library in memory would not read back, or null when it would. */
export function invalidLibrary(library: Library): string | null {
  const parsed = librarySchema.safeParse(library)
  return parsed.success ? null : firstIssue(parsed.error, 'library')
}

export function serializeLibrary(library: Library): string {
  return JSON.stringify(library)
}

export class LibraryFileAdapter implements Adapter<Library> {
  /**
   * The file's identity (file-identity.ts) as this adapter last read or wrote it: what "unchanged"
   * means, so that a writer can tell another process wrote without reading the whole file again.
   */
  lastIdentity: string | null = null

  constructor(readonly file: string) {}

  /** Null when there is no file yet (first run); throws when there is one and it is not a library. */
  async read(): Promise<Library | null> {
    // Read without the lock (at opening), the file may be replaced while it is read: read until the
    // identity before and after agree, so that lastIdentity names the very text that was parsed.
    for (let attempt = 1; ; attempt++) {
      const before = await fileIdentity(this.file)
      const text = await this.readText()
      const after = await fileIdentity(this.file)
      if (before !== after && attempt < 5) continue
      // Still changing after five reads: an identity no file has, so that the first write reads again.
      this.lastIdentity = text === null ? null : before === after ? after : 'unsettled'
      return text === null ? null : parseLibrary(text, this.file)
    }
  }

  /** Whether the file is no longer the one this adapter last read or wrote. */
  async changedOnDisk(): Promise<boolean> {
    return (await fileIdentity(this.file)) !== this.lastIdentity
  }

  /** The file's text; null when there is none. A folder (or a pipe) in its place is said, not read. */
  async readText(): Promise<string | null> {
    const stat = await fs.stat(this.file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null
      throw error
    })
    if (!stat) return null
    if (!stat.isFile()) throw new NotAFileError(this.file, stat, 'library')
    return fs.readFile(this.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null
      throw error
    })
  }

  async write(library: Library, beforeReplace?: () => Promise<void>): Promise<void> {
    // Serialise before the first await: the queue relies on the snapshot being taken right here.
    const text = serializeLibrary(library)
    await writeFileAtomic(this.file, text, beforeReplace)
    this.lastIdentity = await fileIdentity(this.file)
  }
}
