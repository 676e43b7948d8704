import { describe, expect, it } from 'vitest'
import type { Highlight } from '../../shared/model'
import { useTempDirs } from '../test-support/temp-dir'
import { openCallableApp } from '../test-support/test-app'

const tempDir = useTempDirs()
const ARTICLE = 'trend-2024-05-16'

const start = () => openCallableApp(tempDir())

const annotation = (id: string, selector: object, extra: object = {}) => ({
  type: 'Annotation',
  id,
  target: { source: 'urn:x', selector },
  ...extra
})
const page = (...items: object[]) => JSON.stringify({ type: 'AnnotationPage', items })
const tagBody = (value: string) => ({ type: 'TextualBody', purpose: 'tagging', value })

describe('Web Annotation import', () => {
  it('fits tags to the limits every request obeys, so that a deleted highlight can be undone and its tags renamed', async () => {
    const { app, call } = await start()
    const long = 'x'.repeat(150)
    const tags = ['line\nbreak', long, ...Array.from({ length: 250 }, (_, i) => `t${i}`)]
    const json = page(
      annotation(
        'urn:x:1',
        { type: 'TextQuoteSelector', exact: 'BAKU' },
        {
          body: [{ type: 'TextualBody', purpose: 'commenting', value: 'A note to keep' }, ...tags.map(tagBody)]
        }
      )
    )
    const result = await app.annotationImport.importText(ARTICLE, json)
    const [imported] = app.store.data.highlights

    const deleted = await call<{ highlight: Highlight }>('deleteHighlight', { id: imported.id })
    expect(app.store.data.highlights).toHaveLength(0)
    const restored = await call<Highlight>('restoreHighlight', deleted)
    expect(restored).toMatchObject({ id: imported.id, note: 'A note to keep', tags: imported.tags })
    expect(app.store.data.highlights).toHaveLength(1)
    await call('renameTag', { from: 'line break', to: 'renamed' })
    expect(app.store.data.highlights[0].tags[0]).toBe('renamed')

    expect(result).toMatchObject({ imported: 1, orphans: 0, skipped: [] })
    expect(result.adjusted.map((a) => a.reason)).toEqual([
      'line breaks or runs of spaces in a tag were made one space',
      'a tag longer than 100 characters was shortened',
      'tags beyond the first 200 were left out'
    ])
    expect(imported.tags).toHaveLength(200)
    expect(imported.tags.slice(0, 2)).toEqual(['line break', 'x'.repeat(100)])
  })

  it('spells tags as the library does, whatever their case, and links two passages once, either way round', async () => {
    const { app, call } = await start()
    const existing = await call<Highlight>('createHighlight', {
      articleId: ARTICLE,
      color: 'yellow',
      quote: { exact: 'BAKU', prefix: '', suffix: '' },
      position: { start: 0, end: 4 },
      tags: ['quote']
    })
    const link = (id: string, from: string, to: string) => ({ type: 'Annotation', id, motivation: 'linking', target: [from, to] })
    const json = page(
      annotation(
        'urn:x:1',
        { type: 'TextQuoteSelector', exact: 'Dear guests.' },
        { body: [tagBody('Quote'), tagBody('QUOTE'), tagBody('Claim')] }
      ),
      annotation('urn:x:2', { type: 'TextQuoteSelector', exact: 'Dear friends.' }, { body: [tagBody('claim')] }),
      link('urn:x:l1', 'urn:x:1', existing.id),
      link('urn:x:l2', existing.id, 'urn:x:1')
    )
    const result = await app.annotationImport.importText(ARTICLE, json)
    expect(app.store.data.highlights.map((h) => h.tags)).toEqual([['quote'], ['quote', 'Claim'], ['Claim']])
    expect(result).toMatchObject({ imported: 2, links: 1 })
    expect(result.skipped).toEqual([{ reason: 'a link is in the library already', count: 1 }])
    expect(result.adjusted).toEqual([{ reason: 'a tag repeated in another case was kept once, as first written', count: 1 }])
  })

  it('counts every item as imported, orphan, already there or skipped with its reason, as stored', async () => {
    const { app } = await start()
    const outside = (id: string) => annotation(id, { type: 'TextPositionSelector', start: 900_000, end: 900_010 })
    const json = page(
      outside('urn:x:1'),
      outside('urn:x:2'),
      outside('urn:x:3'),
      annotation('urn:x:4', { type: 'CssSelector', value: 'p' }),
      annotation('urn:x:5', { type: 'TextQuoteSelector', exact: 'Tulips in Amsterdam are not in this article.' }),
      annotation('urn:x:6', { type: 'TextQuoteSelector', exact: 'BAKU' }),
      { type: 'Annotation', id: 'urn:x:l', motivation: 'linking', target: ['urn:x:6', 'urn:x:404'] }
    )
    const result = await app.annotationImport.importText(ARTICLE, json)
    expect(result).toMatchObject({ imported: 2, orphans: 1, existing: 0, links: 0 })
    expect(result.skipped).toEqual([
      { reason: 'its position lies outside the article’s text', count: 3 },
      { reason: 'it has no passage to place (no TextQuoteSelector or TextPositionSelector)', count: 1 },
      { reason: 'a link joins a highlight that is not in the library', count: 1 }
    ])
    expect(app.store.data.highlights).toHaveLength(result.imported)
  })

  it('reads a file that starts with a UTF-8 byte order mark', async () => {
    const { app } = await start()
    const json = `\uFEFF${page(annotation('urn:x:1', { type: 'TextQuoteSelector', exact: 'BAKU' }))}`
    const result = await app.annotationImport.importText(ARTICLE, json)
    expect(result).toMatchObject({ imported: 1 })
  })

  it('reports progress a batch at a time and imports all of a large file', async () => {
    const { app } = await start()
    const items = Array.from({ length: 5_000 }, (_, i) => annotation(`urn:x:${i}`, { type: 'TextQuoteSelector', exact: 'BAKU' }))
    const progress: number[] = []
    const result = await app.annotationImport.importText(ARTICLE, page(...items), 'big.json', (p) => progress.push(p.done))
    expect(result).toMatchObject({ imported: 5_000, skipped: [] })
    expect(progress).toEqual([2_000, 4_000, 5_000])
    expect(app.store.data.highlights).toHaveLength(5_000)
  })
})
