// "Check for a new edition" and `diptych refresh`: an article saved from a URL fetched again through the
// guarded web client. The same text makes no edition. A changed text becomes the article's body; the
// text it replaces is kept first as an earlier edition (edition-files.ts), then the library names the
// new edition and moves the highlights onto it (shared/editions) in one recipe.
import type { ArticleBody, ArticleMeta, Block, Edition } from '../../../shared/model'
import { canonicalText, countWords } from '../../../shared/model'
import { applyNewEdition, EditionConflict, latestEditionNumber, moveHighlights, type EditionCheck } from '../../../shared/editions'
import { shownUrl } from '../../error-messages'
import { AppError, notFound } from '../../errors'
import { now } from '../../ids'
import { articleBodySchema } from '../../schemas'
import { ChangeConflictError, type Store } from '../../store/store'
import type { Parser } from '../import/worker-parser'
import { textHash, type LibraryService } from '../library-service'
import { savePictures } from '../web/save-pictures'
import { UrlRequests } from '../web/url-requests'
import { webErrorIn } from '../web/web-error'
import { fetchArticle, webClient, type WebImportOptions } from '../web/web-import'
import { EditionFiles } from './edition-files'
import { checkMessage } from './edition-messages'

export class EditionService {
  readonly files: EditionFiles
  /** One check of an article at a time. */
  private readonly running = new UrlRequests()

  constructor(
    private readonly store: Store,
    private readonly library: LibraryService,
    private readonly parser: Parser,
    private readonly web: WebImportOptions = {}
  ) {
    this.files = new EditionFiles(store.articlesDir)
  }

  /** Fetches the article's page again; every failure of the page or the network is a 'failed' result with a sentence. */
  async check(articleId: string): Promise<EditionCheck> {
    const meta = this.library.article(articleId)
    const result = (status: EditionCheck['status'], message: string, rest: Partial<EditionCheck> = {}): EditionCheck => ({
      articleId,
      title: meta.title,
      status,
      message,
      moved: 0,
      revised: 0,
      stayed: 0,
      ...rest
    })
    if (!meta.url) return result('failed', 'This article was not saved from a web address, so there is no page to fetch again.')
    return this.running.run(`edition-${articleId}`, async (run) => {
      const client = webClient(this.web)
      try {
        const page = await fetchArticle(meta.url!, client, this.parser, run, this.web.maxPageBytes)
        if (!page.ok) return result('failed', page.error)
        const previous = await this.latestText(meta)
        const fetched = page.value.article.blocks
        if (canonicalText(fetched) === canonicalText(previous.blocks))
          return result('unchanged', checkMessage({ status: 'unchanged', meta }))
        if (!articleBodySchema.safeParse({ id: articleId, blocks: fetched }).success)
          return result(
            'failed',
            `The page at ${shownUrl(meta.url!)} now has a shape of text the library cannot keep, so no edition was saved.`
          )
        const pictures = await savePictures(fetched, { client, assets: this.web.assets, signal: run.signal, limits: this.web.pictures })
        const saved = await this.saveEdition(meta, previous, pictures.blocks, pictures.assets)
        return result('new-edition', checkMessage({ status: 'new-edition', meta, ...saved }), saved)
      } catch (error) {
        const known = webErrorIn(error)
        if (known) return result('failed', known.message)
        if (error instanceof EditionConflict || (error instanceof ChangeConflictError && error.cause instanceof EditionConflict))
          return result('failed', 'Another window saved a new edition of this article meanwhile; check again to compare with it.')
        throw error
      } finally {
        await client.close()
      }
    })
  }

  /** The body of edition `n` of an article (the latest is the article's own body). */
  async body(articleId: string, n: number): Promise<ArticleBody> {
    const meta = this.library.article(articleId)
    const latest = latestEditionNumber(meta.editions)
    if (n === latest) return this.library.body(articleId)
    if (!meta.editions?.some((e) => e.n === n)) throw notFound(`Edition ${n} of this article`)
    const body = await this.files.read(articleId, n)
    if (!body) throw new AppError('not-found', 'The text of this earlier edition is missing from the library folder.')
    return body
  }

  /**
   * The text the library's latest edition has. Normally the article's body; after a save interrupted
   * between replacing the body and naming the new edition, the copy kept of the edition it replaced.
   */
  private async latestText(meta: ArticleMeta): Promise<ArticleBody> {
    const body = await this.library.body(meta.id)
    if (textHash(body.blocks) === meta.textHash) return body
    const kept = await this.files.read(meta.id, latestEditionNumber(meta.editions)).catch(() => null)
    return kept && textHash(kept.blocks) === meta.textHash ? kept : body
  }

  private async saveEdition(meta: ArticleMeta, previous: ArticleBody, blocks: Block[], assets: string[]) {
    const from: Edition = meta.editions?.at(-1) ?? {
      n: 1,
      savedAt: meta.addedAt,
      textHash: meta.textHash,
      words: meta.wordCount
    }
    const text = canonicalText(blocks)
    const edition: Edition = { n: from.n + 1, savedAt: now(), textHash: textHash(blocks), words: countWords(text) }
    const highlights = this.store.data.highlights.filter((h) => h.articleId === meta.id && h.edition === undefined)
    const moves = moveHighlights(canonicalText(previous.blocks), text, highlights)
    // The text replaced is kept before the body changes, and the body before the library names the edition.
    await this.files.write({ id: meta.id, blocks: previous.blocks }, from.n)
    await this.store.writeBody({ id: meta.id, blocks })
    await this.store.update((lib) =>
      applyNewEdition(lib, {
        articleId: meta.id,
        from,
        edition,
        assets,
        moves: moves.map((move, i) => ({ move, was: highlights[i] }))
      })
    )
    const count = (outcome: string) => moves.filter((m) => m.outcome === outcome).length
    return { edition, from, moved: count('moved'), revised: count('revised'), stayed: count('stayed') }
  }
}
