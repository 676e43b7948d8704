// Main as the renderer's stores meet it, in memory, for their unit tests: the channels they call, built
// on the same shared library operations as main's services, and a way to make the next call of a channel
// fail as main would (with a sentence). Renderer tests may not import src/node (lint), hence this.
import { createApi, type Api, type ApiError, type Channel, type Result } from '../../../../shared/api'
import { webPages, type FakeWeb } from './fake-web'
import * as ops from '../../../../shared/library-ops'
import { highlightsFor, summariesHolding, viewOf } from '../../../../shared/library-view'
import { emptyLibrary, type ArticleBody, type Library } from '../../../../shared/model'
import { applyTagChange, deleting, renaming, retag, tagsAsInLibrary } from '../../../../shared/tag-ops'

type Handler = (req: never) => unknown

export interface FakeMain {
  library: Library
  api: Api
  /** Channels called, in order. */
  calls: Channel[]
  /** The next call of `channel` fails with this message (kind 'conflict'). */
  failNext(channel: Channel, message: string): void
  /** The web as importUrl and retryImages meet it. */
  web: FakeWeb
}

export function fakeMain(bodies: ArticleBody[]): FakeMain {
  const library = emptyLibrary()
  let next = 1
  const id = () => `id${next++}`
  const at = '2024-05-16T12:00:00.000Z'
  const copy = <T>(value: T): T => structuredClone(value)
  for (const body of bodies) {
    library.articles.push({ id: body.id, title: body.id, format: 'text', addedAt: at, wordCount: 1, textHash: body.id, tags: [] })
  }
  library.settings.panes = [bodies[0]?.id ?? null, bodies[1]?.id ?? null]
  const web = webPages(library, bodies, id)
  const handlers: Partial<Record<Channel, Handler>> = {
    getLibrary: () => ({ ...library, notices: [], dataDir: '/tmp/fake' }),
    getLibraryView: () => viewOf({ ...library, notices: [], dataDir: '/tmp/fake' }),
    getHighlights: ({ articleIds, ids }: { articleIds: string[]; ids?: string[] }) => highlightsFor(library.highlights, articleIds, ids),
    getHighlightSummaries: ({ highlightIds }: { highlightIds: string[] }) => summariesHolding(library.highlights, highlightIds),
    getArticleBody: ({ id }: { id: string }) => bodies.find((b) => b.id === id),
    updateSettings: (patch: object) => Object.assign(library.settings, patch),
    createHighlight: (req: Library['highlights'][number]) => {
      const h = {
        ...req,
        id: req.id ?? id(),
        note: req.note ?? '',
        tags: tagsAsInLibrary(library, req.tags ?? []),
        createdAt: at,
        updatedAt: at
      }
      ops.upsertById(library.highlights, h)
      return h
    },
    updateHighlight: ({ id, patch }: { id: string; patch: { tags?: string[]; note?: string } }) => {
      const h = library.highlights.find((x) => x.id === id)
      if (!h) throw new Error('The highlight was not found.')
      Object.assign(h, patch, patch.tags ? { tags: tagsAsInLibrary(library, patch.tags, h) } : {})
      return h
    },
    deleteHighlight: ({ id }: { id: string }) => ops.removeHighlight(library, id) ?? undefined,
    restoreHighlight: (deleted: Parameters<typeof ops.restoreHighlight>[1]) => (ops.restoreHighlight(library, deleted), deleted.highlight),
    renameTag: ({ from, to }: { from: string; to: string }) => retag(library, from, renaming(library, from, to)),
    deleteTag: ({ tag }: { tag: string }) => retag(library, tag, deleting(tag)),
    restoreTags: (change: Parameters<typeof applyTagChange>[1]) => (applyTagChange(library, change), null),
    createLink: (req: { id?: string; from: string; to: string; relation: 'quotes' }) => {
      if (ops.linkBetween(library.links, req.from, req.to)) throw new Error('These two passages are linked already.')
      const link = { ...req, id: req.id ?? id(), createdAt: at }
      ops.upsertById(library.links, link)
      return link
    },
    deleteLink: ({ id }: { id: string }) => ops.removeLink(library, id) ?? undefined,
    rejectPair: (pair: Library['rejectedPairs'][number]) => (ops.addRejectedPair(library, pair), null),
    unrejectPair: (pair: Library['rejectedPairs'][number]) => (ops.removeRejectedPair(library, pair), null),
    ...web.handlers
  }
  const failing = new Map<Channel, string>()
  const calls: Channel[] = []
  const invoke = async (channel: Channel, req: unknown): Promise<Result<unknown, ApiError>> => {
    calls.push(channel)
    await Promise.resolve()
    const failure = failing.get(channel)
    failing.delete(channel)
    if (failure) return { ok: false, error: { kind: 'conflict', message: failure } }
    const handler = handlers[channel]
    if (!handler) throw new Error(`the fake main does not answer ${channel}`)
    try {
      const value = await handler(copy(req) as never)
      if (value === undefined && channel !== 'cancelImportUrl') return { ok: false, error: { kind: 'not-found', message: 'Not found.' } }
      return { ok: true, value: copy(value) }
    } catch (error) {
      return { ok: false, error: { kind: 'conflict', message: (error as Error).message } }
    }
  }
  return { library, api: createApi(invoke), calls, failNext: (channel, message) => failing.set(channel, message), web }
}
