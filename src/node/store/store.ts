// The library on disk and in memory, and the one queue through which every write goes.
//
// Changes are recipes: functions that mutate the library in place and can be applied again on a
// fresher copy (upsert or remove by id, set a field). A recipe is applied in memory at once, so the
// reader never waits; the queue then writes. If another process (the `diptych` command line) wrote
// since our last write, the file is read again and the recipes not yet on disk are replayed on it, so
// neither side loses a change; a recipe that no longer applies there (the other process deleted what it
// changes) is dropped and its caller gets a ChangeConflictError, while the changes after it are saved.
// A writer paused long enough to lose its lock (file-lock.ts) writes nothing, takes the lock again and
// replays the same way. A failed write (disk full, read-only folder) keeps every recipe for the next
// attempt and reports the failure; nothing in memory is discarded.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { Low } from 'lowdb'
import type { StoreNotice } from '../../shared/api'
import { emptyLibrary, type ArticleBody, type Library } from '../../shared/model'
import { ArticleBodies } from './article-bodies'
import { removeStaleTempFiles } from './atomic-file'
import { Backups } from './backups'
import { LOCK_DEFAULTS, LockLostError, withFileLock, type LockOptions } from './file-lock'
import { CorruptLibraryError, invalidLibrary, LibraryFileAdapter, parseLibrary } from './library-file'
import { recoverLibrary } from './recovery'
import { replayOn, replayValid, type Recipe } from './replay'
import { describeWriteError, StoreWriteError } from './write-errors'

export { ChangeConflictError, describeWriteError, StoreWriteError } from './write-errors'
export type { Recipe } from './replay'

export interface StoreOptions {
  /** How many backups to keep. */
  backupsToKeep?: number
  /** Make a backup at most this often while writing. */
  backupIntervalMs?: number
  lockTimeoutMs?: number
  /** A lock not renewed for this long is taken over (tests shorten it). */
  lockStaleMs?: number
  /** How often the holder renews the lock (tests shorten it). */
  lockRenewMs?: number
  /** Back up the library when it opens (the app does; a command line run many times a minute does not). */
  backupOnOpen?: boolean
  /** The process lives on and saves a failed change with the next one (the app); a command line run does not. */
  keepsUnsavedChanges?: boolean
}

/** Times a write is tried again after another process took the lock over while this one was paused. */
const LOCK_LOST_RETRIES = 3

const LIBRARY_FILE = 'library.json'

export class Store {
  readonly libraryFile: string
  readonly articlesDir: string
  readonly backups: Backups
  private readonly bodies: ArticleBodies
  readonly notices: StoreNotice[] = []
  private readonly db: Low<Library>
  private readonly adapter: LibraryFileAdapter
  private readonly lockFile: string
  private pending: Recipe[] = []
  /** Recipes dropped (they failed on a library written by another process, or left one that does not read back), with the error their caller gets. */
  private readonly refused = new Map<Recipe, StoreWriteError>()
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
    this.bodies = new ArticleBodies(this.articlesDir)
    this.backups = new Backups(path.join(dir, 'backups'), options.backupsToKeep)
    this.adapter = new LibraryFileAdapter(this.libraryFile)
    this.db = new Low(this.adapter, emptyLibrary())
  }

  static async open(dir: string, options: StoreOptions = {}): Promise<Store> {
    const store = new Store(dir, {
      backupsToKeep: options.backupsToKeep ?? 10,
      backupIntervalMs: options.backupIntervalMs ?? 10 * 60_000,
      lockTimeoutMs: options.lockTimeoutMs ?? LOCK_DEFAULTS.timeoutMs,
      lockStaleMs: options.lockStaleMs ?? LOCK_DEFAULTS.staleMs,
      lockRenewMs: options.lockRenewMs ?? LOCK_DEFAULTS.renewMs,
      backupOnOpen: options.backupOnOpen ?? true,
      keepsUnsavedChanges: options.keepsUnsavedChanges ?? true
    })
    await fs.mkdir(store.articlesDir, { recursive: true })
    // Left by a process killed mid-write: library.json's, the lock's, the bodies' and the backups'.
    await removeStaleTempFiles(dir)
    await removeStaleTempFiles(store.articlesDir)
    await removeStaleTempFiles(store.backups.dir)
    await store.load()
    await store.removeOrphanBodies()
    return store
  }

  private lockOptions(timeoutMs = this.options.lockTimeoutMs): LockOptions {
    return { timeoutMs, staleMs: this.options.lockStaleMs, renewMs: this.options.lockRenewMs }
  }

  /** The library in memory. Treat as read-only: change it through `update`. */
  get data(): Library {
    return this.db.data
  }

  private async load(): Promise<void> {
    try {
      await this.db.read()
      if (this.adapter.lastText === null) await this.restoreAfterLoss(null)
      else if (this.options.backupOnOpen) await this.backupNow()
    } catch (error) {
      if (!(error instanceof CorruptLibraryError)) throw error
      await this.restoreAfterLoss(error)
    }
  }

  /** A damaged or missing library.json: the damage moved aside, the newest good backup restored. */
  private async restoreAfterLoss(damage: CorruptLibraryError | null): Promise<void> {
    const recovered = await recoverLibrary(this.libraryFile, this.backups, damage)
    if (!recovered) return // a first run: nothing was ever here
    this.db.data = recovered.library
    await this.db.write()
    this.notices.push(recovered.notice)
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
    const refusal = this.refused.get(recipe)
    if (refusal) {
      this.refused.delete(recipe)
      throw refusal
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
    for (let attempt = 1; ; attempt++) {
      try {
        await this.writeUnderLock()
        break
      } catch (error) {
        // Paused while holding the lock, which another process then took: take it again, read what the
        // other wrote, and replay the changes on it (reloadIfChangedElsewhere).
        if (error instanceof LockLostError && attempt < LOCK_LOST_RETRIES) continue
        const message = describeWriteError(error, this.options.keepsUnsavedChanges)
        this.notices.push({ kind: 'write-failed', message })
        throw new StoreWriteError(error, message)
      }
    }
    this.clearWriteFailures()
    if (Date.now() - this.lastBackupAt > this.options.backupIntervalMs) await this.backupNow()
  }

  /** One write; on failure every recipe is pending again and memory holds the revision on disk. */
  private async writeUnderLock(): Promise<void> {
    let included: Recipe[] = []
    let bumped = false
    try {
      await withFileLock(
        this.lockFile,
        async (lease) => {
          await this.reloadIfChangedElsewhere()
          this.refuseInvalidChanges()
          this.db.data.revision += 1
          bumped = true
          // The adapter serialises synchronously, so exactly the recipes applied until now are in it.
          included = this.pending.splice(0)
          await this.adapter.write(this.db.data, () => lease.assertHeld())
        },
        this.lockOptions()
      )
    } catch (error) {
      this.pending.unshift(...included)
      if (bumped) this.db.data.revision -= 1
      throw error
    }
  }

  private clearWriteFailures(): void {
    for (let i = this.notices.length - 1; i >= 0; i--) {
      if (this.notices[i].kind === 'write-failed') this.notices.splice(i, 1)
    }
  }

  private async reloadIfChangedElsewhere(): Promise<void> {
    // Compared by content, not by inode, size and mtime: a file replaced twice within one tick of the file
    // system's clock can come back with the same inode number, size and mtime, and a change would be lost.
    const text = await this.adapter.readText()
    if (text === null || text === this.adapter.lastText) return
    const fresh = parseLibrary(text, this.libraryFile)
    this.adapter.lastText = text
    this.pending = replayOn(fresh, this.pending, this.refused)
    this.db.data = fresh
  }

  /**
   * What is written must read back. Checked before every write (a few milliseconds for 10,000
   * highlights); when the check fails, the changes are applied again one by one on the library last
   * read or written, and each one that breaks it is refused, so that one bad change does not block the
   * others.
   */
  private refuseInvalidChanges(): void {
    if (invalidLibrary(this.db.data) === null) return
    const base = this.adapter.lastText === null ? emptyLibrary() : parseLibrary(this.adapter.lastText, this.libraryFile)
    const { library, kept } = replayValid(base, this.pending, this.refused)
    this.pending = kept
    this.db.data = library
  }

  /** Removes old bodies that no article names (article-bodies.ts), checked again against the library on disk. */
  private async removeOrphanBodies(): Promise<void> {
    const ids = (library: Library) => new Set(library.articles.map((a) => a.id))
    if ((await this.bodies.orphans(ids(this.data))).length === 0) return
    await this.tidyUnderLock(async (library) => {
      for (const file of await this.bodies.orphans(ids(library))) await fs.rm(file, { force: true })
    })
  }

  // Tidying (removing files nothing names) runs under the lock, on the library on disk: another process may
  // have added an article naming them since. Not worth waiting for: a busy lock leaves it to the next time.
  async tidyUnderLock(tidy: (library: Library) => Promise<unknown>): Promise<void> {
    const onDisk = async () => (await this.adapter.readText().then((t) => (t === null ? null : parseLibrary(t, this.libraryFile)))) ?? this.data
    await withFileLock(this.lockFile, async () => tidy(await onDisk()), this.lockOptions(1_000)).catch(() => undefined)
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
    return this.bodies.path(id)
  }

  writeBody(body: ArticleBody): Promise<void> {
    return this.bodies.write(body)
  }

  readBody(id: string): Promise<ArticleBody | null> {
    return this.bodies.read(id)
  }

  deleteBody(id: string): Promise<void> {
    return this.bodies.delete(id)
  }

  async close(): Promise<void> {
    await this.flush().catch(() => undefined)
    this.closed = true
  }
}
