// Import: files chosen in the dialog, files dropped on the window, pasted text or HTML. One article a
// call, so that the renderer can show progress over a batch and a failure never stops the others.
import path from 'node:path'
import type { ImportItemResult } from '../../shared/api'
import type { ArticleMeta, Library } from '../../shared/model'
import { dedupeTags } from '../../shared/tag-ops'
import { AppError } from '../errors'
import { newId } from '../ids'
import type { Platform } from '../platform'
import { articleBodySchema } from '../schemas'
import { ChangeConflictError, type Store } from '../store/store'
import type { ParseResult } from './import/parse-article'
import { inlineParser, type Parser } from './import/worker-parser'
import { textHash, type LibraryService } from './library-service'
import { readArticleFile } from './read-article-file'
import { saveLocalPictures } from './local-pictures'
import { assetsInUse } from '../../shared/asset-url'
import type { AssetStore } from '../store/assets'
import { PASTED_TEXT_NAME } from '../../shared/limits'
import { ok } from '../../shared/result'
import { shownUrl, WEB_SENTENCES } from '../error-messages'
import { AddressPolicy } from './web/address-policy'
import { countMissingPictures, savePictures, type AssetSaver, type SavedPictures } from './web/save-pictures'
import { UrlRequests } from './web/url-requests'
import { parsedWebUrl, webUrl } from './web/web-client'
import { webErrorIn } from './web/web-error'
import { fetchArticle, webClient, type WebImportOptions } from './web/web-import'

export const IMPORT_EXTENSIONS = ['html', 'htm', 'md', 'markdown', 'txt', 'text']

interface ImportOptions {
  keepDuplicates?: boolean
}

/** Where an imported file sits, for its pictures (local-pictures.ts); none for dropped or pasted bytes. */
interface FileSource {
  folder?: string
}

/** What a page saved from the web adds to its article's metadata. */
interface FromWeb {
  url: string
  canonicalUrl?: string
  assets: string[]
}

/** What imports need of the library's asset store: saving pictures, and removing those a refused import saved. */
export type ImportAssets = AssetSaver & Pick<AssetStore, 'removeUnused'>

export class ImportService {
  /** Paths the reader chose in a dialog: the renderer may import these and no others. */
  private readonly granted = new Set<string>()

  constructor(
    private readonly store: Store,
    private readonly library: LibraryService,
    private readonly platform: Platform,
    private readonly parser: Parser = inlineParser,
    // Pictures go through `assets` alone: the web options' own `assets` is left out so that the
    // pictures saved and the pictures tidied away after a refused import are in one and the same store.
    private readonly web: Omit<WebImportOptions, 'assets'> = {},
    private readonly assets?: ImportAssets
  ) {}

  /** The URL imports running now, for progress and cancel. */
  readonly urlRequests = new UrlRequests()

  /**
   * Fetches the page at `raw` and saves it with its pictures. Every failure (the address, the network,
   * the page, cancel) is a 'failed' result with the reader's sentence; only a failure to save the
   * library throws.
   */
  async importUrl(raw: string, requestId: string, options: ImportOptions = {}): Promise<ImportItemResult> {
    const asked = shownUrl(raw.trim())
    return this.urlRequests.run(requestId, async (run) => {
      const client = webClient(this.web)
      try {
        // An address saved already costs no download (only a valid one: the fetch explains the others).
        const address = parsedWebUrl(raw)
        const saved = address && !options.keepDuplicates ? findDuplicate(this.store.data, [address]) : undefined
        if (saved) return duplicate(asked, saved)
        const page = await fetchArticle(raw, client, this.parser, run, this.web.maxPageBytes)
        if (!page.ok) return failed(asked, page.error)
        const { article, url, canonicalUrl } = page.value
        const name = shownUrl(url)
        // Known already: said before any picture is downloaded.
        const known = options.keepDuplicates ? undefined : findDuplicate(this.store.data, [url, canonicalUrl], textHash(article.blocks))
        if (known) return duplicate(name, known)
        run.report({ phase: 'images', imagesTotal: countMissingPictures(article.blocks) })
        const pictures = await savePictures(article.blocks, {
          client,
          assets: this.assets,
          signal: run.signal,
          limits: this.web.pictures,
          onProgress: (imagesDone, imagesTotal) => run.report({ imagesDone, imagesTotal })
        })
        run.signal.throwIfAborted()
        run.report({ phase: 'saving' })
        const result = await this.add(name, ok({ ...article, blocks: pictures.blocks }), options, {
          url,
          canonicalUrl,
          assets: pictures.assets
        })
        run.report({ phase: 'done' })
        return withPictures(result, pictures)
      } catch (error) {
        if (run.signal.aborted) return failed(asked, WEB_SENTENCES.cancelled(asked))
        const known = webErrorIn(error)
        if (known) return failed(asked, known.message)
        throw error
      } finally {
        await client.close()
      }
    })
  }

  /** Downloads again the pictures of an article's figures that have none saved. */
  async retryImages(articleId: string): Promise<{ saved: number; failed: number }> {
    const meta = this.library.article(articleId)
    const body = await this.library.body(articleId)
    const missing = countMissingPictures(body.blocks)
    if (missing === 0) return { saved: 0, failed: 0 }
    // The article's own address decides where its pictures may come from, as when it was saved; a
    // saved file's pictures may only come from the internet.
    const client = webClient(this.web, this.web.policy?.() ?? new AddressPolicy(undefined, undefined, meta.url ? undefined : 'public'))
    try {
      if (meta.url) await client.policy.check(webUrl(meta.url))
      const pictures = await savePictures(body.blocks, { client, assets: this.assets, limits: this.web.pictures })
      if (pictures.saved > 0) {
        await this.store.writeBody({ id: articleId, blocks: pictures.blocks })
        await this.store.update((lib) => {
          const article = lib.articles.find((a) => a.id === articleId)
          if (article) article.assets = [...new Set([...(article.assets ?? []), ...pictures.assets])]
        })
      }
      return { saved: pictures.saved, failed: pictures.failed }
    } catch (error) {
      if (webErrorIn(error)) return { saved: 0, failed: missing }
      throw error
    } finally {
      await client.close()
    }
  }

  async chooseFiles(): Promise<{ paths: string[] }> {
    const paths = await this.platform.showOpenDialog({
      title: 'Import articles',
      filters: [
        { name: 'Articles (HTML, Markdown, text)', extensions: IMPORT_EXTENSIONS },
        { name: 'All files', extensions: ['*'] }
      ],
      multiple: true
    })
    for (const p of paths ?? []) this.granted.add(path.resolve(p))
    return { paths: paths ?? [] }
  }

  async importGrantedFile(file: string, options: ImportOptions = {}): Promise<ImportItemResult> {
    const resolved = path.resolve(file)
    if (!this.granted.has(resolved)) throw new AppError('invalid-request', 'Choose the file in the import dialog first.')
    return this.importFile(resolved, options)
  }

  /**
   * Reads and imports one file from disk (the CLI calls this directly, with the name's bytes when they
   * are not UTF-8). Only reading the file is guarded here: a failure to save the library is not "unreadable".
   */
  async importFile(file: string | Buffer, options: ImportOptions = {}): Promise<ImportItemResult> {
    const fileName = path.basename(typeof file === 'string' ? file : file.toString('utf8'))
    const read = await readArticleFile(file)
    if (!read.ok) return failed(fileName, `“${fileName}” could not be imported: ${read.error}.`)
    const parsed = await this.parser.parse({ kind: 'file', bytes: read.value, fileName })
    return this.add(fileName, parsed, options, undefined, { folder: path.dirname(typeof file === 'string' ? file : file.toString('utf8')) })
  }

  async importBytes(fileName: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportItemResult> {
    return this.add(fileName, await this.parser.parse({ kind: 'file', bytes, fileName }), options)
  }

  async importPasted(input: { text?: string; html?: string }, options: ImportOptions = {}): Promise<ImportItemResult> {
    return this.add(PASTED_TEXT_NAME, await this.parser.parse({ kind: 'pasted', input }), options)
  }

  private async add(
    fileName: string,
    parsed: ParseResult,
    options: ImportOptions,
    web?: FromWeb,
    source: FileSource = {}
  ): Promise<ImportItemResult> {
    if (!parsed.ok) return failed(fileName, parsed.error.message)
    const { meta } = parsed.value
    let blocks = parsed.value.blocks
    const id = newId()
    // What is written must read back: a body the library's own schema refuses would import, then
    // never open again (and stop an export of the whole library).
    if (!articleBodySchema.safeParse({ id, blocks }).success) {
      return failed(fileName, `“${fileName}” could not be imported: its text has a shape the library cannot keep, so nothing was saved.`)
    }
    const hash = textHash(blocks)
    // Checked here first, so that a duplicate costs no write; and again inside the change, against the
    // library as it is then, where another process may have added the same article meanwhile.
    const urls = web ? [web.url, web.canonicalUrl] : [meta.url]
    const duplicateIn = (lib: Library) => (options.keepDuplicates ? undefined : findDuplicate(lib, urls, hash))
    const known = duplicateIn(this.store.data)
    if (known) return duplicate(fileName, known)
    let assets: string[] = web?.assets ?? []
    if (source.folder !== undefined && this.assets) ({ blocks, assets } = await saveLocalPictures(blocks, source.folder, this.assets))
    try {
      const article = await this.library.addArticle(
        {
          id,
          title: meta.title,
          source: meta.source,
          author: meta.author,
          published: meta.published,
          url: web?.url ?? meta.url,
          canonicalUrl: web?.canonicalUrl,
          lang: meta.lang,
          dir: meta.dir,
          description: meta.description,
          format: meta.format,
          importedFrom: web || fileName === PASTED_TEXT_NAME ? undefined : fileName,
          tags: dedupeTags(meta.tags ?? []),
          ...(assets.length > 0 ? { assets } : {})
        },
        blocks,
        (lib) => {
          const found = duplicateIn(lib)
          if (found) throw new DuplicateArticle(found)
        }
      )
      return { fileName, status: 'imported', articleId: article.id, message: `Imported “${article.title}”.` }
    } catch (error) {
      const found = error instanceof ChangeConflictError ? error.cause : error
      if (!(found instanceof DuplicateArticle)) throw error
      await this.store.deleteBody(id)
      await this.forgetPictures(assets)
      return duplicate(fileName, found.article)
    }
  }

  /** Pictures saved for an article that was then refused go again, unless another article shows them. */
  private async forgetPictures(names: string[]): Promise<void> {
    const assets = this.assets
    if (assets && names.length > 0) await this.store.tidyUnderLock((lib) => assets.removeUnused(assetsInUse(lib), names))
  }
}

/** Thrown inside the library change to refuse an article that is there already. */
class DuplicateArticle extends Error {
  constructor(readonly article: ArticleMeta) {
    super(`“${article.title}” is already in the library`)
  }
}

/** An article in the library (not in the trash) with the same text, or at one of the same addresses. */
function findDuplicate(lib: Library, urls: (string | undefined)[], hash?: string): ArticleMeta | undefined {
  const known = new Set(urls.filter((u): u is string => u !== undefined))
  const at = (url: string | undefined) => url !== undefined && known.has(url)
  return lib.articles.find((a) => !a.deletedAt && ((hash !== undefined && a.textHash === hash) || at(a.url) || at(a.canonicalUrl)))
}

function withPictures(result: ImportItemResult, pictures: SavedPictures): ImportItemResult {
  const { saved, failed } = pictures
  if (result.status !== 'imported' || saved + failed === 0) return result
  const note =
    failed === 0
      ? `with its ${saved === 1 ? 'picture' : `${saved} pictures`}`
      : `with ${saved} of ${saved + failed} pictures; the others show their description and can be retried`
  return { ...result, images: { saved, failed }, message: `${result.message?.replace(/\.$/, '')} ${note}.` }
}

function duplicate(fileName: string, of: ArticleMeta): ImportItemResult {
  return { fileName, status: 'duplicate', duplicateOf: of.id, message: `“${fileName}” is already in the library as “${of.title}”.` }
}

function failed(fileName: string, message: string): ImportItemResult {
  return { fileName, status: 'failed', message }
}
