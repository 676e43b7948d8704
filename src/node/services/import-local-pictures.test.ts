// A saved page and a Markdown file with their pictures beside them, imported by path as the dialog and
// the command line do. Figures come from the HTML walker and the Markdown parser (issue 12's blocks
// work); until they make figure blocks, these tests cannot run, and say so instead of passing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Block } from '../../shared/model'
import { solidPng } from '../test-support/pictures'
import { useTempDirs } from '../test-support/temp-dir'
import { noDesktop, openTestApp } from '../test-support/test-app'
import { ImportService } from './import-service'
import { inlineParser, type Parser } from './import/worker-parser'

const tempDir = useTempDirs()
const PROSE = 'A paragraph long enough for the article reader to keep it as the body of the page. '.repeat(4)

const SAVED_PAGE = `<!DOCTYPE html><html><head><title>A saved page</title></head><body><article><h1>A saved page</h1>
<p>${PROSE}</p><figure><img src="Page_files/chart.png" alt="A red chart"><figcaption>The chart.</figcaption></figure>
<p>${PROSE}</p><figure><img src="Page_files/missing.png" alt="A missing chart"><figcaption>Gone.</figcaption></figure>
<p>${PROSE}</p></article></body></html>`
const MARKDOWN = `# Notes with a picture\n\n${PROSE}\n\n![A red chart](img/chart.png)\n\n${PROSE}\n`

const figures = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.kind === 'figure' ? [b] : []))
async function parsesFigures(fileName: string, text: string): Promise<boolean> {
  const parsed = await inlineParser.parse({ kind: 'file', bytes: Buffer.from(text), fileName })
  return parsed.ok && figures(parsed.value.blocks).length > 0
}
const pageFigures = await parsesFigures('Page.html', SAVED_PAGE)
const markdownFigures = await parsesFigures('notes.md', MARKDOWN)

describe('importing a file with its pictures beside it', () => {
  it.skipIf(!pageFigures)('a browser’s “Save page, complete” imports with the pictures of its _files folder', async () => {
    const folder = tempDir()
    mkdirSync(path.join(folder, 'Page_files'))
    const png = solidPng(8, 8, [220, 20, 20])
    writeFileSync(path.join(folder, 'Page_files', 'chart.png'), png)
    writeFileSync(path.join(folder, 'Page.html'), SAVED_PAGE)
    const app = await openTestApp(tempDir())
    const result = await app.imports.importFile(path.join(folder, 'Page.html'))
    expect(result.status).toBe('imported')
    const [chart, missing] = figures((await app.library.body(result.articleId!)).blocks)
    expect(chart.image.asset).toBeDefined()
    expect(readFileSync(app.assets.path(chart.image.asset!)!)).toEqual(png)
    expect(missing.image).toMatchObject({ alt: 'A missing chart' })
    expect(missing.image.asset).toBeUndefined()
    expect(app.library.article(result.articleId!).assets).toEqual([chart.image.asset])
    await app.store.close()
  })

  it.skipIf(!markdownFigures)(
    'Markdown imports with the pictures it names beside it; dropped bytes have no folder to look in',
    async () => {
      const folder = tempDir()
      mkdirSync(path.join(folder, 'img'))
      writeFileSync(path.join(folder, 'img', 'chart.png'), solidPng(8, 8, [20, 220, 20]))
      writeFileSync(path.join(folder, 'notes.md'), MARKDOWN)
      const app = await openTestApp(tempDir())
      const byPath = await app.imports.importFile(path.join(folder, 'notes.md'))
      expect(app.library.article(byPath.articleId!).assets).toHaveLength(1)
      const dropped = await app.imports.importBytes('notes.md', Buffer.from(MARKDOWN), { keepDuplicates: true })
      expect(dropped.status).toBe('imported')
      expect(figures((await app.library.body(dropped.articleId!)).blocks)[0].image.asset).toBeUndefined()
      await app.store.close()
    }
  )

  it('fills the article’s assets from figures a parser gives, for a file imported by path only', async () => {
    const folder = tempDir()
    mkdirSync(path.join(folder, 'Page_files'))
    writeFileSync(path.join(folder, 'Page_files', 'chart.png'), solidPng(8, 8, [20, 20, 220]))
    writeFileSync(path.join(folder, 'Page.html'), 'parsed by the parser below')
    const blocks: Block[] = [
      { kind: 'paragraph', text: PROSE },
      { kind: 'figure', text: 'The chart.', image: { src: 'Page_files/chart.png', alt: 'A blue chart' } },
      { kind: 'figure', text: 'Gone.', image: { src: 'Page_files/missing.png', alt: 'A missing chart' } }
    ]
    const parser: Parser = { parse: async () => ({ ok: true, value: { meta: { title: 'A saved page', format: 'html' }, blocks } }) }
    const app = await openTestApp(tempDir())
    const imports = new ImportService(app.store, app.library, noDesktop, parser, {}, app.assets)
    const result = await imports.importFile(path.join(folder, 'Page.html'))
    const [chart, missing] = figures((await app.library.body(result.articleId!)).blocks)
    expect(app.library.article(result.articleId!).assets).toEqual([chart.image.asset])
    expect(existsSync(app.assets.path(chart.image.asset!)!)).toBe(true)
    expect(missing.image).toEqual({ src: 'Page_files/missing.png', alt: 'A missing chart' })

    const dropped = await imports.importBytes('Page.html', Buffer.from('x'), { keepDuplicates: true })
    expect(app.library.article(dropped.articleId!).assets).toBeUndefined()
    expect(figures((await app.library.body(dropped.articleId!)).blocks)[0].image.asset).toBeUndefined()
    await app.store.close()
  })
})
