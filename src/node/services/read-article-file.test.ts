import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../test-support/temp-dir'
import { ASYNC_CALLS, readArticleFile as readWith, SYNC_CALLS } from './read-article-file'

const tempDir = useTempDirs()

// The same reads and the same reasons through the thread pool (the app) and synchronously (the command line).
describe.each([
  ['through the thread pool', ASYNC_CALLS],
  ['synchronously', SYNC_CALLS]
])('readArticleFile %s', (_, calls) => {
  const readArticleFile = (file: string | Buffer, maxBytes?: number) => readWith(file, maxBytes, calls)

  it('reads a regular file up to the limit, and refuses one byte more', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'ten.txt'), '0123456789')
    expect(await readArticleFile(path.join(dir, 'ten.txt'), 10)).toEqual({ ok: true, value: Buffer.from('0123456789') })
    expect(await readArticleFile(path.join(dir, 'ten.txt'), 9)).toEqual({
      ok: false,
      error: 'it is larger than the 0 MB an article may have'
    })
    writeFileSync(path.join(dir, 'empty.txt'), '')
    expect(await readArticleFile(path.join(dir, 'empty.txt'))).toEqual({ ok: true, value: Buffer.alloc(0) })
  })

  it('says why it will not read what is not a regular file, or not there', async () => {
    const dir = tempDir()
    const fifo = path.join(dir, 'pipe')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    mkdirSync(path.join(dir, 'folder'))
    const why = async (file: string | Buffer) => ((await readArticleFile(file)) as { error: string }).error
    expect(await why(fifo)).toBe('it is not a regular file (a device, pipe or socket)')
    expect(await why('/dev/zero')).toBe('it is not a regular file (a device, pipe or socket)')
    expect(await why(path.join(dir, 'folder'))).toBe('it is a folder')
    expect(await why(path.join(dir, 'none.txt'))).toBe('it does not exist')
    expect(await why(path.join(dir, 'caf\uFFFD.txt'))).toBe(
      'the file name is not valid UTF-8 and no file has it as decoded; rename the file'
    )
  })

  it('reads a file by the bytes of its name', async () => {
    const name = Buffer.from(path.join(tempDir(), 'caf\xe9.txt'), 'latin1')
    writeFileSync(name, 'text')
    expect(await readArticleFile(name)).toEqual({ ok: true, value: Buffer.from('text') })
  })
})
