// The library on disk and in memory, and the one queue through which every write goes.
//
// The folder holds changes, not states (docs/merge-rules.md): each process that writes appends
// operations to a log of its own (`changes/<device>/<session>.jsonl`, oplog/change-log.ts), and each
// device now and then rewrites a snapshot of its own (`snapshots/<device>.json`, oplog/compaction.ts).
// Opening reads the snapshot that includes the most and replays every operation it does not include,
// in clock order (oplog/library-loader.ts). So a change writes a few hundred bytes, two processes on one
// computer never write the same file, and a library folder shared between computers through Syncthing or
// Dropbox merges (oplog/merge-state.ts) instead of making conflicted copies.
//
// Changes are recipes, as before: functions that change the library in place. A recipe is applied in
// memory at once, so the reader never waits; what it changed is told from what it touched and becomes
// operations (oplog/local-changes.ts), which the queue appends and syncs before the caller hears back.
// Before appending, the operations other processes and devices wrote are applied (`refreshFromDisk`); a
// change to something one of them deleted meanwhile is still written (merging ignores it: a delete wins)
// and its caller gets a ChangeConflictError. A failed append (disk full, read-only folder) keeps every
// operation for the next attempt and reports the failure; nothing in memory is discarded.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { StoreNotice } from '../../shared/api'
import { SCHEMA_VERSION, type Library, type Settings } from '../../shared/model'
import { resolveConfigDir } from '../data-dir'
import { CoalescedWrites } from './coalesced-writes'
import { withFileLock } from './file-lock'
import { LibraryFolder } from './library-folder'
import { SETTINGS } from './oplog/change-ops'
import { newSession, OwnLog } from './oplog/change-log'
import { applyOthersChanges } from './oplog/others-changes'
import { compact } from './oplog/compaction'
import { deviceId } from './oplog/device-identity'
import { Hlc } from './oplog/hlc'
import { closedMarker, retireLogs } from './oplog/log-retirement'
import { loadLibrary } from './oplog/library-loader'
import { applyRecipe } from './oplog/local-changes'
import type { MergeState } from './oplog/merge-state'
import { conflictsOf, keepAside, type PendingChange } from './oplog/pending-changes'
import { needsOrphanSweep, prepareFolders, removeOrphans } from './store-folders'
import { snapshotBody, yielder } from './oplog/snapshot-file'
import type { Recipe } from './replay'
import { withDefaults, type StoreOptions } from './store-options'
import { describeWriteError, StoreWriteError } from './write-errors'

export { ChangeConflictError, describeWriteError, StoreWriteError } from './write-errors'
export type { Recipe } from './replay'
export type { StoreOptions } from './store-options'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export class Store extends LibraryFolder {
  readonly notices: StoreNotice[] = []
  private lib!: Library
  private state!: MergeState
  private hlc!: Hlc
  private log!: OwnLog
  /** How far into each log the state includes. */
  private offsets = new Map<string, number>()
  private pending: PendingChange[] = []
  private readonly refused = new Map<Recipe, StoreWriteError>()
  private readonly writes = new CoalescedWrites(() => this.writeOnce())
  private refreshing: Promise<boolean> = Promise.resolve(false)
  /** Others' changes read in (by a write, say) that refreshFromDisk has not reported yet. */
  private unreported = false
  /** Bytes of the logs the snapshot does not include yet. */
  private uncompacted = 0
  private compaction: Promise<void> | null = null
  private backingUp: Promise<unknown> | null = null
  private changeCount = 0
  private lastBackupAt = Date.now()
  private closed = false

  static async open(dir: string, options: StoreOptions = {}): Promise<Store> {
    const device = await deviceId(options.configDir || resolveConfigDir())
    const store = new Store(dir, device, withDefaults(options))
    await prepareFolders(store.articlesDir, path.join(store.changesDir, device), [
      dir,
      store.articlesDir,
      store.backups.dir,
      path.dirname(store.libraryFile)
    ])
    await store.load()
    await store.removeOrphanBodies()
    return store
  }

  /** The library in memory. Treat as read-only: change it through `update`. */
  get data(): Library {
    return this.lib
  }

  /** Changes with every change to the library other than its settings (and when another process's is read). */
  get version(): number {
    return this.changeCount
  }

  private async load(): Promise<void> {
    const loaded = await loadLibrary(this.dir, this.device, this.backups)
    this.state = loaded.state
    this.offsets = loaded.offsets
    this.uncompacted = loaded.replayedBytes
    this.notices.push(...loaded.notices)
    this.hlc = new Hlc(`${this.device}/${newSession()}`)
    if (this.state.clock) this.hlc.observe(this.state.clock)
    this.log = new OwnLog(path.join(this.changesDir, this.device), this.hlc.writer.split('/')[1])
    this.lib = this.state.library(SCHEMA_VERSION, loaded.revision)
    // A migrated or recovered library is written as this device's snapshot at once.
    if (loaded.migratedFrom || loaded.notices.length > 0) await this.compact()
    if (loaded.migratedFrom) await keepAside(this.dir)
    // A new, empty folder has nothing to keep: a backup of it would only crowd out the useful ones. Made
    // behind the reader's first steps, in slices: at 100,000 highlights it would double the opening.
    else if (this.options.backupOnOpen && (this.lib.articles.length > 0 || this.lib.highlights.length > 0))
      this.backingUp = this.backupNow().finally(() => (this.backingUp = null))
  }

  /** Applies a recipe now; resolves with its result once the change is on disk. */
  async update<T>(recipe: Recipe<T>): Promise<T> {
    if (this.closed) throw new Error('the store is closed')
    const change = applyRecipe(this.lib, recipe, this.state, this.hlc)
    if (change.libraryChanged) this.changeCount++
    if (change.ops.length > 0)
      this.pending.push({ recipe, ops: change.ops, text: change.ops.map((op) => JSON.stringify(op) + '\n').join('') })
    let failure: { error: unknown } | null = null
    if (change.ops.length > 0 || this.pending.length > 0 || this.writes.busy) {
      await this.writes.schedule().catch((error: unknown) => {
        failure = { error }
      })
    }
    const refusal = this.refused.get(recipe)
    if (refusal) {
      this.refused.delete(recipe)
      throw refusal
    }
    if (failure) throw (failure as { error: unknown }).error
    return change.result
  }

  /** A change to the settings alone: written with the other settings changes of the same short window. */
  updateSettings<T>(change: (settings: Settings) => T): Promise<T> {
    return this.update((library) => change(library.settings))
  }

  /** Resolves when everything applied so far is on disk. */
  flush(): Promise<void> {
    return this.pending.length === 0 && !this.writes.busy ? Promise.resolve() : this.writes.schedule()
  }

  private async writeOnce(): Promise<void> {
    // The last position of a scroll, not each one: the changes of the window share one write.
    if (this.pending.length > 0 && this.pending.every((p) => p.ops.every((op) => op.k === SETTINGS)))
      await sleep(this.options.settingsWindowMs)
    await this.catchUp().catch(() => false)
    const batch = this.pending.splice(0)
    if (batch.length === 0) return
    try {
      await this.log.append(batch.map((p) => p.text).join(''))
    } catch (error) {
      this.pending.unshift(...batch)
      const message = describeWriteError(error, this.options.keepsUnsavedChanges)
      this.notices.push({ kind: 'write-failed', message })
      throw new StoreWriteError(error, message)
    }
    this.offsets.set(this.log.name, this.log.bytes)
    this.lib.revision += 1
    this.uncompacted += batch.reduce((n, p) => n + p.text.length, 0)
    for (const [recipe, error] of conflictsOf(batch, this.state, this.hlc.writer)) this.refused.set(recipe, error)
    for (const notice of this.notices.filter((n) => n.kind === 'write-failed')) this.notices.splice(this.notices.indexOf(notice), 1)
    this.maybeCompact()
    if (Date.now() - this.lastBackupAt > this.options.backupIntervalMs && !this.backingUp) {
      this.backingUp = this.backupNow().finally(() => (this.backingUp = null))
    }
  }

  /**
   * Applies the operations other processes and devices appended since the last look; whether anything
   * changed. Called before each write, by the folder watcher, and when the window gets the focus.
   */
  async refreshFromDisk(): Promise<boolean> {
    await this.catchUp()
    // What a write read in before this call counts too: the window has not been told of it yet.
    const changed = this.unreported
    this.unreported = false
    return changed
  }

  /** Applies what others appended, without telling the watcher's caller: the path of writes, tidying and checks before a change. */
  catchUp(): Promise<boolean> {
    this.refreshing = this.refreshing.catch(() => false).then(() => this.readOthers())
    return this.refreshing
  }

  private async readOthers(): Promise<boolean> {
    const read = await applyOthersChanges(this.changesDir, this.offsets, this.log.name, this.state, this.hlc, this.lib)
    this.uncompacted += read.newBytes
    if (read.libraryChanged) this.changeCount++
    this.maybeCompact()
    if (read.libraryChanged || read.settingsChanged) this.unreported = true
    return read.libraryChanged || read.settingsChanged
  }

  private maybeCompact(): void {
    if (this.uncompacted < this.options.compactAfterBytes || this.compaction || this.closed) return
    // A task of its own, after the change that crossed the line has been answered.
    setTimeout(() => void this.compact().catch(() => undefined), 0)
  }

  /** Rewrites this device's snapshot to include everything applied so far (oplog/compaction.ts). */
  compact(): Promise<void> {
    this.compaction ??= (async () => {
      const before = this.uncompacted
      try {
        const { backedUp } = await compact({
          dir: this.dir,
          state: this.state,
          library: this.lib,
          covered: new Map(this.offsets),
          lockFile: this.lockFile,
          lockOptions: this.lockOptions(),
          flush: () => this.flush(),
          backups: this.backups
        })
        this.uncompacted -= before
        this.lastBackupAt = Date.now()
        // Only with a backup of this snapshot: were every snapshot damaged, the library is rebuilt from the newest backup and the logs left.
        if (backedUp) await retireLogs(this.dir, this.device, this.log.name).catch(() => [])
      } finally {
        this.compaction = null
      }
    })()
    return this.compaction
  }

  /** Removes old bodies that no article names, unless other devices share the folder (theirs may be on the way). */
  private async removeOrphanBodies(): Promise<void> {
    if (await needsOrphanSweep(this.changesDir, this.device, this.bodies, this.data))
      await this.tidyUnderLock((library) => removeOrphans(this.bodies, library))
  }

  // Tidying (removing files nothing names) runs under the lock, on the library with every change other
  // processes logged. Not worth waiting for: a busy lock leaves it to the next time.
  async tidyUnderLock(tidy: (library: Library) => Promise<unknown>): Promise<void> {
    await withFileLock(
      this.lockFile,
      async () => {
        await this.catchUp()
        await tidy(this.data)
      },
      this.lockOptions(1_000)
    ).catch(() => undefined)
  }

  async backupNow(): Promise<string | null> {
    // One at a time: two made within one millisecond would take one name.
    await this.backingUp?.catch(() => undefined)
    this.lastBackupAt = Date.now()
    const { library } = await snapshotBody(this.state, this.lib, yielder(8))
    return this.backups.add(library).catch(() => null)
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

  async close(): Promise<void> {
    await this.flush().catch(() => undefined)
    this.closed = true
    await this.compaction?.catch(() => undefined)
    await this.backingUp?.catch(() => undefined)
    // Nothing more will be appended to this session's logs: once every device's snapshot holds them, they can go.
    if (this.log.started && this.pending.length === 0)
      await fs.writeFile(closedMarker(this.log.deviceFolder, this.log.session), '').catch(() => undefined)
  }
}
