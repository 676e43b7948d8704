import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { ExportRequest } from '../../shared/api'
import type { AppContext } from '../open-app'
import { solidPng } from '../test-support/pictures'
import { useTempDirs } from '../test-support/temp-dir'
import { openTestApp } from '../test-support/test-app'
import type { Rendered } from './export-service'

const tempDir = useTempDirs()
const PNG = solidPng(3, 3, [200, 100, 0])

async function appWithPicture(): Promise<{ app: AppContext; name: string }> {
  const app = await openTestApp(tempDir())
  const saved = await app.assets.save(PNG)
  if (!saved.ok) throw new Error(saved.error)
  await app.library.addArticle({ id: 'pic', title: 'With a picture', format: 'html', tags: [], assets: [saved.value] }, [
    { kind: 'paragraph', text: 'An article that shows a chart.' },
    { kind: 'figure', text: 'The chart.', image: { alt: 'A chart', asset: saved.value, src: 'https://example.org/c.png' } }
  ])
  return { app, name: saved.value }
}

const markdown = (name: string, pictures: string[]): Rendered => ({
  kind: 'file',
  name: 'With a picture.md',
  content: `---\nexported: now\n---\n![A chart](assets/${name})\n`,
  failed: [],
  pictures
})

describe('a Markdown export’s pictures, copied beside it', () => {
  it('copies the pictures into assets/ next to the file, and again without complaint', async () => {
    const { app, name } = await appWithPicture()
    const out = tempDir()
    const target = path.join(out, 'With a picture.md')
    await app.exports.write(markdown(name, [name]), target, { force: true })
    expect(readFileSync(path.join(out, 'assets', name))).toEqual(PNG)
    await app.exports.write(markdown(name, [name]), target, { force: true })
    expect(readFileSync(path.join(out, 'assets', name))).toEqual(PNG)
    await app.store.close()
  })

  it('never replaces a different file of the same name, and then writes nothing at all', async () => {
    const { app, name } = await appWithPicture()
    const out = tempDir()
    mkdirSync(path.join(out, 'assets'))
    writeFileSync(path.join(out, 'assets', name), 'the reader’s own file')
    const target = path.join(out, 'With a picture.md')
    await expect(app.exports.write(markdown(name, [name]), target, { force: true })).rejects.toThrow(/is not the picture of that name/)
    expect(readFileSync(path.join(out, 'assets', name), 'utf8')).toBe('the reader’s own file')
    expect(existsSync(target)).toBe(false)
    await app.store.close()
  })

  it('copies into the folder of a library export', async () => {
    const { app, name } = await appWithPicture()
    const out = path.join(tempDir(), 'export')
    await app.exports.write(
      { kind: 'folder', name: 'Diptych library', files: [{ name: 'a.md', content: 'x' }], failed: [], pictures: [name] },
      out,
      {
        force: false
      }
    )
    expect(readFileSync(path.join(out, 'assets', name))).toEqual(PNG)
    await app.store.close()
  })
})

describe('rendering the pictures of an export that includes the article text', () => {
  const req = (images?: 'copy' | 'link'): ExportRequest => ({
    scope: 'article',
    articleIds: ['pic'],
    format: 'markdown',
    includeNotes: true,
    order: 'reading',
    images,
    includeText: true
  })

  it('leaves the pictures out, and copies none, when the text is not exported', async () => {
    const { app } = await appWithPicture()
    const rendered = await app.exports.render({ ...req(), includeText: false })
    expect(rendered.kind === 'file' && rendered.content).not.toContain('![')
    expect(rendered.pictures).toEqual([])
    await app.store.close()
  })

  it('names the copy beside the export by default, and lists it to copy', async () => {
    const { app, name } = await appWithPicture()
    const rendered = await app.exports.render(req())
    expect(rendered.kind === 'file' && rendered.content).toContain(`(assets/${name})`)
    expect(rendered.pictures).toEqual([name])
    await app.store.close()
  })

  it('links the library’s copy when the reader chooses it, and copies nothing', async () => {
    const { app, name } = await appWithPicture()
    const rendered = await app.exports.render(req('link'))
    expect(rendered.kind === 'file' && rendered.content).toContain(pathToFileURL(app.assets.path(name)!).href)
    expect(rendered.pictures).toEqual([])
    await app.store.close()
  })
})
