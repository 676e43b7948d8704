import { existsSync, promises as fs } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { StoreNotice } from '../../shared/api'
import { useTempDirs } from '../test-support/temp-dir'
import { conflictName, findConflictCopies, resolveConflictCopies } from './conflict-copies'

const tempDir = useTempDirs()

describe('conflictName', () => {
  it.each([
    ['library.sync-conflict-20260130-101530-ABCDEFG.json', 'library.json', 'Syncthing'],
    ['3.sync-conflict-20260130-101530-ABCDEFG.jsonl', '3.jsonl', 'Syncthing'],
    ['settings.sync-conflict-20260130-101530.json', 'settings.json', 'Syncthing'],
    ['notes.sync-conflict-20260130-101530-ABCDEFG', 'notes', 'Syncthing'],
    ["library (Jane's conflicted copy 2026-01-30).json", 'library.json', 'Dropbox'],
    ['library (Jane’s conflicted copy 2026-01-30 (1)).json', 'library.json', 'Dropbox'],
    ['library (conflicted copy 2026-01-30 101530).json', 'library.json', 'Dropbox'],
    ['2 (Jane Doe’s Conflicted Copy).jsonl', '2.jsonl', 'Dropbox']
  ])('reads %s as a copy of %s made by %s', (name, original, tool) => {
    expect(conflictName(name)).toEqual({ original, tool })
  })

  it.each(['library.json', 'library-2026-01-30T10-15-30-000Z.json', 'sync-conflict.json', 'my (copy).json', 'a.tmp-123'])(
    'leaves %s alone',
    (name) => expect(conflictName(name)).toBeNull()
  )
})

describe('conflicted copies in a library folder', () => {
  /** A library folder holding these files (path relative to it → text). */
  async function folderWith(files: Record<string, string>): Promise<string> {
    const dir = tempDir()
    for (const [relative, text] of Object.entries(files)) {
      await fs.mkdir(path.dirname(path.join(dir, relative)), { recursive: true })
      await fs.writeFile(path.join(dir, relative), text)
    }
    return dir
  }

  it('are found in sub-folders too, with what they are copies of, but not in the backups', async () => {
    const dir = await folderWith({
      'library.json': '{}',
      'library.sync-conflict-20260130-101530-ABCDEFG.json': '{"other":1}',
      'changes/laptop/3.sync-conflict-20260130-101530-ABCDEFG.jsonl': 'x',
      'backups/library (conflicted copy 2026-01-30).json': 'x'
    })
    const found = (await findConflictCopies(dir)).map((c) => [c.relative, c.kind, c.tool]).sort()
    expect(found).toEqual([
      ['changes/laptop/3.jsonl', 'change-log', 'Syncthing'],
      ['library.json', 'library', 'Syncthing']
    ])
  })

  it('are told to the reader in a sentence naming the copy, once; an identical copy is removed', async () => {
    const dir = await folderWith({
      'library.json': '{"mine":1}',
      'library (Jane’s conflicted copy 2026-01-30).json': '{"theirs":1}',
      'settings.json': '{"a":1}',
      'settings.sync-conflict-20260130-101530-ABCDEFG.json': '{"a":1}'
    })
    const notices: StoreNotice[] = []
    const seen = new Set<string>()
    await resolveConflictCopies(dir, notices, seen)
    expect(notices).toHaveLength(1)
    expect(notices[0].kind).toBe('conflicted-copy')
    expect(notices[0].message).toContain('Dropbox found library.json changed on two computers at once')
    expect(notices[0].message).toContain('“library (Jane’s conflicted copy 2026-01-30).json”')
    expect(existsSync(path.join(dir, 'settings.sync-conflict-20260130-101530-ABCDEFG.json'))).toBe(false)
    expect(existsSync(path.join(dir, 'library (Jane’s conflicted copy 2026-01-30).json'))).toBe(true)
    await resolveConflictCopies(dir, notices, seen)
    expect(notices).toHaveLength(1)
  })

  it('of a change log go to the store to be read; one it cannot read is told', async () => {
    const dir = await folderWith({
      'changes/laptop/3.jsonl': '{"op":1}\n',
      'changes/laptop/3.sync-conflict-20260130-101530-ABCDEFG.jsonl': '{"op":1}\n{"op":2}\n',
      'changes/desk/1.sync-conflict-20260130-101530-ABCDEFG.jsonl': '{"op":3}\n'
    })
    const merged: string[] = []
    const notices: StoreNotice[] = []
    await resolveConflictCopies(dir, notices, new Set(), {
      mergeChangeLog: async (copy) => (copy.relative === 'changes/laptop/3.jsonl' ? (merged.push(copy.file), true) : false)
    })
    expect(merged.map((f) => path.relative(dir, f))).toEqual(['changes/laptop/3.sync-conflict-20260130-101530-ABCDEFG.jsonl'])
    expect(notices.map((n) => n.message)).toEqual([
      expect.stringContaining('Syncthing found changes/desk/1.jsonl changed on two computers at once')
    ])
  })

  it('with control characters in their names are printed escaped', async () => {
    const dir = await folderWith({
      'odd\u0007.json': 'a',
      'odd\u0007.sync-conflict-20260130-101530-ABCDEFG.json': 'b'
    })
    const notices: StoreNotice[] = []
    await resolveConflictCopies(dir, notices, new Set())
    expect(notices[0].message).toContain('odd\\u0007.sync-conflict')
    expect(notices[0].message).not.toContain('\u0007')
  })
})
