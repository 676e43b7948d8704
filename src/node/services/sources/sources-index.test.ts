// The sources index on disk: what it proposes, and that it stays right as articles come and go.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SourcesLibrary } from '../../../../bench/generate-sources'
import { shingles } from '../../../shared/sources/shingles'
import { useTempDirs } from '../../test-support/temp-dir'
import { SegmentReader } from './segment-reader'
import { SourcesIndex } from './sources-index'

const tempDir = useTempDirs()
const generated = new SourcesLibrary(300, 400)
const texts = [...generated.articles()].map((a) => ({ id: a.id, textHash: 'v1', text: a.text }))
const quoting = generated.planted()[0]
const quotingText = texts.find((t) => t.id === quoting.id)!.text
const keepAll = (id: string) => id === quoting.id
const segmentFiles = async (dir: string) => (await fs.readdir(dir)).filter((n) => n.endsWith('.dsx'))

async function builtIndex(): Promise<SourcesIndex> {
  const index = new SourcesIndex(path.join(tempDir(), 'index', 'sources'))
  await index.open()
  await index.add(texts)
  return index
}

describe('the sources index', () => {
  it('proposes the articles a text quotes among the first, and not the text itself', async () => {
    const index = await builtIndex()
    const found = (await index.candidates(shingles(quotingText), 5, keepAll)).map((c) => c.id)
    for (const source of quoting.sources) expect(found).toContain(source)
    expect(found).not.toContain(quoting.id)
    await index.close()
  })

  it('reads back from its files in another process, a slice at a time, and finds an article added later', async () => {
    const first = await builtIndex()
    await first.close()
    const again = new SourcesIndex(first.dir)
    const whole = SegmentReader.readWholeBelow
    SegmentReader.readWholeBelow = 0
    await again.open().finally(() => (SegmentReader.readWholeBelow = whole))
    for (const source of quoting.sources)
      expect((await again.candidates(shingles(quotingText), 5, keepAll)).map((c) => c.id)).toContain(source)
    expect(again.articleCount).toBe(texts.length)
    await again.add([{ id: 'late', textHash: 'v1', text: `Preface. ${quotingText.slice(0, 2_000)}` }])
    expect((await again.candidates(shingles(quotingText), 3, keepAll)).map((c) => c.id)).toContain('late')
    await again.close()
  })

  it('forgets deleted articles, and an article whose text changed is not proposed for its old text', async () => {
    const index = await builtIndex()
    const source = quoting.sources[0]
    await index.remove((id) => id === source)
    expect(index.entries().some(([id]) => id === source)).toBe(false)
    expect((await index.candidates(shingles(quotingText), 20, keepAll)).map((c) => c.id)).not.toContain(source)
    const other = quoting.sources[1] ?? texts[1].id
    const stale = (id: string, hash: string) => keepAll(id) || (id === other && hash === 'v1')
    expect((await index.candidates(shingles(quotingText), 20, stale)).map((c) => c.id)).not.toContain(other)
    await index.close()
  })

  it('sees what another process added or merged away when it looks at the folder again', async () => {
    const dir = path.join(tempDir(), 'sources')
    const app = new SourcesIndex(dir)
    const cli = new SourcesIndex(dir)
    await app.open()
    await cli.open()
    await cli.add(texts.slice(0, 3))
    expect(app.articleCount).toBe(0)
    await app.open()
    expect(app.articleCount).toBe(3)
    await cli.remove((id) => id === texts[0].id)
    await app.open()
    expect(app.entries().map(([id]) => id)).toEqual([texts[1].id, texts[2].id])
    await app.close()
    await cli.close()
  })

  it('merges small segments so that a query opens few files', async () => {
    const index = new SourcesIndex(path.join(tempDir(), 'sources'))
    await index.open()
    for (const t of texts.slice(0, 20)) await index.add([t])
    expect((await segmentFiles(index.dir)).length).toBeLessThanOrEqual(8)
    expect(index.articleCount).toBe(20)
    expect(new Set(index.entries().map(([id]) => id)).size).toBe(20)
    await index.close()
  })

  it('drops a damaged or foreign segment on opening, to be rebuilt, without failing', async () => {
    const index = await builtIndex()
    await index.close()
    const [name] = await segmentFiles(index.dir)
    const file = path.join(index.dir, name)
    await fs.truncate(file, 1_000)
    await fs.writeFile(path.join(index.dir, 'other.dsx'), 'not a segment')
    const reopened = new SourcesIndex(index.dir)
    await reopened.open()
    expect(reopened.articleCount).toBe(0)
    expect(await segmentFiles(index.dir)).toEqual([])
    await reopened.close()
  })
})
