// library.json as lowdb sees it: an adapter that writes atomically and refuses anything that is not a
// valid library. lowdb's own JSONFile adapter would accept `null` (and then reset to defaults) and
// throws only on malformed JSON; here every deviation from the schema counts as corrupt.
import { promises as fs } from 'node:fs'
import type { Adapter } from 'lowdb'
import { SCHEMA_VERSION, type Library } from '../../shared/model'
import { librarySchema } from '../schemas'
import { writeFileAtomic } from './atomic-file'
import { migrate } from './migrations'

export class CorruptLibraryError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string
  ) {
    super(`${file} is damaged: ${reason}`)
  }
}

export class NewerLibraryError extends Error {
  constructor(readonly version: number) {
    super(
      `This library was written by a newer version of Diptych (format ${version}; this version reads up to ${SCHEMA_VERSION}). Update Diptych to open it.`
    )
  }
}

/** Parses and checks library JSON text; throws CorruptLibraryError or NewerLibraryError. */
export function parseLibrary(text: string, file: string): Library {
  if (text.trim() === '') throw new CorruptLibraryError(file, 'the file is empty')
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    throw new CorruptLibraryError(file, `not valid JSON (${(error as Error).message})`)
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new CorruptLibraryError(file, 'not a library object')
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion
  if (typeof version === 'number' && version > SCHEMA_VERSION) throw new NewerLibraryError(version)
  const parsed = librarySchema.safeParse(migrate(raw as Record<string, unknown>))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new CorruptLibraryError(file, `${issue.path.join('.') || 'library'}: ${issue.message}`)
  }
  return parsed.data as Library
}

export function serializeLibrary(library: Library): string {
  return JSON.stringify(library)
}

export class LibraryFileAdapter implements Adapter<Library> {
  /** The text last read from or written to the file by this adapter: what "unchanged" means. */
  lastText: string | null = null

  constructor(readonly file: string) {}

  /** Null when there is no file yet (first run); throws when there is one and it is not a library. */
  async read(): Promise<Library | null> {
    let text: string
    try {
      text = await fs.readFile(this.file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
    const library = parseLibrary(text, this.file)
    this.lastText = text
    return library
  }

  async write(library: Library): Promise<void> {
    // Serialise before the first await: the queue relies on the snapshot being taken right here.
    const text = serializeLibrary(library)
    await writeFileAtomic(this.file, text)
    this.lastText = text
  }
}
