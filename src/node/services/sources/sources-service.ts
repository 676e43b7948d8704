// "Find sources": the articles of the library that an article quotes or paraphrases. The index
// (sources-index.ts) proposes the few articles sharing the most rare word pairs; the aligner reads only
// those, and what it finds ranks them. The index follows the library: imports add to it, emptying the
// trash removes from it, and anything it missed (another process, another computer, a lost folder) is
// caught up before a query.
import path from 'node:path'
import { canonicalText, type ArticleMeta } from '../../../shared/model'
import type { SourcesProgress, SourcesResult } from '../../../shared/sources/types'
import type { Store } from '../../store/store'
import type { LibraryService } from '../library-service'
import { findSources } from './find-sources'
import { SourcesIndex, type ArticleText } from './sources-index'

export class SourcesService {
  readonly index: SourcesIndex
  private opened = false
  /** Every change of the index, one after another. */
  private queue: Promise<unknown> = Promise.resolve()
  private building: SourcesProgress | null = null

  constructor(
    private readonly store: Store,
    private readonly library: LibraryService
  ) {
    this.index = new SourcesIndex(path.join(store.dir, 'index', 'sources'))
  }

  /** How far a build (or catch-up) of the index has got. */
  progress(): SourcesProgress | null {
    return this.building ? { ...this.building } : null
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work)
    this.queue = run.catch(() => undefined)
    return run
  }

  /** Brings the index up to date with the library: articles not indexed (or whose text changed) are
   *  added, articles gone are dropped. Resolves with how many were added. */
  catchUp(onProgress?: (p: SourcesProgress) => void): Promise<number> {
    return this.serial(async () => {
      await this.reopen()
      const live = new Map(this.store.data.articles.map((a) => [a.id, a.textHash]))
      const stale = (id: string, hash: string) => live.get(id) !== hash
      if (this.index.entries().some(([id, hash]) => stale(id, hash))) await this.index.remove(stale)
      const held = new Set(this.index.entries().map(([id, hash]) => `${id}\n${hash}`))
      const missing = this.store.data.articles.filter((a) => !held.has(`${a.id}\n${a.textHash}`))
      if (missing.length === 0) return 0
      this.building = { done: 0, total: missing.length }
      try {
        return await this.index.add(this.texts(missing), (done) => {
          this.building = { done, total: missing.length }
          onProgress?.(this.building)
        })
      } finally {
        this.building = null
      }
    })
  }

  /** The bodies of `articles`, those that cannot be read left out (they are tried again next time). */
  private async *texts(articles: ArticleMeta[]): AsyncGenerator<ArticleText> {
    for (const a of articles) {
      const body = await this.store.readBody(a.id).catch(() => null)
      if (body) yield { id: a.id, textHash: a.textHash, text: canonicalText(body.blocks) }
    }
  }

  /** After an import: the article joins the index. An index not built yet stays so (the first query
   *  builds it, with progress), so that an import never waits for the whole library to be read. */
  added(article: ArticleMeta): Promise<void> {
    return this.serial(async () => {
      await this.openOnce()
      if (this.index.articleCount === 0 && this.store.data.articles.length > 1) return
      if (this.index.holds(article.id, article.textHash)) return
      await this.index.add(this.texts([article]))
    })
  }

  /** After articles were deleted for good. */
  forget(ids: string[]): Promise<void> {
    const gone = new Set(ids)
    return this.serial(async () => {
      if (this.opened) await this.index.remove((id) => gone.has(id))
    })
  }

  private async openOnce(): Promise<void> {
    if (this.opened) return
    await this.index.open()
    this.opened = true
  }

  /** The folder as it is now: segments written or merged by another process since are seen. */
  private async reopen(): Promise<void> {
    await this.index.open()
    this.opened = true
  }

  /** The sources of an article, best first. */
  async find(articleId: string, limit: number, onProgress?: (p: SourcesProgress) => void): Promise<SourcesResult> {
    this.library.article(articleId)
    const text = canonicalText((await this.library.body(articleId)).blocks)
    await this.catchUp(onProgress)
    const articles = new Map(this.store.data.articles.map((a) => [a.id, a]))
    const found = await this.serial(() =>
      findSources(this.index, text, limit, {
        skip: (id, hash) => id === articleId || articles.get(id)?.textHash !== hash || articles.get(id)!.deletedAt !== undefined,
        text: async (id) => {
          const body = await this.store.readBody(id).catch(() => null)
          return body ? canonicalText(body.blocks) : null
        },
        title: (id) => articles.get(id)?.title ?? id
      })
    )
    return { articleId, ...found, indexed: this.index.articleCount }
  }
}
