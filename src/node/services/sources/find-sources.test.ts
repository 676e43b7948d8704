// Ranking on a generated library where one article in ten quotes one or two earlier articles on its
// topic, verbatim, lightly or heavily edited, among articles on the same topics that quote nothing: the
// true sources take the first places. (The library of 2,000 articles and 2 million words is in
// bench/sources.bench.ts; this one is smaller so that the test takes seconds.)
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SourcesLibrary } from '../../../../bench/generate-sources'
import { indexSearch, plantedRecall } from '../../../../bench/sources-recall'
import { useTempDirs } from '../../test-support/temp-dir'
import { coveredChars, evidence } from './rank-sources'
import { SourcesIndex } from './sources-index'

const tempDir = useTempDirs()

describe('find sources on a generated library', () => {
  it('ranks the planted sources first, whatever the edits', { timeout: 60_000 }, async () => {
    const library = new SourcesLibrary(400, 400)
    const index = new SourcesIndex(path.join(tempDir(), 'sources'))
    await index.open()
    await index.add([...library.articles()].map((a) => ({ id: a.id, textHash: 'v1', text: a.text })))
    const planted = library.planted()
    expect(new Set(planted.map((p) => p.edit))).toEqual(new Set(['verbatim', 'light', 'heavy']))
    const recall = await plantedRecall(planted, indexSearch(library, index, 3))
    expect(recall.misses).toEqual([])
    expect(recall.at1).toBe(recall.sources)
    await index.close()
  })
})

describe('ranking what the aligner found', () => {
  it('counts overlapping passages once', () => {
    expect(
      coveredChars([
        { start: 0, end: 10 },
        { start: 5, end: 20 },
        { start: 30, end: 31 }
      ])
    ).toBe(21)
  })

  it('weighs a passage the candidate itself quotes less than one it says in its own words', () => {
    const own = 'The minister said the port will reopen in May after the repairs are finished.'
    const quoting = 'A report wrote: “the port will reopen in May after the repairs are finished.”'
    const pair = { a: { start: 0, end: 40 }, b: { start: 20, end: 60 }, kind: 'verbatim' as const, score: 1 }
    expect(evidence([pair], own)).toBeGreaterThan(evidence([pair], quoting))
  })
})
