// The library as a whole: the snapshot the renderer starts from, article bodies, settings, reading
// positions, bundled articles on first run, article metadata and the trash.
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { ArticlePatch, LibrarySnapshot } from '../../shared/api'
import { canonicalText, countWords, type ArticleBody, type ArticleMeta, type Block, type Library, type Settings } from '../../shared/model'
import { removeHighlights } from '../../shared/library-ops'
import { tagsAsInLibrary } from '../../shared/tag-ops'
import { articleBodySchema, articleMetaSchema } from '../schemas'
import { AppError, notFound } from '../errors'
import { now } from '../ids'
import { assetsInUse } from '../../shared/asset-url'
import type { AssetStore } from '../store/assets'
import type { Store } from '../store/store'
import { EditionFiles } from './editions/edition-files'

export function textHash(blocks: readonly Block[]): string {
  // Whitespace and case differences do not make a different article.
  const normal = canonicalText(blocks).replace(/\s+/g, ' ').trim().toLowerCase()
  return createHash('sha256').update(normal).digest('hex')
}

export class LibraryService {
  /** Told of each article added, once the library names it (the sources index follows). */
  afterAdd?: (article: ArticleMeta) => Promise<void>

  constructor(
    private readonly store: Store,
    private readonly bundledDir: string | null,
    private readonly assets?: AssetStore
  ) {}

  snapshot(): LibrarySnapshot {
    const lib = this.store.data
    return {
      articles: lib.articles,
      highlights: lib.highlights,
      links: lib.links,
      rejectedPairs: lib.rejectedPairs,
      settings: lib.settings,
      notices: [...this.store.notices],
      dataDir: this.store.dir
    }
  }

  article(id: string): ArticleMeta {
    const meta = this.store.data.articles.find((a) => a.id === id)
    if (!meta) throw notFound('The article')
    return meta
  }

  async body(id: string): Promise<ArticleBody> {
    this.article(id)
    const body = await this.store.readBody(id).catch(() => {
      throw new AppError('io', 'The text of this article could not be read; its file is damaged.')
    })
    if (!body) throw new AppError('not-found', 'The text of this article is missing from the library folder.')
    return body
  }

  /**
   * Adds an article: the body is written (atomically) before the library mentions it. `refuse` runs
   * inside the change, on the library as it is then (replayed on a fresher one if another process wrote
   * meanwhile): it throws to refuse the article, and the caller then owns the body file written.
   */
  async addArticle(
    meta: Omit<ArticleMeta, 'wordCount' | 'textHash' | 'addedAt'> & { addedAt?: string },
    blocks: Block[],
    refuse?: (library: Library, article: ArticleMeta) => void
  ) {
    const text = canonicalText(blocks)
    const full: ArticleMeta = {
      ...meta,
      addedAt: meta.addedAt ?? now(),
      wordCount: countWords(text),
      textHash: textHash(blocks)
    }
    await this.store.writeBody({ id: full.id, blocks })
    // What another process added meanwhile (the same file imported from the command line), so that
    // `refuse` sees it: the change below runs on the library in memory.
    if (refuse) await this.store.catchUp()
    await this.store.update((lib) => {
      refuse?.(lib, full)
      if (lib.articles.some((a) => a.id === full.id)) return
      // Read from the library itself: through the change's proxy every highlight read would be copied.
      full.tags = tagsAsInLibrary(this.store.data, full.tags)
      lib.articles.push(full)
    })
    // Paused for over an hour in between (a laptop asleep), the body may have been swept as an orphan by
    // another process opening the library; now that the library names it, no sweep can remove it again.
    if (
      !(await fs.access(this.store.bodyPath(full.id)).then(
        () => true,
        () => false
      ))
    )
      await this.store.writeBody({ id: full.id, blocks })
    await this.afterAdd?.(full)
    return full
  }

  /** On the very first run, the bundled articles are added and opened side by side. */
  async seedIfFirstRun(): Promise<void> {
    const lib = this.store.data
    if (lib.settings.seeded || !this.bundledDir) return
    const names = (await fs.readdir(this.bundledDir).catch(() => [] as string[])).filter((n) => n.endsWith('.json')).sort()
    const added: string[] = []
    for (const name of names) {
      const raw = JSON.parse(await fs.readFile(path.join(this.bundledDir, name), 'utf8'))
      const body = articleBodySchema.parse({ id: raw.meta.id, blocks: raw.blocks })
      const meta = articleMetaSchema
        .pick({ id: true, title: true, source: true, author: true, published: true, url: true, lang: true, description: true })
        .parse(raw.meta)
      if (lib.articles.some((a) => a.id === meta.id)) continue
      await this.addArticle({ ...meta, format: 'bundled', tags: [] }, body.blocks)
      added.push(meta.id)
    }
    await this.store.update((l) => {
      l.settings.seeded = true
      if (l.settings.panes[0] === null && l.settings.panes[1] === null && added.length > 0) {
        l.settings.panes = [added[0] ?? null, added[1] ?? null]
      }
    })
  }

  async updateSettings(patch: Partial<Omit<Settings, 'positions' | 'seeded'>>): Promise<Settings> {
    for (const id of patch.panes ?? []) if (id !== null) this.article(id)
    // Written to settings.json alone (store.ts); resolves once on disk, as before.
    return this.store.updateSettings((settings) => {
      Object.assign(settings, patch)
      return { ...settings }
    })
  }

  async setPosition(articleId: string, offset: number): Promise<null> {
    this.article(articleId)
    await this.store.updateSettings((settings) => {
      settings.positions[articleId] = offset
    })
    return null
  }

  async updateArticle(id: string, patch: ArticlePatch): Promise<ArticleMeta> {
    this.article(id)
    if (patch.title !== undefined && patch.title.trim() === '') throw new AppError('invalid-request', 'An article needs a title.')
    return this.store.update((lib) => {
      const meta = lib.articles.find((a) => a.id === id)
      if (!meta) throw notFound('The article')
      for (const [key, value] of Object.entries(patch)) {
        if (value === undefined) continue
        if (key === 'tags') meta.tags = tagsAsInLibrary(this.store.data, value as string[], meta)
        else (meta as unknown as Record<string, unknown>)[key] = typeof value === 'string' ? value.trim() : value
      }
      return { ...meta }
    })
  }

  /** Moves an article to the trash; its highlights stay with it and come back with it. */
  async trashArticle(id: string): Promise<ArticleMeta> {
    this.article(id)
    const at = now()
    return this.store.update((lib) => {
      const meta = lib.articles.find((a) => a.id === id)
      if (!meta) throw notFound('The article')
      meta.deletedAt ??= at
      lib.settings.panes = lib.settings.panes.map((p) => (p === id ? null : p)) as Settings['panes']
      return { ...meta }
    })
  }

  async restoreArticle(id: string): Promise<ArticleMeta> {
    this.article(id)
    return this.store.update((lib) => {
      const meta = lib.articles.find((a) => a.id === id)
      if (!meta) throw notFound('The article')
      delete meta.deletedAt
      return { ...meta }
    })
  }

  /** Deletes the trashed articles for good; says which, so that what holds them (the search) can let go. */
  async emptyTrash(): Promise<{ removed: number; ids: string[] }> {
    const trashed = this.store.data.articles.filter((a) => a.deletedAt)
    const doomed = new Set(trashed.map((a) => a.id))
    if (doomed.size === 0) return { removed: 0, ids: [] }
    await this.store.update((lib) => {
      lib.articles = lib.articles.filter((a) => !doomed.has(a.id))
      removeHighlights(lib, new Set(lib.highlights.filter((h) => doomed.has(h.articleId)).map((h) => h.id)))
      lib.rejectedPairs = lib.rejectedPairs.filter((p) => !doomed.has(p.articleA) && !doomed.has(p.articleB))
      for (const id of doomed) delete lib.settings.positions[id]
    })
    // Bodies go only after the library no longer mentions them.
    const editions = new EditionFiles(this.store.articlesDir)
    for (const id of doomed) {
      await this.store.deleteBody(id)
      await editions.deleteAll(id)
    }
    // A picture goes when no article names it any more; one the remaining articles share stays.
    const assets = this.assets
    const pictures = trashed.flatMap((a) => a.assets ?? [])
    if (assets && pictures.length > 0) await this.store.tidyUnderLock((lib) => assets.removeUnused(assetsInUse(lib), pictures))
    return { removed: doomed.size, ids: [...doomed] }
  }
}
