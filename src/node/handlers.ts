// The handler table: one function per channel, built from the services. The same table serves
// ipcMain in Electron and the Playwright binding in the test harness; `dispatch` validates first.
import { CHANNELS, type ApiError, type Channel, type Req, type Res, type Result } from '../shared/api'
import { err, ok } from '../shared/result'
import { SENTENCES } from './error-messages'
import { AppError, notFound, toApiError } from './errors'
import { describeIssues, requestSchemas } from './ipc-schemas'
import type { AppContext } from './open-app'
import { externalUrl } from './platform'
import { DEFAULT_SOURCES_LIMIT } from '../shared/sources/types'
import { highlightsFor, summariesHolding, viewOf } from '../shared/library-view'

export type Handlers = { [C in Channel]: (req: Req<C>) => Promise<Res<C>> | Res<C> }

export function createHandlers(app: AppContext): Handlers {
  const { library, annotations, imports, exports, platform, store } = app
  return {
    getLibrary: () => library.snapshot(),
    getLibraryView: () => viewOf(library.snapshot()),
    getHighlights: ({ articleIds, ids }) => highlightsFor(store.data.highlights, articleIds, ids),
    getHighlightSummaries: ({ highlightIds }) => summariesHolding(store.data.highlights, highlightIds),
    getArticleBody: ({ id }) => library.body(id),
    updateSettings: (patch) => library.updateSettings(patch),
    setPosition: ({ articleId, offset }) => library.setPosition(articleId, offset),

    createHighlight: (req) => annotations.createHighlight(req),
    updateHighlight: ({ id, patch }) => annotations.updateHighlight(id, patch),
    deleteHighlight: ({ id }) => annotations.deleteHighlight(id),
    restoreHighlight: (req) => annotations.restoreHighlight(req),

    renameTag: ({ from, to }) => annotations.renameTag(from, to),
    deleteTag: ({ tag }) => annotations.deleteTag(tag),
    restoreTags: (change) => annotations.restoreTags(change),

    updateArticle: ({ id, patch }) => library.updateArticle(id, patch),
    trashArticle: ({ id }) => library.trashArticle(id),
    restoreArticle: ({ id }) => library.restoreArticle(id),
    emptyTrash: async () => {
      const { removed, ids } = await library.emptyTrash()
      for (const id of ids) app.search.forget(id)
      await app.sources.forget(ids).catch(() => undefined)
      return { removed }
    },

    chooseImportFiles: () => imports.chooseFiles(),
    importFile: ({ path: file, keepDuplicates }) => imports.importGrantedFile(file, { keepDuplicates }),
    importDropped: ({ fileName, dataBase64, keepDuplicates }) =>
      imports.importBytes(fileName, Buffer.from(dataBase64, 'base64'), { keepDuplicates }),
    importPasted: ({ text, html, keepDuplicates }) => imports.importPasted({ text, html }, { keepDuplicates }),
    importUrl: ({ url, requestId, keepDuplicates }) => imports.importUrl(url, requestId, { keepDuplicates }),
    importUrlProgress: ({ requestId }) => imports.urlRequests.progress(requestId),
    cancelImportUrl: ({ requestId }) => imports.urlRequests.cancel(requestId),
    retryImages: ({ articleId }) => imports.retryImages(articleId),
    checkEdition: ({ articleId }) => app.editions.check(articleId),
    getEdition: ({ articleId, edition }) => app.editions.body(articleId, edition),

    createLink: (req) => annotations.createLink(req),
    deleteLink: ({ id }) => annotations.deleteLink(id),
    rejectPair: (pair) => annotations.rejectPair(pair),
    unrejectPair: (pair) => annotations.unrejectPair(pair),

    search: ({ query }) => app.search.search(query),
    findSources: ({ articleId, limit }) => app.sources.find(articleId, limit ?? DEFAULT_SOURCES_LIMIT),
    sourcesProgress: () => app.sources.progress(),
    exportWithDialog: (req) => exports.exportWithDialog(req),
    updateExportWithDialog: (req) => exports.updateExportWithDialog(req),
    copyMarkdown: async ({ articleId, highlightId }) => {
      await platform.writeClipboard(await exports.markdownOf(articleId, highlightId))
      return null
    },
    importAnnotations: ({ articleId }) => app.annotationImport.importWithDialog(articleId),
    copyText: async ({ text }) => {
      await platform.writeClipboard(text)
      return null
    },
    openExternal: async ({ url }) => {
      const safe = externalUrl(url)
      if (!safe) throw new AppError('invalid-request', 'Only web and mail links can be opened.')
      await platform.openExternal(safe)
      return null
    },

    listBackups: () => store.backups.list(),
    restoreBackup: async ({ name }) => {
      if (!(await store.backups.list()).some((b) => b.name === name)) throw notFound(`The backup ${name}`)
      await store.restoreBackup(name).catch((error: unknown) => {
        if (error instanceof AppError) throw error
        throw new AppError('io', `The backup ${name} could not be restored: it is missing or damaged.`)
      })
      return library.snapshot()
    },
    checkLibrary: async () => ({ changed: await (app.watcher ? app.watcher.check() : store.refreshFromDisk()) })
  }
}

const isChannel = (name: unknown): name is Channel => typeof name === 'string' && (CHANNELS as readonly string[]).includes(name)

/** Validates a raw request and runs its handler; every outcome is a Result, never a throw. */
export async function dispatch(handlers: Handlers, channel: unknown, raw: unknown): Promise<Result<unknown, ApiError>> {
  if (!isChannel(channel)) return err({ kind: 'invalid-request', message: SENTENCES.unknownRequest })
  const schema = requestSchemas[channel]
  const parsed = schema.safeParse(raw === undefined ? null : raw)
  if (!parsed.success) return err({ kind: 'invalid-request', message: describeIssues(parsed.error) })
  try {
    const handler = handlers[channel] as (req: unknown) => Promise<unknown> | unknown
    return ok(await handler(parsed.data))
  } catch (error) {
    return err(toApiError(error))
  }
}
