// Main's side of the rules shared with the renderer (src/shared/tag-ops.ts, library-ops.ts): tags fold
// case, a deleted highlight comes back with its links, two passages are linked once.
import { describe, expect, it } from 'vitest'
import type { TagChange } from '../../shared/api'
import type { Highlight } from '../../shared/model'
import { useTempDirs } from '../test-support/temp-dir'
import { openCallableApp } from '../test-support/test-app'

const tempDir = useTempDirs()
const ARTICLE = 'trend-2024-05-16'

async function start() {
  const { app, call } = await openCallableApp(tempDir())
  const highlight = (start: number, tags: string[]) =>
    call<Highlight>('createHighlight', {
      articleId: ARTICLE,
      color: 'yellow',
      quote: { exact: 'x', prefix: '', suffix: '' },
      position: { start, end: start + 4 },
      tags
    })
  const tagsNow = () => app.store.data.highlights.map((h) => h.tags)
  return { app, call, highlight, tagsNow }
}

describe('tags in main', () => {
  it('take the spelling the tag already has in the library, and fold repeats of one tag', async () => {
    const { call, highlight, tagsNow, app } = await start()
    await highlight(0, ['quote', 'QUOTE'])
    const second = await highlight(10, ['Quote', 'claim'])
    expect(second.tags).toEqual(['quote', 'claim'])
    await call('updateHighlight', { id: second.id, patch: { tags: ['quote', 'Claim', 'Press'] } })
    await call('updateArticle', { id: ARTICLE, patch: { tags: ['press', 'CLAIM'] } })
    expect(tagsNow()).toEqual([['quote'], ['quote', 'Claim', 'Press']])
    expect(app.store.data.articles.find((a) => a.id === ARTICLE)?.tags).toEqual(['Press', 'Claim'])
  })

  it('rename, merge and delete a tag whatever the case it is named in, and undo exactly', async () => {
    const { call, highlight, tagsNow } = await start()
    await highlight(0, ['quote'])
    await highlight(10, ['claim'])
    const renamed = await call<TagChange>('renameTag', { from: 'QUOTE', to: 'Cited' })
    expect(tagsNow()).toEqual([['Cited'], ['claim']])
    const merged = await call<TagChange>('renameTag', { from: 'CLAIM', to: 'cited' })
    expect(tagsNow()).toEqual([['Cited'], ['Cited']])
    const deleted = await call<TagChange>('deleteTag', { tag: 'CITED' })
    expect(tagsNow()).toEqual([[], []])
    for (const change of [deleted, merged, renamed]) await call('restoreTags', change)
    expect(tagsNow()).toEqual([['quote'], ['claim']])
  })
})

describe('links in main', () => {
  it('refuse a second link between two passages either way round, and bring links back with an undone delete', async () => {
    const { call, highlight, app } = await start()
    const a = await highlight(0, [])
    const b = await highlight(10, [])
    await call('createLink', { from: a.id, to: b.id, relation: 'quotes' })
    await expect(call('createLink', { from: b.id, to: a.id, relation: 'related' })).rejects.toThrow('linked already')
    const deleted = await call('deleteHighlight', { id: b.id })
    expect(app.store.data.links).toEqual([])
    await call('restoreHighlight', deleted)
    expect(app.store.data.links.map((l) => [l.from, l.to])).toEqual([[a.id, b.id]])
  })
})
