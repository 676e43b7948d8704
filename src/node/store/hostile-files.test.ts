// A tampered library folder: things in the place of Diptych's files, fields Diptych does not know,
// versions it cannot read, bodies nothing refers to any more, data that would not read back.
import { existsSync, mkdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { emptyLibrary, SCHEMA_VERSION, type ArticleBody } from '../../shared/model'
import { useTempDirs } from '../test-support/temp-dir'
import { article, highlight } from '../test-support/library-fixtures'
import { libraryOnDisk } from './library-on-disk'
import { Store } from './store'

const tempDir = useTempDirs()

const twoHoursAgo = () => new Date(Date.now() - 2 * 3_600_000)

describe('something else in the place of the lock file', () => {
  // The lock keeps two processes of one computer from rewriting its snapshot at once.
  const lockOf = (store: Store) => path.join(store.dir, 'changes', store.device, 'snapshot.lock')

  it('a folder: the snapshot is not written, saying what is in the way, and changes are still saved', async () => {
    const dir = tempDir()
    const store = await Store.open(dir, { lockTimeoutMs: 100 })
    mkdirSync(lockOf(store))
    await store.update((lib) => void lib.articles.push(article('a1')))
    await expect(store.compact()).rejects.toThrow(
      `snapshot.lock in ${path.dirname(lockOf(store))} is a folder, not Diptych's lock file; remove it`
    )
    expect(existsSync(lockOf(store))).toBe(true)
    expect((await libraryOnDisk(dir)).articles.map((a) => a.id)).toEqual(['a1'])
  })

  it('a symbolic link to nothing: the snapshot is not written, saying what is in the way', async () => {
    const dir = tempDir()
    const store = await Store.open(dir, { lockTimeoutMs: 100 })
    symlinkSync(path.join(dir, 'nowhere'), lockOf(store))
    await store.update((lib) => void lib.articles.push(article('a1')))
    await expect(store.compact()).rejects.toThrow(
      `snapshot.lock in ${path.dirname(lockOf(store))} is a symbolic link, not Diptych's lock file; remove it`
    )
  })
})

describe('library.json', () => {
  it('replaced by a folder: opening says so in a sentence naming it, and leaves the folder alone', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'library.json'))
    writeFileSync(path.join(dir, 'library.json', 'notes.txt'), 'mine')
    await expect(Store.open(dir)).rejects.toThrow(`${path.join(dir, 'library.json')} is a folder, not Diptych's library file; move it away`)
    expect(readFileSync(path.join(dir, 'library.json', 'notes.txt'), 'utf8')).toBe('mine')
  })

  it('keeps fields it does not know, at the top and in records, across a write', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'library.json')
    const lib = { ...emptyLibrary(), futureTopLevel: { keep: true }, articles: [{ ...article('a1'), futureField: 'kept' }] }
    lib.highlights = [{ ...highlight('h1'), colourName: 'sunflower' } as never]
    writeFileSync(file, JSON.stringify(lib))
    const store = await Store.open(dir)
    await store.update((l) => void (l.settings.positions.a1 = 5))
    await store.update((l) => void (l.articles[0].title = 'Changed'))
    const written = JSON.parse(JSON.stringify(await libraryOnDisk(dir)))
    expect(written.futureTopLevel).toEqual({ keep: true })
    expect(written.articles[0].futureField).toBe('kept')
    expect(written.highlights[0].colourName).toBe('sunflower')
    expect(written.settings.positions.a1).toBe(5)
  })

  for (const version of ['"99"', String(SCHEMA_VERSION + 1), '99']) {
    it(`with schemaVersion ${version} is refused as made by a newer Diptych, and not changed`, async () => {
      const dir = tempDir()
      const file = path.join(dir, 'library.json')
      const text = JSON.stringify({ ...emptyLibrary(), articles: [article('a1')] }).replace(
        `"schemaVersion":${SCHEMA_VERSION}`,
        `"schemaVersion":${version}`
      )
      writeFileSync(file, text)
      await expect(Store.open(dir)).rejects.toThrow(/newer version of Diptych.*not changed/s)
      expect(readFileSync(file, 'utf8')).toBe(text)
    })
  }
})

describe('article bodies', () => {
  it('removes on opening an old body no article refers to, and keeps young ones and those of trashed articles', async () => {
    const dir = tempDir()
    const store = await Store.open(dir)
    for (const id of ['kept', 'trashed', 'orphan-old', 'orphan-young'])
      await store.writeBody({ id, blocks: [{ kind: 'paragraph', text: id }] })
    await store.update((lib) => {
      lib.articles.push(article('kept'), article('trashed', { deletedAt: '2024-05-17T00:00:00.000Z' }))
    })
    await store.close()
    for (const id of ['kept', 'trashed', 'orphan-old']) utimesSync(store.bodyPath(id), twoHoursAgo(), twoHoursAgo())
    const notes = path.join(dir, 'articles', 'my notes.txt')
    writeFileSync(notes, 'not a body')
    utimesSync(notes, twoHoursAgo(), twoHoursAgo())

    const reopened = await Store.open(dir)
    expect(existsSync(reopened.bodyPath('orphan-old'))).toBe(false)
    expect(existsSync(reopened.bodyPath('orphan-young'))).toBe(true)
    expect(existsSync(reopened.bodyPath('kept'))).toBe(true)
    expect(existsSync(reopened.bodyPath('trashed'))).toBe(true)
    expect(existsSync(notes)).toBe(true)
  })

  it('refuses to write a body that would not read back', async () => {
    const store = await Store.open(tempDir())
    const bad = { id: 'b1', blocks: [{ kind: 'nonsense', text: 'x' }] } as unknown as ArticleBody
    await expect(store.writeBody(bad)).rejects.toThrow(/Could not save the article/)
    expect(existsSync(store.bodyPath('b1'))).toBe(false)
  })
})

describe('a change that would leave a library that does not read back', () => {
  it('is refused, and the changes before and after it are saved', async () => {
    const dir = tempDir()
    const store = await Store.open(dir)
    await store.update((lib) => void lib.articles.push(article('a1')))
    await expect(store.update((lib) => void lib.highlights.push({ ...highlight('h1'), position: { start: 5, end: 2 } }))).rejects.toThrow(
      /not saved/
    )
    await store.update((lib) => void lib.highlights.push(highlight('h2')))
    const reopened = await Store.open(dir)
    expect(reopened.data.articles.map((a) => a.id)).toEqual(['a1'])
    expect(reopened.data.highlights.map((h) => h.id)).toEqual(['h2'])
    expect(store.data.highlights.map((h) => h.id)).toEqual(['h2'])
  })
})
