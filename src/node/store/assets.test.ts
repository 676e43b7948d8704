import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ASSET_NAME } from '../../shared/asset-url'
import { MAX_IMAGE_BYTES } from '../../shared/limits'
import { PICTURE_HEADS, solidPng } from '../test-support/pictures'
import { useTempDirs } from '../test-support/temp-dir'
import { AssetStore } from './assets'

const tempDir = useTempDirs()
const saved = async (store: AssetStore, bytes: Uint8Array) => {
  const result = await store.save(bytes)
  if (!result.ok) throw new Error(result.error)
  return result.value
}
const hoursAgo = (file: string, hours: number) => {
  const then = new Date(Date.now() - hours * 3_600_000)
  utimesSync(file, then, then)
}

describe('AssetStore.save', () => {
  it('keeps a picture once, in assets/<sha256>.<ext>, and writes nothing the second time', async () => {
    const dir = tempDir()
    const store = new AssetStore(dir)
    const png = solidPng(2, 2, [200, 30, 30])
    const name = await saved(store, png)
    expect(name).toMatch(ASSET_NAME)
    expect(name.endsWith('.png')).toBe(true)
    const file = path.join(dir, 'assets', name)
    expect(readFileSync(file)).toEqual(png)
    hoursAgo(file, 3)
    const inode = (await import('node:fs')).statSync(file).ino
    expect(await saved(store, png)).toBe(name)
    expect((await import('node:fs')).statSync(file).ino).toBe(inode)
    expect(readdirSync(path.join(dir, 'assets'))).toEqual([name])
  })

  it('names each format by its magic bytes, whatever the bytes are called elsewhere', async () => {
    const store = new AssetStore(tempDir())
    for (const [ext, bytes] of Object.entries(PICTURE_HEADS)) expect((await saved(store, bytes)).split('.')[1]).toBe(ext)
  })

  it('refuses what is not a picture, an empty file and one over the size limit, with a sentence', async () => {
    const dir = tempDir()
    const store = new AssetStore(dir)
    const refusals = [
      Buffer.from('<html><script>alert(1)</script></html>'),
      Buffer.from('%PDF-1.7 not a picture'),
      Buffer.alloc(0),
      Buffer.concat([solidPng(1, 1, [0, 0, 0]), Buffer.alloc(MAX_IMAGE_BYTES)])
    ]
    for (const bytes of refusals) {
      const result = await store.save(bytes)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error).toMatch(/^The [^(]*\.$/)
    }
    expect(existsSync(path.join(dir, 'assets')) ? readdirSync(path.join(dir, 'assets')) : []).toEqual([])
  })

  it('keeps an SVG only sanitised: no script, handler, style, foreignObject or outside reference', async () => {
    const dir = tempDir()
    const store = new AssetStore(dir)
    const hostile =
      '<?xml version="1.0"?>\n<!DOCTYPE svg>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">' +
      '<style>@import url(http://evil.test/x.css);</style><script>alert(2)</script>' +
      '<a href="javascript:alert(3)"><rect id="r" width="5" height="5" style="fill:url(http://evil.test/f)"/></a>' +
      '<use xlink:href="#r"/><image href="http://evil.test/i.png"/><foreignObject><div>hi</div></foreignObject>' +
      '<circle cx="5" cy="5" r="2" fill="url(#g)" onclick="alert(4)"/></svg>'
    const name = await saved(store, Buffer.from(hostile))
    expect(name.endsWith('.svg')).toBe(true)
    const kept = readFileSync(path.join(dir, 'assets', name), 'utf8')
    expect(kept).toContain('<circle')
    expect(kept).toContain('url(#g)')
    expect(kept).toContain('viewBox="0 0 10 10"')
    for (const gone of ['script', 'onload', 'onclick', 'javascript:', 'evil.test', 'foreignObject', '<style', 'alert'])
      expect(kept).not.toContain(gone)
    // The same SVG again is the same sanitised file.
    expect(await saved(store, Buffer.from(hostile))).toBe(name)
  })

  it('keeps an SVG of nothing but a script as an empty picture, and refuses text that only starts like one', async () => {
    const dir = tempDir()
    const name = await saved(new AssetStore(dir), Buffer.from('<svg><script>alert(1)</script>'))
    expect(readFileSync(path.join(dir, 'assets', name), 'utf8')).not.toContain('alert')
    expect((await new AssetStore(tempDir()).save(Buffer.from('<svgx>'))).ok).toBe(false)
  })
})

describe('AssetStore.path', () => {
  it('names files of the assets folder only, for valid names', () => {
    const dir = tempDir()
    const store = new AssetStore(dir)
    const name = `${'a'.repeat(64)}.png`
    expect(store.path(name)).toBe(path.join(dir, 'assets', name))
    for (const bad of ['../library.json', `${'a'.repeat(64)}.html`, `${'A'.repeat(64)}.png`, `x/${name}`, ''])
      expect(store.path(bad)).toBeUndefined()
  })
})

describe('AssetStore: removing what no article uses', () => {
  it('removeUnused removes the named candidates nobody uses and nothing else', async () => {
    const dir = tempDir()
    const store = new AssetStore(dir)
    const [a, b, c] = [
      await saved(store, solidPng(1, 1, [1, 0, 0])),
      await saved(store, solidPng(1, 1, [2, 0, 0])),
      await saved(store, solidPng(1, 1, [3, 0, 0]))
    ]
    writeFileSync(path.join(dir, 'assets', 'notes.txt'), 'the reader’s')
    expect(await store.removeUnused(new Set([a]), [a, b])).toBe(1)
    expect(readdirSync(path.join(dir, 'assets')).sort()).toEqual([a, c, 'notes.txt'].sort())
    expect(await store.removeUnused(new Set([a]))).toBe(1)
    expect(readdirSync(path.join(dir, 'assets')).sort()).toEqual([a, 'notes.txt'].sort())
  })

  it('removeOrphans spares young files and files in use', async () => {
    const dir = tempDir()
    const store = new AssetStore(dir)
    const [used, old, young] = [
      await saved(store, solidPng(1, 1, [1, 0, 0])),
      await saved(store, solidPng(1, 1, [2, 0, 0])),
      await saved(store, solidPng(1, 1, [3, 0, 0]))
    ]
    hoursAgo(path.join(dir, 'assets', used), 2)
    hoursAgo(path.join(dir, 'assets', old), 2)
    expect(await store.removeOrphans(new Set([used]))).toBe(1)
    expect(readdirSync(path.join(dir, 'assets')).sort()).toEqual([used, young].sort())
  })

  it('removes the temporary file of a picture write that died, once it is old', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'assets'))
    const temp = path.join(dir, 'assets', `.${'a'.repeat(64)}.png.4242.0123456789ab.tmp`)
    writeFileSync(temp, 'half a picture')
    hoursAgo(temp, 1)
    await new AssetStore(dir).removeStaleTemp()
    expect(existsSync(temp)).toBe(false)
  })

  it('saving again a picture an old orphan already holds makes it young, so the sweep spares it', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'assets'))
    const store = new AssetStore(dir)
    const png = solidPng(1, 1, [9, 9, 9])
    const name = await saved(store, png)
    hoursAgo(path.join(dir, 'assets', name), 2)
    await saved(store, png)
    expect(await store.removeOrphans(new Set())).toBe(0)
  })
})
