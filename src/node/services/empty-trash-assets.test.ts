import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { solidPng } from '../test-support/pictures'
import { useTempDirs } from '../test-support/temp-dir'
import { openTestApp } from '../test-support/test-app'
import type { AppContext } from '../open-app'

const tempDir = useTempDirs()

async function pictureArticle(app: AppContext, id: string, assets: string[]) {
  await app.library.addArticle({ id, title: `Pictures ${id}`, format: 'html', tags: [], assets }, [
    { kind: 'paragraph', text: `The article ${id} with its pictures.` }
  ])
}

async function save(app: AppContext, shade: number): Promise<string> {
  const result = await app.assets.save(solidPng(1, 1, [shade, 0, 0]))
  if (!result.ok) throw new Error(result.error)
  return result.value
}

describe('emptying the trash removes the pictures no article uses any more', () => {
  it('removes a trashed article’s own picture and keeps one another article still shows', async () => {
    const app = await openTestApp(tempDir())
    const [own, shared, other] = [await save(app, 1), await save(app, 2), await save(app, 3)]
    await pictureArticle(app, 'gone', [own, shared])
    await pictureArticle(app, 'kept', [shared, other])
    await app.library.trashArticle('gone')
    await app.library.emptyTrash()
    expect(existsSync(app.assets.path(own)!)).toBe(false)
    expect(existsSync(app.assets.path(shared)!)).toBe(true)
    expect(existsSync(app.assets.path(other)!)).toBe(true)

    await app.library.trashArticle('kept')
    await app.library.emptyTrash()
    expect(existsSync(app.assets.path(shared)!)).toBe(false)
    expect(existsSync(app.assets.path(other)!)).toBe(false)
    await app.store.close()
  })

  it('keeps the pictures of an article that is only in the trash', async () => {
    const app = await openTestApp(tempDir())
    const picture = await save(app, 4)
    await pictureArticle(app, 'trashed', [picture])
    await app.library.trashArticle('trashed')
    await app.store.close()
    const again = await openTestApp(app.store.dir)
    expect(existsSync(again.assets.path(picture)!)).toBe(true)
    await again.store.close()
  })
})

describe('opening the library sweeps orphan pictures', () => {
  it('removes old pictures no article names, and spares young ones and the reader’s other files', async () => {
    const dir = tempDir()
    const first = await openTestApp(dir)
    const [used, orphan, young] = [await save(first, 5), await save(first, 6), await save(first, 7)]
    await pictureArticle(first, 'a1', [used])
    await first.store.close()
    const old = new Date(Date.now() - 2 * 3_600_000)
    for (const name of [used, orphan]) utimesSync(first.assets.path(name)!, old, old)
    mkdirSync(path.join(dir, 'assets'), { recursive: true })
    writeFileSync(path.join(dir, 'assets', 'readme.txt'), 'not a picture')
    utimesSync(path.join(dir, 'assets', 'readme.txt'), old, old)

    const app = await openTestApp(dir)
    expect(existsSync(app.assets.path(used)!)).toBe(true)
    expect(existsSync(app.assets.path(orphan)!)).toBe(false)
    expect(existsSync(app.assets.path(young)!)).toBe(true)
    expect(existsSync(path.join(dir, 'assets', 'readme.txt'))).toBe(true)
    await app.store.close()
  })
})
