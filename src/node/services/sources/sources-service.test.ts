// Find sources on a real library folder: through the handler table, as the app and the CLI ask.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SourcesResult } from '../../../shared/sources/types'
import { SourcesLibrary } from '../../../../bench/generate-sources'
import { useTempDirs } from '../../test-support/temp-dir'
import { openCallableApp } from '../../test-support/test-app'

const tempDir = useTempDirs()
const REPORT = 'anadolu-2024-05-16'
const STATEMENT = 'trend-2024-05-16'

async function importText(call: <T>(channel: string, req?: unknown) => Promise<T>, text: string): Promise<string> {
  const r = await call<{ articleId?: string; message?: string }>('importPasted', { text })
  if (!r.articleId) throw new Error(r.message)
  return r.articleId
}

describe('find sources', () => {
  it('finds the statement a news report quotes, with its share and first passages', async () => {
    const dir = tempDir()
    const { app, call } = await openCallableApp(dir)
    const result = await call<SourcesResult>('findSources', { articleId: REPORT })
    expect(result.sources[0].articleId).toBe(STATEMENT)
    expect(result.sources[0].title).toMatch(/invited Belarusian companies/)
    expect(result.sources[0].share).toBeGreaterThan(0.1)
    expect(result.sources[0].passages.length).toBeGreaterThan(0)
    const body = await app.library.body(STATEMENT)
    const first = result.sources[0].passages[0]
    expect(first.sourceText.slice(0, 20)).toBe(
      (await import('../../../shared/model')).canonicalText(body.blocks).slice(first.b.start, first.b.end).replace(/\s+/g, ' ').slice(0, 20)
    )
    expect((await fs.readdir(path.join(dir, 'index', 'sources'))).length).toBeGreaterThan(0)
    await app.store.close()
  })

  it('follows imports and emptying the trash', async () => {
    const generated = new SourcesLibrary(300, 400)
    const planted = generated.planted().find((p) => p.sources.length === 1 && p.edit === 'verbatim')!
    const { app, call } = await openCallableApp(tempDir())
    const sourceId = await importText(call, generated.article(Number(planted.sources[0].slice(4))).text)
    const lookAlike = await importText(call, generated.article(Number(planted.sources[0].slice(4)) + generated.topics).text)
    const quotingId = await importText(call, generated.article(Number(planted.id.slice(4))).text)
    // Indexed at import: the query adds nothing.
    expect(app.sources.index.articleCount).toBe(5)
    let result = await call<SourcesResult>('findSources', { articleId: quotingId })
    expect(result.sources.map((s) => s.articleId)[0]).toBe(sourceId)
    expect(result.sources.map((s) => s.articleId)).not.toContain(lookAlike)

    await call('trashArticle', { id: sourceId })
    result = await call<SourcesResult>('findSources', { articleId: quotingId })
    expect(result.sources.map((s) => s.articleId)).not.toContain(sourceId)
    await call('emptyTrash')
    expect(app.sources.index.entries().map(([id]) => id)).not.toContain(sourceId)
    await app.store.close()
  })

  it('builds the index again when its folder is gone, telling how far it has got', async () => {
    const dir = tempDir()
    const first = await openCallableApp(dir)
    await first.app.store.close()
    await fs.rm(path.join(dir, 'index'), { recursive: true })
    const { app } = await openCallableApp(dir)
    const seen: number[] = []
    const result = await app.sources.find(REPORT, 5, (p) => seen.push(p.done))
    expect(seen).toEqual([1, 2])
    expect(result.indexed).toBe(2)
    expect(result.sources[0].articleId).toBe(STATEMENT)
    expect(app.sources.progress()).toBeNull()
    await app.store.close()
  })

  it('says in a sentence that an article is unknown', async () => {
    const { app, call } = await openCallableApp(tempDir())
    await expect(call('findSources', { articleId: 'no-such-article' })).rejects.toThrow(/article/i)
    await app.store.close()
  })
})
