import { readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_LIST_LEVEL } from '../../shared/limits'
import { useTempDirs } from '../test-support/temp-dir'
import { noDesktop as platform, openTestApp } from '../test-support/test-app'
import { ImportService } from './import-service'
import type { Parser } from './import/worker-parser'

const tempDir = useTempDirs()
const open = (dataDir = tempDir()) => openTestApp(dataDir)

/** A list nested `depth` levels deep, in each format the importer reads. */
const nested = {
  'deep.md': (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n'),
  'deep.txt': (depth: number) => Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}- level ${i + 1}`).join('\n'),
  'deep.html': (depth: number) =>
    `<html><body><article><h1>Lists</h1><p>${'A page whose lists go very deep indeed. '.repeat(3)}</p>` +
    `${'<ul><li>level'.repeat(depth)}${'</li></ul>'.repeat(depth)}</article></body></html>`
}

describe('ImportService: what it writes reads back', () => {
  for (const [fileName, make] of Object.entries(nested)) {
    it(`imports a list nested 14 levels deep (${fileName}) so that it opens and exports`, async () => {
      const app = await open()
      const file = path.join(tempDir(), fileName)
      writeFileSync(file, make(14))
      const result = await app.imports.importFile(file)
      expect(result.status).toBe('imported')
      const body = await app.library.body(result.articleId!)
      const levels = body.blocks.flatMap((b) => (b.kind === 'listItem' ? [b.level] : []))
      expect(Math.max(...levels)).toBe(MAX_LIST_LEVEL)
      const exported = await app.exports.render({
        scope: 'library',
        articleIds: [],
        format: 'markdown',
        includeNotes: true,
        order: 'reading'
      })
      expect(exported.kind).toBeDefined()
    })
  }

  it('refuses, with a sentence and without writing, an article whose body would not read back', async () => {
    const dataDir = tempDir()
    const app = await open(dataDir)
    const broken: Parser = {
      parse: async () => ({
        ok: true,
        value: { meta: { title: 'Deep', format: 'markdown' }, blocks: [{ kind: 'listItem', text: 'too deep', level: 40, ordered: false }] }
      })
    }
    const imports = new ImportService(app.store, app.library, platform, broken)
    const before = readdirSync(path.join(dataDir, 'articles')).length
    const result = await imports.importBytes('deep.md', new TextEncoder().encode('- too deep'))
    expect(result).toMatchObject({ status: 'failed', message: expect.stringContaining('“deep.md” could not be imported') })
    expect(readdirSync(path.join(dataDir, 'articles'))).toHaveLength(before)
    expect(app.store.data.articles.some((a) => a.title === 'Deep')).toBe(false)
  })
})

describe('ImportService: two processes importing the same file', () => {
  it('keeps one copy: the second sees the first one’s article under the lock and reports a duplicate', async () => {
    const dataDir = tempDir()
    const first = await open(dataDir)
    // Opened before the first one imports: its library in memory does not have the article yet.
    const second = await open(dataDir)
    const file = path.join(tempDir(), 'report.txt')
    writeFileSync(file, 'Report\n\nThe council met on Thursday and agreed to build the bridge next spring.\n')
    const bodiesBefore = readdirSync(path.join(dataDir, 'articles')).length

    const a = await first.imports.importFile(file)
    const b = await second.imports.importFile(file)

    expect(a.status).toBe('imported')
    expect(b).toMatchObject({
      status: 'duplicate',
      duplicateOf: a.articleId,
      message: expect.stringContaining('is already in the library')
    })
    const reopened = await open(dataDir)
    expect(reopened.store.data.articles.filter((x) => x.importedFrom === 'report.txt')).toHaveLength(1)
    // The body the second process wrote before it learnt of the duplicate is gone again.
    expect(readdirSync(path.join(dataDir, 'articles'))).toHaveLength(bodiesBefore + 1)
  })
})
