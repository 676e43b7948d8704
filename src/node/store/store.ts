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
//
// Settings and reading positions change often (every pause in scrolling): changed through
// `updateSettings`, they are written to settings.json alone (settings-file.ts), under the same lock,
// without rewriting library.json. Whether another process wrote is told by the files' identity
// (file-identity.ts), so that the library is read again only when it did.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { Low } from 'lowdb'
import type { StoreNotice } from '../../shared/api'
import { emptyLibrary, type ArticleBody, type Library, type Settings } from '../../shared/model'
import { settingsSchema } from '../schemas'
import { ArticleBodies } from './article-bodies'
import { removeStaleTempFiles } from './atomic-file'
import { Backups } from './backups'
import { CoalescedWrites } from './coalesced-writes'
import { LockLostError, withFileLock, type LockOptions } from './file-lock'
import { CorruptLibraryError, invalidLibrary, parseLibrary } from './library-file'
import { LibraryFiles } from './library-files'
import { recoverLibrary } from './recovery'
import { replayOn, replayValid, type Recipe } from './replay'
import { withDefaults, type StoreOptions } from './store-options'
import { describeWriteError, StoreWriteError } from './write-errors'

export { ChangeConflictError, describeWriteError, StoreWriteError } from './write-errors'
export type { Recipe } from './replay'
export type { StoreOptions } from './store-options'

/** Times a write is tried again after another process took the lock over while this one was paused. */
const LOCK_LOST_RETRIES = 3
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export class Store {
  readonly libraryFile: string
  readonly articlesDir: string
  readonly backups: Backups
  private readonly bodies: ArticleBodies
  readonly notices: StoreNotice[] = []
  private readonly db: Low<Library>
  private readonly files: LibraryFiles
  private readonly lockFile: string
  private pending: Recipe[] = []
  /** Recipes that change the settings alone: a write of only these leaves library.json as it is. */
  private readonly settingsOnly = new WeakSet<Recipe>()
  /** Counts the changes to the library (settings aside), so that what indexes it knows when to look again. */
  private changeCount = 0
  /** Recipes dropped (they failed on a library written by another process, or left one that does not read back), with the error their caller gets. */
  private readonly refused = new Map<Recipe, StoreWriteError>()
  private readonly writes = new CoalescedWrites(() => this.writeOnce())
  /** Interval backups count from the opening, so that a first run is not backed up halfway through seeding. */
  private lastBackupAt = Date.now()
  private closed = false

  private constructor(
    readonly dir: string,
    private readonly options: Required<StoreOptions>
  ) {
    this.files = new LibraryFiles(dir, (notice) => this.notices.push(notice))
    this.libraryFile = this.files.adapter.file
    this.articlesDir = path.join(dir, 'articles')
    this.lockFile = path.join(dir, 'library.lock')
    this.bodies = new ArticleBodies(this.articlesDir)
    this.backups = new Backups(path.join(dir, 'backups'), options.backupsToKeep)
    this.db = new Low(this.files.adapter, emptyLibrary())
  }

  static async open(dir: string, options: StoreOptions = {}): Promise<Store> {
    const store = new Store(dir, withDefaults(options))
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

  /** Changes with every change to the library other than its settings (and when another process's is read). */
  get version(): number {
    return this.changeCount
  }

  private replaceData(library: Library): void {
    this.db.data = library
    this.changeCount++
  }

  private async load(): Promise<void> {
    try {
      await this.db.read()
      if (!this.files.present) await this.restoreAfterLoss(null)
      else {
        await this.files.adoptSettings(this.db.data)
        if (this.options.backupOnOpen) await this.backupNow()
      }
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
    this.files.wroteLibrary(recovered.library)
    this.notices.push(recovered.notice)
  }

  /** Applies a recipe now; resolves with its result once the change is on disk. */
  async update<T>(recipe: Recipe<T>): Promise<T> {
    if (this.closed) throw new Error('the store is closed')
    const result = recipe(this.db.data)
    if (!this.settingsOnly.has(recipe)) this.changeCount++
    this.pending.push(recipe)
    let failure: { error: unknown } | null = null
    await this.writes.schedule().catch((error: unknown) => {
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

  /**
   * A change to the settings alone: applied now, written to settings.json with the other settings changes
   * of the same short window; resolves with its result once it is on disk.
   */
  updateSettings<T>(change: (settings: Settings) => T): Promise<T> {
    const recipe: Recipe<T> = (library) => change(library.settings)
    this.settingsOnly.add(recipe)
    return this.update(recipe)
  }

  private onlySettingsPending(): boolean {
    return this.pending.every((recipe) => this.settingsOnly.has(recipe))
  }

  /** Resolves when everything applied so far is on disk. */
  flush(): Promise<void> {
    return this.pending.length === 0 && !this.writes.busy ? Promise.resolve() : this.writes.schedule()
  }

  private async writeOnce(): Promise<void> {
    // The last position of a scroll, not each one: the changes of the window share one write.
    if (this.pending.length > 0 && this.onlySettingsPending()) await sleep(this.options.settingsWindowMs)
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
    const failures = this.notices.filter((notice) => notice.kind === 'write-failed')
    for (const notice of failures) this.notices.splice(this.notices.indexOf(notice), 1)
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
          const libraryToo = !this.onlySettingsPending()
          await this.refuseInvalidChanges(libraryToo)
          if (libraryToo) {
            this.db.data.revision += 1
            bumped = true
          }
          // The texts are taken synchronously, so exactly the recipes applied until now are in them.
          const write = this.files.snapshot(this.db.data, libraryToo, () => lease.assertHeld())
          included = this.pending.splice(0)
          await write()
        },
        this.lockOptions()
      )
    } catch (error) {
      this.pending.unshift(...included)
      if (bumped) this.db.data.revision -= 1
      throw error
    }
  }

  private async reloadIfChangedElsewhere(): Promise<void> {
    const changed = await this.files.changes()
    if (!changed.library && changed.settings === undefined) return
    const settings = changed.library || !this.onlySettingsPending() ? null : this.files.settingsOnTop(changed.settings)
    if (settings) {
      // Only another process's settings: this one's are replayed on them; the library stays as it is.
      const fresh = { ...this.db.data, settings }
      this.pending = replayOn(fresh, this.pending, this.refused)
      this.db.data = fresh
      return
    }
    const fresh = await this.files.read()
    if (fresh === null) return
    this.pending = replayOn(fresh, this.pending, this.refused)
    this.replaceData(fresh)
  }

  /**
   * What is written must read back. Checked before every write (the library whole, about a second for
   * 100,000 highlights; a write of settings alone, the settings); when the check fails, the changes are
   * applied again one by one on the library on disk, and each one that breaks it is refused, so that one
   * bad change does not block the others.
   */
  private async refuseInvalidChanges(libraryToo: boolean): Promise<void> {
    if (libraryToo ? invalidLibrary(this.db.data) === null : settingsSchema.safeParse(this.db.data.settings).success) return
    const { library, kept } = replayValid(await this.files.readForReplay(), this.pending, this.refused)
    this.pending = kept
    this.replaceData(library)
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
    const onDisk = async () =>
      (await this.files.adapter.readText().then((t) => (t === null ? null : parseLibrary(t, this.libraryFile)))) ?? this.data
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

  private seenData: Library | undefined

  /**
   * Reads the library again if another process (the CLI, a sync tool) replaced its files, as a write does
   * first (reloadIfChangedElsewhere); true when the library in memory was replaced since the last call,
   * by this read or by a write that found another's changes. A lock busy elsewhere leaves it to that write.
   */
  async refreshFromDisk(): Promise<boolean> {
    const before = this.seenData ?? this.db.data
    await this.flush().catch(() => undefined)
    if (!this.closed)
      await withFileLock(this.lockFile, () => this.reloadIfChangedElsewhere(), this.lockOptions(1_000)).catch(() => undefined)
    this.seenData = this.db.data
    return this.db.data !== before
  }
}
