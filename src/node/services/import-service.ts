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

export const IMPORT_EXTENSIONS = ['html', 'htm', 'md', 'markdown', 'txt', 'text']

interface ImportOptions {
  keepDuplicates?: boolean
}

/** Where an imported file sits, for its pictures (local-pictures.ts); none for dropped or pasted bytes. */
interface FileSource {
  folder?: string
}

export class ImportService {
  /** Paths the reader chose in a dialog: the renderer may import these and no others. */
  private readonly granted = new Set<string>()

  constructor(
    private readonly store: Store,
    private readonly library: LibraryService,
    private readonly platform: Platform,
    private readonly parser: Parser = inlineParser,
    private readonly assets?: AssetStore
  ) {}

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
    return this.add(fileName, parsed, options, { folder: path.dirname(typeof file === 'string' ? file : file.toString('utf8')) })
  }

  async importBytes(fileName: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportItemResult> {
    return this.add(fileName, await this.parser.parse({ kind: 'file', bytes, fileName }), options)
  }

  async importPasted(input: { text?: string; html?: string }, options: ImportOptions = {}): Promise<ImportItemResult> {
    return this.add(PASTED_TEXT_NAME, await this.parser.parse({ kind: 'pasted', input }), options)
  }

  private async add(fileName: string, parsed: ParseResult, options: ImportOptions, source: FileSource = {}): Promise<ImportItemResult> {
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
    const duplicateIn = (lib: Library) => (options.keepDuplicates ? undefined : findDuplicate(lib, meta.url, hash))
    const known = duplicateIn(this.store.data)
    if (known) return duplicate(fileName, known)
    let assets: string[] = []
    if (source.folder !== undefined && this.assets) ({ blocks, assets } = await saveLocalPictures(blocks, source.folder, this.assets))
    try {
      const article = await this.library.addArticle(
        {
          id,
          title: meta.title,
          source: meta.source,
          author: meta.author,
          published: meta.published,
          url: meta.url,
          lang: meta.lang,
          dir: meta.dir,
          description: meta.description,
          format: meta.format,
          importedFrom: fileName === PASTED_TEXT_NAME ? undefined : fileName,
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

function findDuplicate(lib: Library, url: string | undefined, hash: string): ArticleMeta | undefined {
  return lib.articles.find((a) => !a.deletedAt && (a.textHash === hash || (url !== undefined && a.url === url)))
}

function duplicate(fileName: string, of: ArticleMeta): ImportItemResult {
  return { fileName, status: 'duplicate', duplicateOf: of.id, message: `“${fileName}” is already in the library as “${of.title}”.` }
}

function failed(fileName: string, message: string): ImportItemResult {
  return { fileName, status: 'failed', message }
}
