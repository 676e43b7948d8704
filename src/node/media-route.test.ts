import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { solidPng } from './test-support/pictures'
import { useTempDirs } from './test-support/temp-dir'
import { AssetStore } from './store/assets'
import { isMediaPath, readMedia } from './media-route'

const tempDir = useTempDirs()

async function libraryWith(bytes: Uint8Array): Promise<{ dir: string; name: string }> {
  const dir = tempDir()
  const saved = await new AssetStore(dir).save(bytes)
  if (!saved.ok) throw new Error(saved.error)
  return { dir, name: saved.value }
}

describe('the media route', () => {
  it('serves a saved picture with its content type, not sniffed', async () => {
    const png = solidPng(3, 3, [10, 20, 30])
    const { dir, name } = await libraryWith(png)
    const answer = await readMedia(dir, `/media/${name}`)
    expect(answer.status).toBe(200)
    if (answer.status !== 200) return
    expect(answer.body).toEqual(png)
    expect(answer.headers['Content-Type']).toBe('image/png')
    expect(answer.headers['X-Content-Type-Options']).toBe('nosniff')
    expect(answer.headers['Content-Security-Policy']).toBeUndefined()
  })

  it('serves an SVG under a policy that lets it run and fetch nothing', async () => {
    const { dir, name } = await libraryWith(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>'))
    const answer = await readMedia(dir, `/media/${name}`)
    expect(answer.status).toBe(200)
    if (answer.status !== 200) return
    expect(answer.headers['Content-Type']).toBe('image/svg+xml')
    expect(answer.headers['Content-Security-Policy']).toBe("default-src 'none'; style-src 'unsafe-inline'")
  })

  it('answers 404 for anything but an existing asset file of the library', async () => {
    const { dir, name } = await libraryWith(solidPng(1, 1, [0, 0, 0]))
    writeFileSync(path.join(dir, 'library.json'), '{}')
    const secret = path.join(tempDir(), 'secret.png')
    writeFileSync(secret, solidPng(1, 1, [1, 1, 1]))
    const linked = `${'b'.repeat(64)}.png`
    symlinkSync(secret, path.join(dir, 'assets', linked))
    mkdirSync(path.join(dir, 'assets', `${'c'.repeat(64)}.png`))
    const refused = [
      '/media/../library.json',
      '/media/%2e%2e/library.json',
      `/media/${name}/x`,
      `/media/${name.toUpperCase()}`,
      `/media/${'d'.repeat(64)}.png`,
      `/media/${linked}`,
      `/media/${'c'.repeat(64)}.png`,
      `/assets/${name}`,
      `/media/x/${name}`,
      '/media/'
    ]
    for (const pathname of refused) expect(await readMedia(dir, pathname), pathname).toEqual({ status: 404 })
  })

  it('claims every path under /media/ and no other', () => {
    expect(isMediaPath('/media/anything')).toBe(true)
    expect(isMediaPath('/index.html')).toBe(false)
    expect(isMediaPath('/assets/index.js')).toBe(false)
  })
})
