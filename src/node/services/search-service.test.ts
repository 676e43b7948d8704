// The indexed search gives the hits of the first version (test-support/search-baseline.ts), hit for
// hit, on a generated library and after every kind of change.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateLibrary, POPULAR_TAG, SIZES, type GeneratedLibrary } from '../../../bench/generate-library'
import type { AppContext } from '../open-app'
import { BaselineSearch, baselineFold } from '../test-support/search-baseline'
import { useTempDirs } from '../test-support/temp-dir'
import { openCallableApp } from '../test-support/test-app'
import { fold } from '../../shared/fold'

const tempDir = useTempDirs()

function queriesOf(generated: GeneratedLibrary): string[] {
  const text = readFileSync(path.join(generated.dir, 'articles', `${generated.articles[3].id}.json`), 'utf8')
  const word = /"text":"(?:\S+ ){5}(\S{5,})/.exec(text)?.[1] ?? 'the'
  return [generated.searchWord, word.toUpperCase(), POPULAR_TAG, 'tag-01', 'Note 3', 'report 1', 'agency', 'th', 'e', 'zzzz-none', 'ÉCLAT']
}

async function expectSameHits(app: AppContext, queries: string[]): Promise<void> {
  const baseline = new BaselineSearch(app.store)
  for (const q of queries) expect(await app.search.search(q), q).toEqual(await baseline.search(q))
}

describe('search', () => {
  it('folds as the first version did, character for character', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => fold(s) === baselineFold(s)))
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => fold(s) === baselineFold(s)))
    for (const s of ['Été İstanbul ǅ Straße ﬁ 𝒜bc', 'ÀÉÎÕÜ àéîõü Ñ ç', 'plain ASCII, MIXED case 123']) expect(fold(s)).toBe(baselineFold(s))
  })

  it(
    'finds what the first version found, in the same order, on a generated library and after every change',
    { timeout: 120_000 },
    async () => {
      const generated = generateLibrary(tempDir(), SIZES.S)
      const { app, call } = await openCallableApp(generated.dir)
      const queries = [...queriesOf(generated), 'quokka']
      await expectSameHits(app, queries)

      const target = generated.articles[2].id
      const h = generated.highlights.find((x) => x.articleId === target)!
      const created = await call<{ id: string }>('createHighlight', {
        articleId: target,
        color: 'green',
        quote: { ...h.quote },
        position: { ...h.position },
        note: 'a quokka smiled'
      })
      expect((await app.search.search('quokka')).map((hit) => hit.highlightId)).toContain(created.id)
      await expectSameHits(app, queries)

      await call('updateHighlight', { id: created.id, patch: { note: 'a wombat smiled', tags: ['marsupial'] } })
      expect(await app.search.search('quokka')).toEqual([])
      expect((await app.search.search('wombat')).map((hit) => hit.highlightId)).toEqual([created.id])
      await expectSameHits(app, [...queries, 'wombat', 'marsupial'])

      const deleted = await call('deleteHighlight', { id: created.id })
      expect(await app.search.search('wombat')).toEqual([])
      await call('restoreHighlight', deleted)
      expect((await app.search.search('wombat')).map((hit) => hit.highlightId)).toEqual([created.id])

      const imported = await call<{ articleId?: string }>('importPasted', {
        text: 'Platypus notes\n\nThe platypus lays eggs.',
        keepDuplicates: false
      })
      expect(imported.articleId).toBeDefined()
      expect((await app.search.search('platypus')).some((hit) => hit.articleId === imported.articleId)).toBe(true)
      await expectSameHits(app, [...queries, 'platypus'])

      await call('trashArticle', { id: target })
      expect((await app.search.search('wombat')).length).toBe(0)
      await expectSameHits(app, [...queries, 'wombat'])
      await call('restoreArticle', { id: target })
      expect((await app.search.search('wombat')).length).toBe(1)

      await call('renameTag', { from: POPULAR_TAG, to: 'famous' })
      expect(await app.search.search(POPULAR_TAG)).toEqual([])
      expect((await app.search.search('famous')).length).toBeGreaterThan(0)
      await expectSameHits(app, [...queries, 'famous', 'wombat'])
      await app.store.close()
    }
  )

  it('sees a change another process wrote, once this one reads it', async () => {
    const generated = generateLibrary(tempDir(), SIZES.S)
    const { app, call } = await openCallableApp(generated.dir)
    const other = await openCallableApp(generated.dir)
    const first = generated.highlights[0]
    await other.call('updateHighlight', { id: first.id, patch: { note: 'an echidna' } })
    await call('setPosition', { articleId: first.articleId, offset: 3 })
    expect((await app.search.search('echidna')).map((hit) => hit.highlightId)).toEqual([first.id])
    await Promise.all([app.store.close(), other.app.store.close()])
  })
})
