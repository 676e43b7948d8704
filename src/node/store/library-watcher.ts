// Notices when something other than this process changed the library folder: the command line, or a
// sync tool (Syncthing, Dropbox) bringing another computer's changes. It watches the folder's own
// files (library.json, settings.json, the change logs and snapshots in the sub-folders), waits for a
// quiet moment, asks the store to read again (`refreshFromDisk`, which compares the files' identity, so
// that this process's own writes cost a stat and no read), deals with conflicted copies
// (conflict-copies.ts), and tells its listeners when the library in memory changed.
//
// Not `fs.watch(dir, { recursive: true })`: on Linux, Node 20 implements it in JavaScript over every
// file of the tree (thousands of article bodies and pictures here) and polls files with watchFile. The
// folders that matter are few: the library folder and two levels of its sub-folders, articles, assets
// and backups aside (bodies and pictures are written once and named by id or hash; they never conflict).
// Each is watched alone (one inotify watch each); a folder that appears (a new device's log) is added.
import { watch, promises as fs, type FSWatcher } from 'node:fs'
import path from 'node:path'
import type { StoreNotice } from '../../shared/api'
import { conflictName, resolveConflictCopies, type ConflictHandling } from './conflict-copies'

/** What the watcher needs of the store: today's Store and the change-log store alike. */
export interface WatchedStore {
  readonly dir: string
  readonly notices: StoreNotice[]
  refreshFromDisk(): Promise<boolean>
}

export interface LibraryWatcherOptions {
  /** Quiet time after the last event before reading (a sync tool writes a few files in a row). */
  debounceMs?: number
  conflicts?: ConflictHandling
}

/** Sub-folders that are not watched: bodies, pictures and backups never change once written. */
const UNWATCHED = new Set(['articles', 'assets', 'backups'])
/** Files whose changes say nothing: the lock, and the temporary files of atomic writes. */
const NOISE = /(^library\.lock|\.tmp[-.][^/]*$|^\.|~$)/

export class LibraryWatcher {
  private readonly watchers = new Map<string, FSWatcher>()
  private readonly listeners = new Set<() => void>()
  private readonly seenCopies = new Set<string>()
  private timer: ReturnType<typeof setTimeout> | undefined
  private running: Promise<boolean> | null = null
  private rerun = false
  private conflictsToLook = true
  private closed = false
  private readonly debounceMs: number

  private constructor(
    private readonly store: WatchedStore,
    private readonly options: LibraryWatcherOptions
  ) {
    this.debounceMs = options.debounceMs ?? 150
  }

  /** Starts watching and deals with the conflicted copies already there (the library's opening). */
  static async start(store: WatchedStore, options: LibraryWatcherOptions = {}): Promise<LibraryWatcher> {
    const watcher = new LibraryWatcher(store, options)
    await watcher.watchFolders()
    await watcher.lookForConflicts()
    return watcher
  }

  /** Calls `run` each time the library in memory changed because of another process; returns the unsubscribe. */
  onChanged(run: () => void): () => void {
    this.listeners.add(run)
    return () => this.listeners.delete(run)
  }

  /** Reads again now (the window gained focus); true when the library changed. Checks run one at a time. */
  check(): Promise<boolean> {
    if (this.running) {
      this.rerun = true
      return this.running
    }
    this.running = this.checkOnce().finally(() => {
      this.running = null
      if (this.rerun && !this.closed) {
        this.rerun = false
        void this.check()
      }
    })
    return this.running
  }

  close(): void {
    this.closed = true
    clearTimeout(this.timer)
    for (const w of this.watchers.values()) w.close()
    this.watchers.clear()
    this.listeners.clear()
  }

  private async checkOnce(): Promise<boolean> {
    if (this.closed) return false
    const changed = await this.store.refreshFromDisk().catch(() => false)
    const copies = this.conflictsToLook ? await this.lookForConflicts() : 0
    if ((changed || copies > 0) && !this.closed) for (const run of [...this.listeners]) run()
    return changed
  }

  private async lookForConflicts(): Promise<number> {
    this.conflictsToLook = false
    const fresh = await resolveConflictCopies(this.store.dir, this.store.notices, this.seenCopies, this.options.conflicts).catch(() => [])
    return fresh.length
  }

  private schedule(): void {
    if (this.closed) return
    clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.check(), this.debounceMs)
    this.timer.unref?.()
  }

  private onEvent(folder: string, event: string, name: string | null): void {
    if (name && NOISE.test(name)) return
    if (name && conflictName(name)) this.conflictsToLook = true
    // A folder may have appeared (a new device's change log) or gone: look again at what to watch.
    if (event === 'rename' && path.relative(this.store.dir, folder).split(path.sep).length <= 2) void this.watchFolders()
    this.schedule()
  }

  private watchFolder(folder: string): void {
    if (this.watchers.has(folder) || this.closed) return
    try {
      const w = watch(folder, { persistent: false }, (event, name) => this.onEvent(folder, event, name))
      // The folder went away (or the system ran out of watches): forget it; a rename above brings it back.
      w.on('error', () => {
        w.close()
        this.watchers.delete(folder)
      })
      this.watchers.set(folder, w)
    } catch {
      // Not there (yet) or not readable: nothing to watch.
    }
  }

  /** The library folder and its sub-folders two levels down, but for those that never change. */
  private async watchFolders(): Promise<void> {
    const root = this.store.dir
    this.watchFolder(root)
    const subFolders = async (folder: string) =>
      (await fs.readdir(folder, { withFileTypes: true }).catch(() => []))
        .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
        .map((e) => path.join(folder, e.name))
    for (const first of await subFolders(root)) {
      if (UNWATCHED.has(path.basename(first))) continue
      this.watchFolder(first)
      for (const second of await subFolders(first)) this.watchFolder(second)
    }
    for (const [folder, w] of this.watchers) {
      if (folder !== root && !(await fs.stat(folder).catch(() => null))) {
        w.close()
        this.watchers.delete(folder)
      }
    }
  }
}
