// "Find sources": the articles of the library that an article quotes or paraphrases. The index
// (sources-index.ts) proposes the few articles sharing the most rare word pairs; the aligner reads only
// those, and what it finds ranks them. The index follows the library: imports add to it, emptying the
// trash removes from it, and anything it missed (another process, another computer, a lost folder) is
// caught up before a query.
import path from 'node:path'
import { align } from '../../../shared/compare'
import { canonicalText, type ArticleMeta } from '../../../shared/model'
import { shingles } from '../../../shared/sources/shingles'
import type { SourcesProgress, SourcesResult } from '../../../shared/sources/types'
import type { Store } from '../../store/store'
import type { LibraryService } from '../library-service'
import { rankSources } from './rank-sources'
import { SourcesIndex, type ArticleText } from './sources-index'

/** Candidates the aligner reads beyond those asked for: a source the index ranks a little low still
 *  gets its chance. */
const EXTRA_CANDIDATES = 10

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
      if (!this.opened) {
        await this.index.open()
        this.opened = true
      }
      const indexed = this.index.indexed()
      const live = new Map(this.store.data.articles.map((a) => [a.id, a]))
      const gone = [...indexed.keys()].filter((id) => !live.has(id) || live.get(id)!.textHash !== indexed.get(id))
      if (gone.length > 0) await this.index.remove(gone)
      const missing = [...live.values()].filter((a) => indexed.get(a.id) !== a.textHash)
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

  /** After articles were deleted for good. */
  forget(ids: string[]): Promise<void> {
    return this.serial(async () => {
      if (this.opened) await this.index.remove(ids)
    })
  }

  /** The sources of an article, best first. */
  async find(articleId: string, limit: number, onProgress?: (p: SourcesProgress) => void): Promise<SourcesResult> {
    const meta = this.library.article(articleId)
    const text = canonicalText((await this.library.body(articleId)).blocks)
    await this.catchUp(onProgress)
    const live = new Map(this.store.data.articles.map((a) => [a.id, a]))
    const skip = (id: string) => id === articleId || !live.get(id) || live.get(id)!.deletedAt !== undefined
    const candidates = await this.serial(() => this.index.candidates(shingles(text), limit + EXTRA_CANDIDATES, skip))
    const aligned = []
    for (const c of candidates) {
      const body = await this.store.readBody(c.id).catch(() => null)
      if (!body) continue
      const sourceText = canonicalText(body.blocks)
      aligned.push({ meta: live.get(c.id)!, sourceText, pairs: align(text, sourceText) })
    }
    return {
      articleId: meta.id,
      sources: rankSources(text, aligned).slice(0, limit),
      compared: aligned.length,
      indexed: this.index.articleCount
    }
  }
}
