// The library on disk and in memory, and the one queue through which every write goes.
//
// Changes are recipes: functions that mutate the library in place and can be applied again on a
// fresher copy (upsert or remove by id, set a field). A recipe is applied in memory at once, so the
// reader never waits; the queue then writes. If another process (the `diptych` command line) wrote
// since our last write, the file is read again and the recipes not yet on disk are replayed on it, so
// neither side loses a change; a recipe that no longer applies there (the other process deleted what it
// changes) is dropped and its caller gets a ChangeConflictError, while the changes after it are saved.
// A failed write (disk full, read-only folder) keeps every recipe for the
// next attempt and reports the failure; nothing in memory is discarded.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { Low } from 'lowdb'
import type { StoreNotice } from '../../shared/api'
import { emptyLibrary, type ArticleBody, type Library } from '../../shared/model'
import { articleBodySchema } from '../schemas'
import { removeStaleTempFiles, writeFileAtomic } from './atomic-file'
import { Backups, timeStamp } from './backups'
import { withFileLock } from './file-lock'
import { CorruptLibraryError, LibraryFileAdapter, parseLibrary } from './library-file'

export type Recipe<T = unknown> = (library: Library) => T

export interface StoreOptions {
  /** How many backups to keep. */
  backupsToKeep?: number
  /** Make a backup at most this often while writing. */
  backupIntervalMs?: number
  lockTimeoutMs?: number
  /** Back up the library when it opens (the app does; a command line run many times a minute does not). */
  backupOnOpen?: boolean
}

export class StoreWriteError extends Error {
  constructor(
    override readonly cause: unknown,
    message = describeWriteError(cause)
  ) {
    super(message)
  }
}

/** A change that could not be replayed on a library another process wrote meanwhile; it is not saved. */
export class ChangeConflictError extends StoreWriteError {
  constructor(cause: unknown) {
    super(cause)
    const why = ((cause as Error)?.message ?? String(cause)).replace(/\.$/, '')
    this.message = `This change could not be saved: another Diptych process changed the library meanwhile (${why}). The other changes are saved.`
  }
}

/** A reason in the reader's words for the common failures; the system's own message otherwise. */
const WRITE_FAILURES: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the library folder is read-only',
  EACCES: 'the library folder is read-only',
  EPERM: 'the library folder is read-only',
  EISDIR: 'something other than the library file is in its place',
  ENOTDIR: 'something other than a folder is where the library folder should be',
  EIO: 'the disk reported an error'
}

function whyWriteFailed(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException)?.code
  return (code && WRITE_FAILURES[code]) ?? ((cause as Error)?.message ?? String(cause)).replace(/\.$/, '')
}

export function describeWriteError(cause: unknown): string {
  return `Could not save the library: ${whyWriteFailed(cause)}. Your changes are kept and will be saved with the next change.`
}

const LIBRARY_FILE = 'library.json'

export class Store {
  readonly libraryFile: string
  readonly articlesDir: string
  readonly backups: Backups
  readonly notices: StoreNotice[] = []
  private readonly db: Low<Library>
  private readonly adapter: LibraryFileAdapter
  private readonly lockFile: string
  private pending: Recipe[] = []
  /** Recipes dropped because they failed on a library written by another process, with the reason. */
  private readonly refused = new Map<Recipe, unknown>()
  private writing: Promise<void> | null = null
  private queued: Promise<void> | null = null
  /** Interval backups count from the opening, so that a first run is not backed up halfway through seeding. */
  private lastBackupAt = Date.now()
  private closed = false

  private constructor(
    readonly dir: string,
    private readonly options: Required<StoreOptions>
  ) {
    this.libraryFile = path.join(dir, LIBRARY_FILE)
    this.articlesDir = path.join(dir, 'articles')
    this.lockFile = path.join(dir, 'library.lock')
    this.backups = new Backups(path.join(dir, 'backups'), options.backupsToKeep)
    this.adapter = new LibraryFileAdapter(this.libraryFile)
    this.db = new Low(this.adapter, emptyLibrary())
  }

  static async open(dir: string, options: StoreOptions = {}): Promise<Store> {
    const store = new Store(dir, {
      backupsToKeep: options.backupsToKeep ?? 10,
      backupIntervalMs: options.backupIntervalMs ?? 10 * 60_000,
      lockTimeoutMs: options.lockTimeoutMs ?? 10_000,
      backupOnOpen: options.backupOnOpen ?? true
    })
    await fs.mkdir(store.articlesDir, { recursive: true })
    // Left by a process killed mid-write: library.json's, the lock's, the bodies' and the backups'.
    await removeStaleTempFiles(dir)
    await removeStaleTempFiles(store.articlesDir)
    await removeStaleTempFiles(store.backups.dir)
    await store.load()
    return store
  }

  /** The library in memory. Treat as read-only: change it through `update`. */
  get data(): Library {
    return this.db.data
  }

  private async load(): Promise<void> {
    try {
      await this.db.read()
      if (this.adapter.lastText !== null) await this.backupNow()
      else if (await this.restoreAfterLoss(null)) return
    } catch (error) {
      if (!(error instanceof CorruptLibraryError)) throw error
      await this.restoreAfterLoss(error)
    }
  }

  /** A damaged or missing library.json: move the damage aside, restore the newest good backup. */
  private async restoreAfterLoss(damage: CorruptLibraryError | null): Promise<boolean> {
    let movedTo: string | undefined
    if (damage) {
      movedTo = path.join(this.dir, `library.corrupt-${timeStamp()}.json`)
      await fs.rename(this.libraryFile, movedTo)
    }
    const good = await this.backups.newestGood()
    if (!good && !damage) return false // a first run: nothing was ever here
    this.db.data = good ? good.library : emptyLibrary()
    await this.db.write()
    const what = damage ? `The library file was damaged (${damage.reason}).` : 'The library file was missing.'
    const where = movedTo ? ` The damaged file was moved to ${movedTo}.` : ''
    this.notices.push(
      good
        ? {
            kind: 'recovered-from-backup',
            message: `${what} Diptych restored the newest good backup (${good.name}).${where}`,
            movedTo
          }
        : {
            kind: 'recovered-empty',
            message: `${what} No good backup was found, so Diptych started an empty library.${where}`,
            movedTo
          }
    )
    return true
  }

  /** Applies a recipe now; resolves with its result once the change is on disk. */
  async update<T>(recipe: Recipe<T>): Promise<T> {
    if (this.closed) throw new Error('the store is closed')
    const result = recipe(this.db.data)
    this.pending.push(recipe)
    let failure: { error: unknown } | null = null
    await this.scheduleWrite().catch((error: unknown) => {
      failure = { error }
    })
    if (this.refused.has(recipe)) {
      const reason = this.refused.get(recipe)
      this.refused.delete(recipe)
      throw new ChangeConflictError(reason)
    }
    if (failure) throw (failure as { error: unknown }).error
    return result
  }

  /** Resolves when everything applied so far is on disk. */
  flush(): Promise<void> {
    if (this.pending.length === 0 && !this.writing) return Promise.resolve()
    return this.scheduleWrite()
  }

  private scheduleWrite(): Promise<void> {
    if (!this.writing) {
      this.writing = this.writeOnce().finally(() => {
        this.writing = null
      })
      return this.writing
    }
    // Coalesce: every change made while a write runs goes into the single write that follows it.
    if (!this.queued) {
      this.queued = this.writing
        .catch(() => undefined)
        .then(() => {
          this.queued = null
          return this.scheduleWrite()
        })
    }
    return this.queued
  }

  private async writeOnce(): Promise<void> {
    let included: Recipe[] = []
    try {
      await withFileLock(
        this.lockFile,
        async () => {
          await this.reloadIfChangedElsewhere()
          this.db.data.revision += 1
          // The adapter serialises synchronously, so exactly the recipes applied until now are in it.
          included = this.pending.splice(0)
          await this.db.write()
        },
        { timeoutMs: this.options.lockTimeoutMs }
      )
    } catch (error) {
      this.pending.unshift(...included)
      const notice: StoreNotice = { kind: 'write-failed', message: describeWriteError(error) }
      this.notices.push(notice)
      throw new StoreWriteError(error)
    }
    this.clearWriteFailures()
    if (Date.now() - this.lastBackupAt > this.options.backupIntervalMs) await this.backupNow()
  }

  private clearWriteFailures(): void {
    for (let i = this.notices.length - 1; i >= 0; i--) {
      if (this.notices[i].kind === 'write-failed') this.notices.splice(i, 1)
    }
  }

  private async reloadIfChangedElsewhere(): Promise<void> {
    // Compared by content, not by inode, size and mtime: a file replaced twice within one tick of the file
    // system's clock can come back with the same inode number, size and mtime, and a change would be lost.
    let text: string
    try {
      text = await fs.readFile(this.libraryFile, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
      throw error
    }
    if (text === this.adapter.lastText) return
    const fresh = parseLibrary(text, this.libraryFile)
    this.adapter.lastText = text
    // Recipes check before they change (find by id, then set), so one that throws has changed nothing.
    // It no longer applies (its object was deleted over there): drop it rather than fail every write after it.
    const kept: Recipe[] = []
    for (const recipe of this.pending) {
      try {
        recipe(fresh)
        kept.push(recipe)
      } catch (error) {
        this.refused.set(recipe, error)
      }
    }
    this.pending = kept
    this.db.data = fresh
  }

  async backupNow(): Promise<string | null> {
    this.lastBackupAt = Date.now()
    return this.backups.create(this.libraryFile).catch(() => null)
  }

  /** Replaces the library with a backup; the current one is backed up first, so this can be undone. */
  async restoreBackup(name: string): Promise<void> {
    const library = await this.backups.load(name)
    await this.flush().catch(() => undefined)
    await this.backupNow()
    await this.update((lib) => {
      Object.assign(lib, library, { revision: lib.revision })
    })
  }

  bodyPath(id: string): string {
    return path.join(this.articlesDir, `${id}.json`)
  }

  /** Writes an article body; a failure (disk full, read-only folder) is a StoreWriteError that says so. */
  async writeBody(body: ArticleBody): Promise<void> {
    try {
      await writeFileAtomic(this.bodyPath(body.id), JSON.stringify(body))
    } catch (error) {
      throw new StoreWriteError(error, `Could not save the article: ${whyWriteFailed(error)}.`)
    }
  }

  async readBody(id: string): Promise<ArticleBody | null> {
    let text: string
    try {
      text = await fs.readFile(this.bodyPath(id), 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
    const parsed = articleBodySchema.safeParse(JSON.parse(text))
    if (!parsed.success || parsed.data.id !== id) throw new CorruptLibraryError(this.bodyPath(id), 'not an article body')
    return parsed.data as ArticleBody
  }

  async deleteBody(id: string): Promise<void> {
    await fs.rm(this.bodyPath(id), { force: true })
  }

  async close(): Promise<void> {
    await this.flush().catch(() => undefined)
    this.closed = true
  }
}
