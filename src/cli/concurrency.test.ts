// The app and several `diptych` processes on one library at the same time: the app keeps writing
// highlights while CLI imports (several at once) and exports run. Every write of every process must
// end up in the library folder, and the app's memory must agree with the disk.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { LibrarySnapshot } from '../shared/api'
import { canonicalText, type ArticleBody, type Highlight } from '../shared/model'
import { libraryOnDisk } from '../node'
import { useTempDirs } from '../node/test-support/temp-dir'
import { highlightOf, useAppProcess } from './app-harness'
import { ensureBuilt, runCli, type CliRun } from './cli-harness'
import type { ImportedItem } from './import'

const tempDir = useTempDirs()
const startApp = useAppProcess()
beforeAll(ensureBuilt)

const IMPORT_RUNS = 6
const FILES_PER_RUN = 3
const EXPORT_RUNS = 3
/** The app writes at least this many highlights, and goes on until every CLI run has ended. */
const MIN_APP_WRITES = 40

/** A text no other file has, so that no import is a duplicate of another. */
function uniqueArticle(run: number, file: number): string {
  const paragraphs = Array.from(
    { length: 4 },
    (_, p) =>
      `Paragraph ${p + 1} of file ${file} in run ${run}: the delegation number ${run * 100 + file} met on day ${p + 7} to talk about trade.`
  )
  return `Report ${run}-${file}\n\n${paragraphs.join('\n\n')}\n`
}

describe('the CLI and the app writing one library at once', () => {
  it('loses no write of either side', { timeout: 120_000 }, async () => {
    const dir = tempDir()
    const files = tempDir()
    const out = tempDir()
    const app = await startApp(dir) // a new folder: the app seeds the bundled articles
    const articleId = 'anadolu-2024-05-16'
    const text = canonicalText((await app.call<ArticleBody>('getArticleBody', { id: articleId })).blocks)
    const words = [...text.matchAll(/\p{L}{5,}/gu)]

    const batches = Array.from({ length: IMPORT_RUNS }, (_, run) =>
      Array.from({ length: FILES_PER_RUN }, (_, file) => {
        const name = path.join(files, `report-${run}-${file}.txt`)
        writeFileSync(name, uniqueArticle(run, file))
        return name
      })
    )

    let cliRunning = true
    let writesDuringCli = 0
    const written: Highlight[] = []
    const appWriting = (async () => {
      for (let i = 0; cliRunning || i < MIN_APP_WRITES; i++) {
        const word = words[i % words.length]
        const h = highlightOf(articleId, text, word[0], 'yellow', { note: `app note ${i}` })
        // The first occurrence of a repeated word is fine: each highlight is its own record.
        written.push(await app.call<Highlight>('createHighlight', h))
        if (cliRunning) writesDuringCli++
      }
    })()

    const cli: Promise<CliRun>[] = [
      ...batches.map((batch) => runCli(['import', ...batch, '--json', '--data-dir', dir])),
      ...Array.from({ length: EXPORT_RUNS }, (_, i) =>
        runCli(['export', '--all', '--format', 'md', '--out', path.join(out, `library-${i}`), '--data-dir', dir])
      )
    ]
    const runs = await Promise.all(cli)
    cliRunning = false
    await appWriting
    const snapshot = await app.call<LibrarySnapshot>('getLibrary', null)
    expect(await app.quit()).toBe(0)

    for (const run of runs) expect(run.code, run.stderr).toBe(0)
    expect(writesDuringCli, 'the app wrote while the CLI ran').toBeGreaterThan(5)

    const imported = runs.slice(0, IMPORT_RUNS).flatMap((r) => JSON.parse(r.stdout) as ImportedItem[])
    expect(imported).toHaveLength(IMPORT_RUNS * FILES_PER_RUN)
    expect(imported.every((i) => i.status === 'imported')).toBe(true)

    const library = await libraryOnDisk(dir)
    // Every highlight the app wrote, with its note.
    const onDisk = new Map(library.highlights.map((h) => [h.id, h.note]))
    for (const h of written) expect(onDisk.get(h.id)).toBe(h.note)
    expect(library.highlights).toHaveLength(written.length)
    // Every article the CLI imported, with its body.
    const articles = new Set(library.articles.map((a) => a.id))
    for (const item of imported) {
      expect(articles.has(item.articleId!)).toBe(true)
      expect(existsSync(path.join(dir, 'articles', `${item.articleId}.json`))).toBe(true)
    }
    expect(library.articles).toHaveLength(2 + imported.length)
    // The app's memory agrees with the disk: it took in the imports when it reloaded.
    expect(snapshot.articles.map((a) => a.id).sort()).toEqual(library.articles.map((a) => a.id).sort())
    expect(snapshot.highlights.map((h) => h.id).sort()).toEqual(library.highlights.map((h) => h.id).sort())

    // Each export is whole: an index and one file per article it saw (at least the two bundled ones).
    for (let i = 0; i < EXPORT_RUNS; i++) {
      const names = readdirSync(path.join(out, `library-${i}`))
      expect(names).toContain('index.md')
      const index = readFileSync(path.join(out, `library-${i}`, 'index.md'), 'utf8')
      const listed = Number(/^articles: (\d+)$/m.exec(index)![1])
      expect(names).toHaveLength(listed + 1)
      expect(listed).toBeGreaterThanOrEqual(2)
    }
    console.log(
      `concurrent CLI: ${written.length} app highlights (${writesDuringCli} while the CLI ran), ` +
        `${imported.length} articles from ${IMPORT_RUNS} import runs, ${EXPORT_RUNS} exports; revision ${library.revision}`
    )
  })
})
