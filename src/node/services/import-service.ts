// Import: files chosen in the dialog, files dropped on the window, pasted text or HTML. One article a
// call, so that the renderer can show progress over a batch and a failure never stops the others.
import path from 'node:path'
import type { ImportItemResult } from '../../shared/api'
import type { ArticleMeta } from '../../shared/model'
import { AppError } from '../errors'
import { newId } from '../ids'
import type { Platform } from '../platform'
import type { Store } from '../store/store'
import type { ParseResult } from './import/parse-article'
import { inlineParser, type Parser } from './import/worker-parser'
import { dedupe, textHash, type LibraryService } from './library-service'
import { readArticleFile } from './read-article-file'

export const IMPORT_EXTENSIONS = ['html', 'htm', 'md', 'markdown', 'txt', 'text']

interface ImportOptions {
  keepDuplicates?: boolean
}

export class ImportService {
  /** Paths the reader chose in a dialog: the renderer may import these and no others. */
  private readonly granted = new Set<string>()

  constructor(
    private readonly store: Store,
    private readonly library: LibraryService,
    private readonly platform: Platform,
    private readonly parser: Parser = inlineParser
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
    if (!read.ok) return failed(fileName, `“${fileName}” could not be imported: ${read.why}.`)
    return this.importBytes(fileName, read.bytes, options)
  }

  async importBytes(fileName: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportItemResult> {
    return this.add(fileName, await this.parser.parse({ kind: 'file', bytes, fileName }), options)
  }

  async importPasted(input: { text?: string; html?: string }, options: ImportOptions = {}): Promise<ImportItemResult> {
    return this.add('Pasted text', await this.parser.parse({ kind: 'pasted', input }), options)
  }

  private async add(fileName: string, parsed: ParseResult, options: ImportOptions): Promise<ImportItemResult> {
    if (!parsed.ok) return failed(fileName, parsed.error.message)
    const { meta, blocks } = parsed.article
    const duplicate = this.findDuplicate(meta.url, textHash(blocks))
    if (duplicate && !options.keepDuplicates) {
      return {
        fileName,
        status: 'duplicate',
        duplicateOf: duplicate.id,
        message: `“${fileName}” is already in the library as “${duplicate.title}”.`
      }
    }
    const article = await this.library.addArticle(
      {
        id: newId(),
        title: meta.title,
        source: meta.source,
        author: meta.author,
        published: meta.published,
        url: meta.url,
        lang: meta.lang,
        dir: meta.dir,
        description: meta.description,
        format: meta.format,
        importedFrom: fileName === 'Pasted text' ? undefined : fileName,
        tags: dedupe(meta.tags ?? [])
      },
      blocks
    )
    return { fileName, status: 'imported', articleId: article.id, message: `Imported “${article.title}”.` }
  }

  private findDuplicate(url: string | undefined, hash: string): ArticleMeta | undefined {
    return this.store.data.articles.find((a) => !a.deletedAt && (a.textHash === hash || (url !== undefined && a.url === url)))
  }
}

function failed(fileName: string, message: string): ImportItemResult {
  return { fileName, status: 'failed', message }
}
