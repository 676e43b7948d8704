// Export: Markdown (an article, the open pair, the whole library) and Web Annotation JSON, written
// atomically where the reader chose; also what "Copy as Markdown" puts on the clipboard.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ExportFailure, ExportRequest, ExportResult, FolderUpdateResult } from '../../shared/api'
import {
  copiedImageHref,
  createLinkResolver,
  exportArticleMarkdown,
  exportHighlightMarkdown,
  exportLibraryMarkdown,
  exportPairMarkdown,
  exportWebAnnotations,
  noteName,
  type ExportArticle,
  type MarkdownExportOptions
} from '../../shared/export'
import { canonicalText, type ArticleMeta, type Highlight } from '../../shared/model'
import { SENTENCES } from '../error-messages'
import { AppError, notFound } from '../errors'
import type { Platform } from '../platform'
import type { Store } from '../store/store'
import { writeExportFile, writeExportFolder, type Written } from './export-target'
import { copyPictures, planPictureCopies } from './export-pictures'
import type { AssetStore } from '../store/assets'
import type { LibraryService } from './library-service'
import { updateVault } from './vault-export'
import { timed, type PhaseClock } from './export-phases'
import { orphanIds } from './export-orphans'

type RenderedFiles =
  { kind: 'file'; name: string; content: string } | { kind: 'folder'; name: string; files: { name: string; content: string }[] }

export type Rendered = RenderedFiles & {
  /** Articles left out of a library export because their text could not be read (empty otherwise). */
  failed: ExportFailure[]
  /** Assets the Markdown shows from `assets/` beside it, to be copied there when it is written. */
  pictures: string[]
}

export class ExportService {
  constructor(
    private readonly store: Store,
    private readonly library: LibraryService,
    private readonly platform: Platform,
    private readonly assets?: AssetStore
  ) {}

  private articles(req: Pick<ExportRequest, 'scope' | 'articleIds'>): ArticleMeta[] {
    const live = this.store.data.articles.filter((a) => !a.deletedAt)
    if (req.scope === 'library' && req.articleIds.length === 0) return live
    const chosen = req.articleIds.map((id) => live.find((a) => a.id === id) ?? this.missing())
    if (req.scope === 'article' && chosen.length !== 1) throw new AppError('invalid-request', 'Choose one article to export.')
    if (req.scope === 'pair' && chosen.length !== 2) throw new AppError('invalid-request', 'Open two articles to export them as a pair.')
    return chosen
  }

  private missing(): never {
    throw notFound('The article')
  }

  /** Each article's highlights in library order, grouped in one pass rather than one filter per article. */
  private highlightsByArticle(): Map<string, Highlight[]> {
    const byArticle = new Map<string, Highlight[]>()
    for (const h of this.store.data.highlights) {
      const list = byArticle.get(h.articleId)
      if (list) list.push(h)
      else byArticle.set(h.articleId, [h])
    }
    return byArticle
  }

  /**
   * An article with its highlights, and which of them no longer anchor in its text (orphans); its text
   * kept only for an export that writes it, so that a library export does not hold every article's.
   */
  private async input(meta: ArticleMeta, byArticle = this.highlightsByArticle(), withText = false): Promise<ExportArticle> {
    const highlights = byArticle.get(meta.id) ?? []
    const body = await this.library.body(meta.id)
    const orphans = orphanIds(canonicalText(body.blocks), highlights)
    return { meta, highlights, orphanIds: orphans, blocks: withText ? body.blocks : undefined }
  }

  private resolver() {
    const lib = this.store.data
    return createLinkResolver(lib.articles, lib.highlights, lib.links)
  }

  /**
   * The inputs of an export. For the whole library, an article whose text cannot be read is left out and
   * named, so that one damaged file does not stop the export of all the others; an export of one
   * article or a pair fails instead, as it has nothing else to give.
   */
  private async inputs(req: ExportRequest): Promise<{ inputs: ExportArticle[]; failed: ExportFailure[] }> {
    const metas = this.articles(req)
    const byArticle = this.highlightsByArticle()
    const withText = req.includeText === true
    if (req.scope !== 'library') return { inputs: await Promise.all(metas.map((m) => this.input(m, byArticle, withText))), failed: [] }
    const settled = await Promise.allSettled(metas.map((m) => this.input(m, byArticle, withText)))
    const failed = settled.flatMap((result, i): ExportFailure[] => {
      if (result.status === 'fulfilled') return []
      const message = result.reason instanceof AppError ? result.reason.message : 'The text of this article could not be read.'
      return [{ articleId: metas[i].id, title: metas[i].title, file: this.store.bodyPath(metas[i].id), message }]
    })
    return { inputs: settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : [])), failed }
  }

  async render(req: ExportRequest, exportedAt = new Date().toISOString()): Promise<Rendered> {
    const { inputs, failed } = await this.inputs(req)
    const { options, pictures } = this.markdownOptions(req, inputs, exportedAt)
    const rendered = this.renderInputs(req, inputs, options)
    return { ...rendered, failed, pictures: pictures() }
  }

  /** The options of a request; `pictures` gives, once rendered, the pictures the Markdown shows from `assets/`. */
  private markdownOptions(req: ExportRequest, inputs: readonly ExportArticle[], exportedAt: string) {
    // The pictures the Markdown names, as it names them; only those of the exported articles are copied.
    const named = new Set<string>()
    const href = this.imageHref(req.images ?? 'copy')
    const imageHref = (asset: string) => (named.add(asset), href(asset))
    const options: MarkdownExportOptions = {
      includeNotes: req.includeNotes,
      order: req.order,
      onlyTag: req.onlyTag,
      exportedAt,
      imageHref,
      includeText: req.includeText
    }
    const pictures = () => {
      const ownAssets = new Set(inputs.flatMap((input) => input.meta.assets ?? []))
      return req.images === 'link' ? [] : [...named].filter((name) => ownAssets.has(name))
    }
    return { options, pictures }
  }

  /**
   * A Markdown export of the library repeated into `target` (vault-export.ts): notes found by their
   * article, only Diptych's parts rewritten, nothing written that would not change.
   */
  async updateFolder(
    req: ExportRequest,
    target: string,
    exportedAt = new Date().toISOString(),
    clock?: PhaseClock
  ): Promise<FolderUpdateResult> {
    if (req.scope !== 'library' || req.format !== 'markdown') {
      throw new AppError('invalid-request', 'Only a Markdown export of the library can be repeated into a folder.')
    }
    const { inputs, failed } = await timed(clock, 'anchor', () => this.inputs(req))
    const { options, pictures } = this.markdownOptions(req, inputs, exportedAt)
    const lib = this.store.data
    const live = new Set(lib.articles.filter((a) => !a.deletedAt).map((a) => a.id))
    const titles = new Map(lib.articles.map((a) => [a.id, a.title]))
    const report = await updateVault(target, this.store.dir, {
      inputs,
      options,
      links: this.resolver(),
      liveIds: live,
      titleOf: (id) => titles.get(id),
      clock
    })
    if (this.assets) await copyPictures(await planPictureCopies(pictures(), this.assets, path.resolve(target), this.store.dir))
    return { path: target, ...report, failed }
  }

  async updateExportWithDialog(req: ExportRequest): Promise<FolderUpdateResult> {
    this.articles(req) // an article that is not there is refused before a dialog opens
    const target = await this.platform.showSaveDialog({
      title: 'Update an export in a folder',
      defaultName: 'Diptych library',
      filters: [],
      folder: true
    })
    if (!target) return { path: null, created: [], updated: [], unchanged: 0, skipped: [], deleted: [], failed: [] }
    try {
      return await this.updateFolder(req, target)
    } catch (error) {
      if (error instanceof AppError) throw error
      throw new AppError('io', SENTENCES.exportNotWritten(target, error))
    }
  }

  /** `assets/<name>` beside the export, or the library's own copy as a file:// URL. */
  private imageHref(images: 'copy' | 'link'): (asset: string) => string {
    const assets = this.assets
    if (images === 'copy' || !assets) return copiedImageHref
    return (asset) => pathToFileURL(assets.path(asset) ?? asset).href
  }

  private renderInputs(req: ExportRequest, inputs: ExportArticle[], options: MarkdownExportOptions): RenderedFiles {
    const links = this.resolver()
    if (req.format === 'webannotation') {
      const articleOf = (id: string) => links.highlightById(id)?.article.id
      const files = inputs.map((input) => ({
        name: `${noteName(input.meta.title)}.annotations.json`,
        content: JSON.stringify(exportWebAnnotations(input, this.store.data.links, articleOf), null, 2) + '\n'
      }))
      return files.length === 1 && req.scope !== 'library'
        ? { kind: 'file', ...files[0] }
        : { kind: 'folder', name: 'Diptych annotations', files }
    }
    if (req.scope === 'article') {
      return { kind: 'file', name: `${noteName(inputs[0].meta.title)}.md`, content: exportArticleMarkdown(inputs[0], options, links) }
    }
    if (req.scope === 'pair') {
      const name = `${noteName(inputs[0].meta.title).slice(0, 40)} ↔ ${noteName(inputs[1].meta.title).slice(0, 40)}.md`
      return { kind: 'file', name, content: exportPairMarkdown(inputs[0], inputs[1], options, links) }
    }
    return { kind: 'folder', name: 'Diptych library', files: exportLibraryMarkdown(inputs, options, links).files }
  }

  /**
   * Writes a rendered export: a file, or the files of a folder export into `target` (created if needed);
   * never inside the library folder, never over an existing file without `force` (export-target.ts).
   */
  async write(rendered: Rendered, target: string, options: { force: boolean }): Promise<Written> {
    const where = { libraryDir: this.store.dir, force: options.force }
    // Checked before the Markdown is written, so that a refused picture leaves nothing half done.
    const beside = rendered.kind === 'file' ? path.dirname(path.resolve(target)) : path.resolve(target)
    const pictures =
      this.assets && !(await isStream(target)) ? await planPictureCopies(rendered.pictures, this.assets, beside, this.store.dir) : []
    const written =
      rendered.kind === 'file'
        ? await writeExportFile(target, rendered.content, where)
        : await writeExportFolder(target, rendered.files, where)
    await copyPictures(pictures)
    return written
  }

  async exportWithDialog(req: ExportRequest): Promise<ExportResult> {
    const rendered = await this.render(req)
    const target =
      rendered.kind === 'file'
        ? await this.platform.showSaveDialog({
            title: 'Export',
            defaultName: rendered.name,
            filters:
              req.format === 'markdown'
                ? [{ name: 'Markdown', extensions: ['md'] }]
                : [{ name: 'Web Annotation JSON', extensions: ['json'] }]
          })
        : await this.platform.showSaveDialog({ title: 'Export to a folder', defaultName: rendered.name, filters: [], folder: true })
    if (!target) return { path: null, files: 0, failed: [] }
    try {
      // A library in Markdown goes into its folder as Update export does: a note there may hold the
      // reader's own text around Diptych's parts, and replacing it whole would lose that text.
      if (req.scope === 'library' && req.format === 'markdown') {
        const updated = await this.updateFolder(req, target)
        return { path: target, files: updated.created.length + updated.updated.length, failed: updated.failed }
      }
      // The save dialog has asked before replacing a file; a folder's earlier export is replaced as
      // re-exporting means, and files of the reader's there are still never replaced.
      const written = await this.write(rendered, target, { force: true })
      return { path: target, files: written.files, failed: rendered.failed }
    } catch (error) {
      if (error instanceof AppError) throw error
      throw new AppError('io', SENTENCES.exportNotWritten(target, error))
    }
  }

  /** "Copy as Markdown": one highlight, or one whole article. */
  async markdownOf(articleId: string, highlightId?: string): Promise<string> {
    const meta = this.library.article(articleId)
    const options: MarkdownExportOptions = {
      includeNotes: true,
      order: 'reading',
      exportedAt: new Date().toISOString(),
      imageHref: this.imageHref('link')
    }
    if (!highlightId) return exportArticleMarkdown(await this.input(meta), options, this.resolver())
    const highlight = this.store.data.highlights.find((h) => h.id === highlightId && h.articleId === articleId)
    if (!highlight) throw notFound('The highlight')
    return exportHighlightMarkdown(highlight, meta, options, this.resolver())
  }
}

/** A pipe or a terminal written into (/dev/stdout): nothing is beside it to copy pictures to. */
async function isStream(target: string): Promise<boolean> {
  const found = await fs.stat(target).catch(() => null)
  return found !== null && (found.isFIFO() || found.isCharacterDevice())
}
