// Many files written in one batch: each one whole or as it was, and no temporary file left behind.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../test-support/temp-dir'
import { writeFilesAtomic } from './atomic-file'

const tempDir = useTempDirs()

describe('writeFilesAtomic', () => {
  it('writes every file whole, replacing those there', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'b.md'), 'old')
    const entries = Array.from({ length: 40 }, (_, i) => ({
      file: path.join(dir, `${String.fromCharCode(97 + (i % 26))}${i}.md`),
      data: `file ${i}\n`.repeat(i + 1)
    }))
    await writeFilesAtomic([...entries, { file: path.join(dir, 'b.md'), data: 'new' }])
    for (const { file, data } of entries) expect(readFileSync(file, 'utf8')).toBe(data)
    expect(readFileSync(path.join(dir, 'b.md'), 'utf8')).toBe('new')
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('on a failure leaves the files as they were and removes its temporary files', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'kept.md'), 'as it was')
    const entries = [
      { file: path.join(dir, 'kept.md'), data: 'replaced?' },
      ...Array.from({ length: 20 }, (_, i) => ({ file: path.join(dir, `n${i}.md`), data: 'x' })),
      { file: path.join(dir, 'missing-folder', 'z.md'), data: 'cannot be written' }
    ]
    await expect(writeFilesAtomic(entries)).rejects.toThrow()
    expect(readFileSync(path.join(dir, 'kept.md'), 'utf8')).toBe('as it was')
    expect(readdirSync(dir).sort()).toEqual(['kept.md'])
  })
})
