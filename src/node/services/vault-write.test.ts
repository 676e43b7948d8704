// The notes of a library export written as they are rendered: a few at a time, each whole or not at all.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../test-support/temp-dir'
import { writeStaged } from './vault-write'

const tempDir = useTempDirs()

describe('writeStaged', () => {
  it('writes every note, renders only a few ahead of the disk, and leaves no temporary file', async () => {
    const dir = tempDir()
    let given = 0
    let mostAhead = 0
    const count = 40
    await writeStaged(
      count,
      async (i) => {
        // Notes take their names at the end: until then, each one given is a temporary file on disk.
        const onDisk = readdirSync(dir).filter((name) => name.endsWith('.tmp')).length
        mostAhead = Math.max(mostAhead, given - onDisk)
        if (i % 5 === 4) return undefined
        given++
        return { file: path.join(dir, `note ${i}.md`), data: `note ${i}\n` }
      },
      4
    )
    expect(mostAhead).toBeLessThanOrEqual(4)
    const names = readdirSync(dir).sort()
    expect(names).toHaveLength(32)
    expect(names.some((name) => name.endsWith('.tmp'))).toBe(false)
    expect(readFileSync(path.join(dir, 'note 3.md'), 'utf8')).toBe('note 3\n')
  })

  it('replaces nothing and leaves no temporary file when one note cannot be written', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'note 0.md'), 'the reader’s\n')
    const failing = writeStaged(10, async (i) => ({
      file: i === 7 ? path.join(dir, 'no such folder', 'note 7.md') : path.join(dir, `note ${i}.md`),
      data: `new ${i}\n`
    }))
    await expect(failing).rejects.toThrow()
    expect(readdirSync(dir)).toEqual(['note 0.md'])
    expect(readFileSync(path.join(dir, 'note 0.md'), 'utf8')).toBe('the reader’s\n')
    expect(existsSync(path.join(dir, 'note 1.md'))).toBe(false)
  })
})
