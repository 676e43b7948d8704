// Where a library's files are, for one device: article bodies (immutable files named by id), backups,
// the change logs, this device's snapshot and the lock under which it is rewritten.
import path from 'node:path'
import type { ArticleBody } from '../../shared/model'
import { ArticleBodies } from './article-bodies'
import { Backups } from './backups'
import type { LockOptions } from './file-lock'
import { CHANGES } from './oplog/change-log'
import { snapshotPath } from './oplog/compaction'
import type { StoreOptions } from './store-options'

export class LibraryFolder {
  /** This device's snapshot. */
  readonly libraryFile: string
  readonly articlesDir: string
  readonly backups: Backups
  protected readonly bodies: ArticleBodies
  protected readonly lockFile: string
  protected readonly changesDir: string

  protected constructor(
    readonly dir: string,
    readonly device: string,
    protected readonly options: Required<StoreOptions>
  ) {
    this.articlesDir = path.join(dir, 'articles')
    this.changesDir = path.join(dir, CHANGES)
    this.libraryFile = snapshotPath(dir, device)
    this.lockFile = path.join(this.changesDir, device, 'snapshot.lock')
    this.bodies = new ArticleBodies(this.articlesDir)
    this.backups = new Backups(path.join(dir, 'backups'), options.backupsToKeep)
  }

  protected lockOptions(timeoutMs = this.options.lockTimeoutMs): LockOptions {
    return { timeoutMs, staleMs: this.options.lockStaleMs, renewMs: this.options.lockRenewMs }
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
}
