import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Block, FigureBlock } from '../../shared/model'
import { AssetStore } from '../store/assets'
import { solidPng } from '../test-support/pictures'
import { useTempDirs } from '../test-support/temp-dir'
import { isRelativePicture, saveLocalPictures } from './local-pictures'

const tempDir = useTempDirs()
const figure = (src: string, alt = 'a picture'): FigureBlock => ({ kind: 'figure', text: `Caption of ${src}`, image: { src, alt } })
const assetOf = (block: Block | undefined) => (block?.kind === 'figure' ? block.image.asset : 'not a figure')

/** A saved page's folder: `Page.html` beside `Page_files/` with a picture in it. */
function savedPage() {
  const folder = tempDir()
  mkdirSync(path.join(folder, 'Page_files'))
  const png = solidPng(4, 4, [250, 10, 10])
  writeFileSync(path.join(folder, 'Page_files', 'chart one.png'), png)
  return { folder, png }
}

describe('pictures beside an imported file', () => {
  it('saves a figure’s picture from the page’s _files folder, percent-encoded or not, once', async () => {
    const { folder, png } = savedPage()
    const dataDir = tempDir()
    const blocks: Block[] = [
      { kind: 'paragraph', text: 'Before.' },
      figure('Page_files/chart%20one.png'),
      figure('./Page_files/chart one.png')
    ]
    const result = await saveLocalPictures(blocks, folder, new AssetStore(dataDir))
    expect(result.saved).toBe(2)
    expect(result.failed).toBe(0)
    expect(result.assets).toHaveLength(1)
    expect(assetOf(result.blocks[1])).toBe(result.assets[0])
    expect(assetOf(result.blocks[2])).toBe(result.assets[0])
    expect(readFileSync(new AssetStore(dataDir).path(result.assets[0])!)).toEqual(png)
    expect(assetOf(blocks[1])).toBeUndefined()
  })

  it('never reads outside the file’s folder, through ../, an absolute path or a symlink', async () => {
    const { folder } = savedPage()
    const outside = tempDir()
    writeFileSync(path.join(outside, 'secret.png'), solidPng(1, 1, [1, 2, 3]))
    symlinkSync(path.join(outside, 'secret.png'), path.join(folder, 'Page_files', 'link.png'))
    symlinkSync(outside, path.join(folder, 'Page_files', 'dir'))
    const sources = [
      `../${path.basename(outside)}/secret.png`,
      path.join(outside, 'secret.png'),
      `file://${path.join(outside, 'secret.png')}`,
      'Page_files/link.png',
      'Page_files/dir/secret.png',
      'Page_files/%2e%2e/%2e%2e/secret.png'
    ]
    const store = new AssetStore(tempDir())
    const result = await saveLocalPictures(
      sources.map((s) => figure(s)),
      folder,
      store
    )
    expect(result.assets).toEqual([])
    for (const block of result.blocks) expect(assetOf(block)).toBeUndefined()
  })

  it('leaves a missing, oversized or non-picture file as a figure with its alt text, and keeps going', async () => {
    const { folder } = savedPage()
    writeFileSync(path.join(folder, 'Page_files', 'script.js'), 'alert(1)')
    mkdirSync(path.join(folder, 'Page_files', 'folder.png'))
    const blocks = [
      figure('Page_files/gone.png', 'gone'),
      figure('Page_files/script.js'),
      figure('Page_files/folder.png'),
      figure('Page_files/chart one.png')
    ]
    const result = await saveLocalPictures(blocks, folder, new AssetStore(tempDir()))
    expect(result).toMatchObject({ saved: 1, failed: 3 })
    expect(result.blocks.map(assetOf).filter(Boolean)).toHaveLength(1)
    expect(result.blocks[0]).toEqual(blocks[0])
  })

  it('looks up relative paths only; web addresses are the URL import’s to fetch', () => {
    for (const src of ['img/x.png', './x.png', 'Page_files/a%20b.jpg', 'x.png?v=2']) expect(isRelativePicture(src), src).toBe(true)
    for (const src of [
      'https://example.org/x.png',
      'http://x/y.png',
      'data:image/png;base64,AA',
      'file:///etc/x',
      '/etc/x.png',
      '//cdn/x.png',
      ''
    ])
      expect(isRelativePicture(src), src).toBe(false)
  })
})
