import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { selectorsFor } from '../../shared/anchor'
import { canonicalText } from '../../shared/model'
import { openApp } from '../open-app'
import type { Platform } from '../platform'
import { useTempDirs } from '../test-support/temp-dir'

const tempDir = useTempDirs()
const resourcesDir = path.resolve(import.meta.dirname, '../../../resources')

function scripted(answers: (string[] | null)[]): Platform {
  return {
    showOpenDialog: async () => answers.shift() ?? null,
    showSaveDialog: async () => answers.shift()?.[0] ?? null,
    writeClipboard: () => undefined,
    openExternal: async () => undefined
  }
}

async function withHighlights(answers: (string[] | null)[] = []) {
  const app = await openApp({ dataDir: tempDir(), resourcesDir, platform: scripted(answers) })
  const text = async (id: string) => canonicalText((await app.library.body(id)).blocks)
  const mark = async (articleId: string, phrase: string, extra: { note?: string; tags?: string[] } = {}) => {
    const t = await text(articleId)
    const start = t.indexOf(phrase)
    return app.annotations.createHighlight({ articleId, color: 'green', ...selectorsFor(t, start, start + phrase.length), ...extra })
  }
  const a = await mark('anadolu-2024-05-16', 'We have to rebuild a significant area from scratch', {
    note: 'Compare *the transcript*.',
    tags: ['quote']
  })
  const b = await mark('trend-2024-05-16', 'we have to rebuild from scratch an area')
  await app.annotations.createLink({ from: a.id, to: b.id, relation: 'paraphrases' })
  return { app, a, b }
}

describe('ExportService', () => {
  it('exports the pair as one Markdown file with the link between the two highlights', async () => {
    const out = path.join(tempDir(), 'pair.md')
    const { app } = await withHighlights([[out]])
    const result = await app.exports.exportWithDialog({
      scope: 'pair',
      articleIds: ['anadolu-2024-05-16', 'trend-2024-05-16'],
      format: 'markdown',
      includeNotes: true,
      order: 'reading'
    })
    expect(result).toEqual({ path: out, files: 1, failed: [] })
    const md = readFileSync(out, 'utf8')
    expect(md).toContain('# Belarus offers Azerbaijan help in restoring Karabakh region')
    expect(md).toContain('> We have to rebuild a significant area from scratch')
    expect(md).toContain('#quote')
    expect(md).toMatch(/→ paraphrases \[\[#\^h-[0-9a-f]{8}/)
    expect(md).toMatch(/← paraphrased in \[\[#\^h-[0-9a-f]{8}/)
  })

  it('writes the library as a folder with an index', async () => {
    const folder = path.join(tempDir(), 'export')
    const { app } = await withHighlights([[folder]])
    const result = await app.exports.exportWithDialog({
      scope: 'library',
      articleIds: [],
      format: 'markdown',
      includeNotes: false,
      order: 'color'
    })
    expect(result.files).toBe(3)
    expect(readdirSync(folder).sort()).toContain('index.md')
  })

  it('exports the rest of the library when the text of one article is damaged, and says which', async () => {
    const folder = path.join(tempDir(), 'export')
    const { app } = await withHighlights([[folder]])
    const damaged = app.store.bodyPath('trend-2024-05-16')
    writeFileSync(damaged, '{"id": "trend-2024')
    const result = await app.exports.exportWithDialog({
      scope: 'library',
      articleIds: [],
      format: 'markdown',
      includeNotes: true,
      order: 'reading'
    })
    expect(result.failed).toEqual([
      {
        articleId: 'trend-2024-05-16',
        title:
          'I have invited Belarusian companies to actively participate in the reconstruction of the Karabakh and Eastern Zangezur regions',
        file: damaged,
        message: 'The text of this article could not be read; its file is damaged.'
      }
    ])
    expect(readdirSync(folder).sort()).toEqual(['Belarus offers Azerbaijan help in restoring Karabakh region.md', 'index.md'])
    expect(result.files).toBe(2)
  })

  it('refuses to write an export inside the library folder, even where the dialog allowed it', async () => {
    const dataDir = tempDir()
    const app = await openApp({ dataDir, resourcesDir, platform: scripted([[path.join(dataDir, 'snapshots', 'export.md')]]) })
    await expect(
      app.exports.exportWithDialog({
        scope: 'article',
        articleIds: ['trend-2024-05-16'],
        format: 'markdown',
        includeNotes: true,
        order: 'reading'
      })
    ).rejects.toThrow(/is inside the library folder/)
    expect(existsSync(path.join(dataDir, 'snapshots', 'export.md'))).toBe(false)
  })

  it('does nothing when the reader cancels the dialog', async () => {
    const { app } = await withHighlights([null])
    const result = await app.exports.exportWithDialog({
      scope: 'article',
      articleIds: ['trend-2024-05-16'],
      format: 'markdown',
      includeNotes: true,
      order: 'reading'
    })
    expect(result).toEqual({ path: null, files: 0, failed: [] })
  })

  it('round-trips Web Annotation JSON onto a fresh library without losing anything', async () => {
    const { app, a } = await withHighlights()
    const rendered = await app.exports.render({
      scope: 'article',
      articleIds: ['anadolu-2024-05-16'],
      format: 'webannotation',
      includeNotes: true,
      order: 'reading'
    })
    if (rendered.kind !== 'file') throw new Error('expected one file')
    const fresh = await openApp({ dataDir: tempDir(), resourcesDir, platform: scripted([]) })
    const result = await fresh.annotationImport.importText('anadolu-2024-05-16', rendered.content)
    expect(result).toMatchObject({ imported: 1, orphans: 0, existing: 0 })
    const back = fresh.store.data.highlights[0]
    expect(back).toMatchObject({ id: a.id, color: a.color, note: a.note, tags: a.tags, quote: a.quote, position: a.position })
    // Importing the same file again changes nothing.
    const again = await fresh.annotationImport.importText('anadolu-2024-05-16', rendered.content)
    expect(again).toMatchObject({ imported: 0, existing: 1 })
  })

  it('keeps annotations that do not anchor as orphans', async () => {
    const { app } = await withHighlights()
    const json = JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id: 'urn:x:1',
      body: { type: 'TextualBody', value: 'about a sentence that is not there', purpose: 'commenting' },
      target: { source: 'urn:x', selector: { type: 'TextQuoteSelector', exact: 'Completely absent sentence about tulips in Amsterdam.' } }
    })
    const result = await app.annotationImport.importText('trend-2024-05-16', json)
    expect(result).toMatchObject({ imported: 1, orphans: 1 })
  })
})
