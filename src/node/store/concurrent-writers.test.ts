// The app and the `diptych` command line writing the same library at the same time: two processes, each
// with its own Store, many changes each (some at once), and at the end every change of both is on disk.
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AnnotationService } from '../services/annotation-service'
import { LibraryService } from '../services/library-service'
import { bundleChild, LineChild, type BundledChild } from '../test-support/child-process'
import { useTempDirs } from '../test-support/temp-dir'
import { libraryOnDisk } from './library-on-disk'
import { Store } from './store'

const tempDir = useTempDirs()
let child: BundledChild

beforeAll(async () => {
  child = await bundleChild(path.join(import.meta.dirname, 'crash-child.ts'))
})
afterAll(() => child?.dispose())

interface Expected {
  notes: Record<string, string>
  deleted: string[]
  articleId: string
  position: number
}

const CHANGES = 300

describe('two processes writing one library', () => {
  it(`keeps all ${2 * CHANGES} changes of both`, { timeout: 60_000 }, async () => {
    const dir = tempDir()
    // Opened once first, so that the two writers start from the same existing library.
    await (await Store.open(dir)).close()
    const writers = ['app', 'cli'].map((name) => new LineChild(process.execPath, [child.file, 'writer', dir, name, String(CHANGES)]))
    await Promise.all(writers.map((w) => w.waitFor((l) => l === 'R', 'ready')))
    for (const w of writers) w.send('go')
    const ends = await Promise.all(writers.map((w) => w.waitFor((l) => l.startsWith('E '), 'its expected state')))
    for (const w of writers) expect((await w.closed).code, w.stderr).toBe(0)

    const library = await libraryOnDisk(dir)
    let checked = 0
    for (const line of ends) {
      const expected = JSON.parse(line.slice(2)) as Expected
      const notes = Object.fromEntries(library.highlights.filter((h) => h.articleId === expected.articleId).map((h) => [h.id, h.note]))
      expect(notes).toEqual(expected.notes)
      for (const id of expected.deleted) expect(notes[id]).toBeUndefined()
      expect(library.articles.some((a) => a.id === expected.articleId)).toBe(true)
      expect(library.settings.positions[expected.articleId] ?? 0).toBe(expected.position)
      checked += Object.keys(expected.notes).length + expected.deleted.length
    }
    console.log(
      `concurrent writers: ${2 * CHANGES} changes from two processes, ${checked} highlights checked, ${library.highlights.length} highlights on disk`
    )
  })

  it('saves later changes when a change no longer applies because the other process removed its object', async () => {
    const dir = tempDir()
    const app = await Store.open(dir)
    const appLibrary = new LibraryService(app, null)
    const appNotes = new AnnotationService(app)
    await appLibrary.addArticle({ id: 'a1', title: 'One', format: 'text', tags: [] }, [{ kind: 'paragraph', text: 'Dear friends.' }])
    const h = await appNotes.createHighlight({
      articleId: 'a1',
      color: 'yellow',
      quote: { exact: 'Dear', prefix: '', suffix: ' friends' },
      position: { start: 0, end: 4 }
    })

    // The command line deletes the highlight while the app still shows it.
    const cli = await Store.open(dir)
    await new AnnotationService(cli).deleteHighlight(h.id)
    await cli.close()

    // The app's edit of that highlight cannot be replayed on the fresh library: it is refused, as a change…
    await expect(appNotes.updateHighlight(h.id, { note: 'too late' })).rejects.toThrow(/another Diptych process/)
    // …and does not block the changes after it.
    await appLibrary.setPosition('a1', 42)
    await appNotes.createHighlight({
      articleId: 'a1',
      color: 'green',
      quote: { exact: 'friends', prefix: 'Dear ', suffix: '.' },
      position: { start: 5, end: 12 }
    })
    const onDisk = await libraryOnDisk(dir)
    expect(onDisk.settings.positions.a1).toBe(42)
    expect(onDisk.highlights.map((x) => x.quote.exact)).toEqual(['friends'])
    // Memory agrees with the disk: the deleted highlight does not linger in the app.
    expect(app.data.highlights.map((x) => x.quote.exact)).toEqual(['friends'])
  })
})
