import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { TagChange } from '../shared/api'
import type { Highlight } from '../shared/model'
import { createHandlers, dispatch, openApp } from '.'
import type { Platform } from './platform'
import { useTempDirs } from './test-support/temp-dir'

const tempDir = useTempDirs()
const resourcesDir = path.resolve(import.meta.dirname, '../../resources')

const platform: Platform = {
  showOpenDialog: async () => null,
  showSaveDialog: async () => null,
  writeClipboard: () => undefined,
  openExternal: async () => undefined
}

async function start(dir = tempDir()) {
  const app = await openApp({ dataDir: dir, resourcesDir, platform })
  const handlers = createHandlers(app)
  const call = (channel: string, req?: unknown) => dispatch(handlers, channel, req)
  return { app, call, dir }
}

describe('handlers', () => {
  it('read the library again when asked (the window gained focus) after another process wrote', async () => {
    const dir = tempDir()
    const window = await start(dir)
    const other = await start(dir)
    expect(await window.call('checkLibrary')).toEqual({ ok: true, value: { changed: false } })
    await other.call('trashArticle', { id: 'anadolu-2024-05-16' })
    expect(await window.call('checkLibrary')).toEqual({ ok: true, value: { changed: true } })
    const lib = await window.call('getLibrary')
    expect(lib.ok && (lib.value as { articles: { id: string; deletedAt?: string }[] }).articles.find((a) => a.deletedAt)?.id).toBe(
      'anadolu-2024-05-16'
    )
    await other.app.store.close()
    await window.app.store.close()
  })

  it('seed the two bundled articles on a first run and open them side by side', async () => {
    const { call } = await start()
    const lib = await call('getLibrary')
    expect(lib.ok).toBe(true)
    const value = (lib as { value: { articles: { id: string; title: string }[]; settings: { panes: string[] } } }).value
    expect(value.articles.map((a) => a.id)).toEqual(['anadolu-2024-05-16', 'trend-2024-05-16'])
    expect(value.settings.panes).toEqual(['anadolu-2024-05-16', 'trend-2024-05-16'])
    const body = await call('getArticleBody', { id: 'trend-2024-05-16' })
    expect(body.ok && (body.value as { blocks: { text: string }[] }).blocks.some((b) => b.text === 'Dear guests.')).toBe(true)
  })

  it('do not seed again after the reader closed or removed the articles', async () => {
    const { call, app, dir } = await start()
    await call('trashArticle', { id: 'anadolu-2024-05-16' })
    await call('emptyTrash')
    await app.store.close()
    const again = await start(dir)
    const lib = await again.call('getLibrary')
    expect(lib.ok && (lib.value as { articles: unknown[] }).articles).toHaveLength(1)
  })

  it("forget an article's text in the search once the trash is emptied", async () => {
    const { call, app } = await start()
    await call('search', { query: 'Karabakh' })
    expect(app.search.holds('anadolu-2024-05-16')).toBe(true)
    await call('trashArticle', { id: 'anadolu-2024-05-16' })
    await call('emptyTrash')
    expect(app.search.holds('anadolu-2024-05-16')).toBe(false)
    expect(app.search.holds('trend-2024-05-16')).toBe(true)
  })

  it('reject malformed requests with a typed error and write nothing', async () => {
    const { call, app } = await start()
    const revision = app.store.data.revision
    const bad: [string, unknown][] = [
      ['getArticleBody', { id: 42 }],
      ['getArticleBody', { id: '../../etc/passwd' }],
      ['getArticleBody', {}],
      ['updateSettings', { split: 7 }],
      ['updateSettings', { panes: ['x'] }],
      [
        'createHighlight',
        { articleId: 'trend-2024-05-16', color: 'red', quote: { exact: 'a', prefix: '', suffix: '' }, position: { start: 0, end: 1 } }
      ],
      ['createHighlight', JSON.parse('{"__proto__": {"polluted": true}, "articleId": "trend-2024-05-16"}')],
      ['setPosition', { articleId: 'trend-2024-05-16', offset: -1, constructor: 'x' }],
      ['renameTag', { from: 'a', to: 'x'.repeat(10_000) }],
      ['getHighlightSummaries', { highlightIds: 'h1' }],
      ['getHighlightSummaries', { highlightIds: ['h1'], articleIds: [] }],
      ['noSuchChannel', {}]
    ]
    for (const [channel, req] of bad) {
      const result = await call(channel, req)
      expect(result.ok, `${channel} ${JSON.stringify(req)}`).toBe(false)
      if (!result.ok) expect(result.error.kind).toBe('invalid-request')
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(app.store.data.revision).toBe(revision)
  })

  it('answer unknown ids with not-found', async () => {
    const { call } = await start()
    const result = await call('getArticleBody', { id: 'nope' })
    expect(result).toEqual({ ok: false, error: { kind: 'not-found', message: 'The article was not found.' } })
  })

  it('keep settings, positions and highlights across a reopen', async () => {
    const { call, app, dir } = await start()
    await call('updateSettings', { panes: ['trend-2024-05-16', 'anadolu-2024-05-16'], split: 0.6 })
    await call('setPosition', { articleId: 'trend-2024-05-16', offset: 4013 })
    const created = await call('createHighlight', {
      articleId: 'anadolu-2024-05-16',
      color: 'green',
      quote: { exact: 'We have to rebuild', prefix: '"', suffix: ' a significant' },
      position: { start: 10, end: 28 },
      note: 'The transcript says it differently.',
      tags: ['quote']
    })
    expect(created.ok).toBe(true)
    await app.store.close()

    const again = await start(dir)
    const lib = await again.call('getLibrary')
    if (!lib.ok) throw new Error('library')
    const value = lib.value as { settings: { panes: string[]; split: number; positions: Record<string, number> }; highlights: Highlight[] }
    expect(value.settings.panes).toEqual(['trend-2024-05-16', 'anadolu-2024-05-16'])
    expect(value.settings.split).toBe(0.6)
    expect(value.settings.positions['trend-2024-05-16']).toBe(4013)
    expect(value.highlights[0]).toMatchObject({ color: 'green', note: 'The transcript says it differently.', tags: ['quote'] })
    // The window's view: the highlights summarised, then fetched for the articles it shows.
    const view = await again.call('getLibraryView')
    expect(view.ok && view.value).toMatchObject({
      summaries: [{ articleId: 'anadolu-2024-05-16', count: 1, tags: [{ tag: 'quote', count: 1 }] }]
    })
    expect(await again.call('getHighlights', { articleIds: ['anadolu-2024-05-16'] })).toEqual({ ok: true, value: value.highlights })
    expect(await again.call('getHighlights', { articleIds: ['trend-2024-05-16'] })).toEqual({ ok: true, value: [] })
  })

  it('bring back the same highlight with its links after a delete', async () => {
    const { call } = await start()
    const make = async (articleId: string, exact: string) => {
      const r = await call('createHighlight', {
        articleId,
        color: 'yellow',
        quote: { exact, prefix: '', suffix: '' },
        position: { start: 0, end: exact.length }
      })
      if (!r.ok) throw new Error(r.error.message)
      return r.value as Highlight
    }
    const a = await make('anadolu-2024-05-16', 'Belarusian')
    const b = await make('trend-2024-05-16', 'BAKU')
    const link = await call('createLink', { from: a.id, to: b.id, relation: 'paraphrases' })
    expect(link.ok).toBe(true)
    const deleted = await call('deleteHighlight', { id: a.id })
    if (!deleted.ok) throw new Error('delete')
    const lib1 = await call('getLibrary')
    expect(lib1.ok && (lib1.value as { links: unknown[] }).links).toHaveLength(0)
    const restored = await call('restoreHighlight', deleted.value)
    expect(restored.ok && (restored.value as Highlight).id).toBe(a.id)
    const lib2 = await call('getLibrary')
    expect(lib2.ok && (lib2.value as { links: { from: string }[] }).links.map((l) => l.from)).toEqual([a.id])
  })

  it('rename, merge and delete a tag everywhere, and undo it exactly', async () => {
    const { call, app } = await start()
    await call('createHighlight', {
      articleId: 'trend-2024-05-16',
      color: 'yellow',
      quote: { exact: 'BAKU', prefix: '', suffix: '' },
      position: { start: 0, end: 4 },
      tags: ['quote', 'aliyev']
    })
    await call('updateArticle', { id: 'trend-2024-05-16', patch: { tags: ['quote'] } })
    const change = await call('renameTag', { from: 'quote', to: 'aliyev' })
    expect(app.store.data.highlights[0].tags).toEqual(['aliyev'])
    expect(app.store.data.articles.find((a) => a.id === 'trend-2024-05-16')!.tags).toEqual(['aliyev'])
    if (!change.ok) throw new Error('rename')
    // The window's figures for what the rename changed: the articles that hold its highlights.
    const ids = (change.value as TagChange).highlights.map((h) => h.id)
    expect(await call('getHighlightSummaries', { highlightIds: ids })).toEqual({
      ok: true,
      value: [{ articleId: 'trend-2024-05-16', count: 1, tags: [{ tag: 'aliyev', count: 1 }] }]
    })
    await call('restoreTags', change.value)
    expect(app.store.data.highlights[0].tags).toEqual(['quote', 'aliyev'])
    expect(await call('getHighlightSummaries', { highlightIds: [...ids, 'no-such-highlight'] })).toMatchObject({
      value: [{ count: 1, tags: [{ tag: 'quote' }, { tag: 'aliyev' }] }]
    })
  })
})
