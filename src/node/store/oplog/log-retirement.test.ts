// A change log goes only once every device's snapshot holds it whole: a device that was away keeps it.
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { article } from '../../test-support/library-fixtures'
import { useTempDirs } from '../../test-support/temp-dir'
import { Store } from '../store'
import { retirable } from './log-retirement'
import type { SnapshotHeader } from './snapshot-file'

const tempDir = useTempDirs()

const header = (device: string, covered: Record<string, number>): SnapshotHeader => ({
  snapshot: 1,
  device,
  clock: '',
  revision: 0,
  covered
})
const OLD = 'aaaa/m1-0000000a.jsonl'
const LIVE = 'aaaa/m2-0000000b.jsonl'
const logs = new Map([
  [OLD, 100],
  [LIVE, 50],
  ['bbbb/m1-0000000c.jsonl', 70]
])
const closed = new Set(['m1-0000000a', 'm1-0000000c'])

describe('which logs may be retired', () => {
  it('with two devices: only this device’s ended logs that both snapshots hold whole', () => {
    const both = { [OLD]: 100, [LIVE]: 50, 'bbbb/m1-0000000c.jsonl': 70 }
    const snapshots = new Map([
      ['aaaa', header('aaaa', both)],
      ['bbbb', header('bbbb', both)]
    ])
    // The other device's log is its own to retire; the live session's is still being written.
    expect(retirable(logs, 'aaaa', 'aaaa/m3-0000000d.jsonl', closed, snapshots)).toEqual([OLD])
    // The other device was away: its snapshot holds the log only in part, or not at all.
    expect(retirable(logs, 'aaaa', '', closed, new Map([...snapshots, ['bbbb', header('bbbb', { [OLD]: 99 })]]))).toEqual([])
    expect(retirable(logs, 'aaaa', '', closed, new Map([...snapshots, ['bbbb', header('bbbb', {})]]))).toEqual([])
    // Its snapshot cannot be read: nothing is known of what it holds.
    expect(retirable(logs, 'aaaa', '', closed, new Map([...snapshots, ['bbbb', null]]))).toEqual([])
    // This very session's log stays whatever the snapshots say.
    expect(retirable(logs, 'aaaa', OLD, closed, snapshots)).toEqual([])
  })

  it('with three devices: one without a snapshot, or behind, keeps every log', () => {
    const all = { [OLD]: 100 }
    const three = new Map([
      ['aaaa', header('aaaa', all)],
      ['bbbb', header('bbbb', all)],
      ['cccc', header('cccc', all)]
    ])
    expect(retirable(logs, 'aaaa', '', closed, three)).toEqual([OLD])
    expect(retirable(logs, 'aaaa', '', closed, new Map([...three, ['cccc', null]]))).toEqual([])
    expect(retirable(logs, 'aaaa', '', closed, new Map([...three, ['cccc', header('cccc', { [OLD]: 40 })]]))).toEqual([])
  })
})

describe('retiring logs in a folder two devices share', () => {
  const ownLogs = (dir: string, store: Store) => readdirSync(path.join(dir, 'changes', store.device)).filter((n) => n.endsWith('.jsonl'))
  const open = (dir: string, config: string) => Store.open(dir, { configDir: config, compactAfterBytes: Infinity, backupOnOpen: false })

  it('keeps a log until the other device’s snapshot holds it, and loses no change', async () => {
    const dir = tempDir()
    const [laptop, desktop] = [tempDir(), tempDir()]
    const a1 = await open(dir, laptop)
    await a1.update((lib) => void lib.articles.push(article('from-laptop')))
    await a1.close()
    const b1 = await open(dir, desktop)
    await b1.update((lib) => void lib.articles.push(article('from-desktop')))
    await b1.close()

    // The desktop has no snapshot yet: the laptop keeps its first log.
    const a2 = await open(dir, laptop)
    await a2.compact()
    const first = ownLogs(dir, a2)
    expect(first).toHaveLength(1)
    expect(existsSync(path.join(dir, 'changes', a2.device, first[0]))).toBe(true)

    // Once the desktop's snapshot holds it, the laptop's next compaction retires it.
    const b2 = await open(dir, desktop)
    await b2.compact()
    await b2.close()
    await a2.compact()
    expect(ownLogs(dir, a2)).toEqual([])
    await a2.update((lib) => void lib.articles.push(article('later')))
    await a2.close()

    // The desktop has been away since: the laptop keeps what it wrote meanwhile.
    const a3 = await open(dir, laptop)
    await a3.compact()
    expect(ownLogs(dir, a3)).toHaveLength(1)
    await a3.close()

    for (const config of [laptop, desktop]) {
      const again = await open(dir, config)
      expect(again.data.articles.map((a) => a.id).sort()).toEqual(['from-desktop', 'from-laptop', 'later'])
      await again.close()
    }
  })

  it('keeps every log while a third device has no snapshot', async () => {
    const dir = tempDir()
    const [a, b, c] = [tempDir(), tempDir(), tempDir()]
    for (const config of [a, b, c]) {
      const s = await open(dir, config)
      await s.update((lib) => void lib.articles.push(article(`by-${path.basename(config)}`)))
      await s.close()
    }
    for (const config of [a, b]) {
      const s = await open(dir, config)
      await s.compact()
      await s.close()
    }
    const first = await open(dir, a)
    await first.compact()
    expect(ownLogs(dir, first)).toHaveLength(1)
    const third = await open(dir, c)
    await third.compact()
    await third.close()
    await first.compact()
    expect(ownLogs(dir, first)).toEqual([])
    expect(first.data.articles).toHaveLength(3)
    await first.close()
  })

  it('does not let a process that never read a retired log write a snapshot without it', async () => {
    const dir = tempDir()
    const laptop = tempDir()
    const idle = await open(dir, laptop)
    const writer = await open(dir, laptop)
    await writer.update((lib) => void lib.articles.push(article('written-meanwhile')))
    await writer.close()
    const compactor = await open(dir, laptop)
    await compactor.compact()
    await compactor.close()
    expect(ownLogs(dir, compactor)).toEqual([])
    await expect(idle.compact()).rejects.toThrow()
    await idle.close()
    const again = await open(dir, laptop)
    expect(again.data.articles.map((a) => a.id)).toEqual(['written-meanwhile'])
    await again.close()
  })

  it('keeps the logs while the compaction could not back the library up', async () => {
    const dir = tempDir()
    const laptop = tempDir()
    const first = await open(dir, laptop)
    await first.update((lib) => void lib.articles.push(article('only-in-the-log')))
    await first.close()
    const second = await open(dir, laptop)
    // The backups folder taken by a file: no backup can be made.
    rmSync(path.join(dir, 'backups'), { recursive: true, force: true })
    writeFileSync(path.join(dir, 'backups'), 'in the way')
    await second.compact()
    expect(ownLogs(dir, second)).toHaveLength(1)
    rmSync(path.join(dir, 'backups'))
    await second.compact()
    expect(ownLogs(dir, second)).toEqual([])
    await second.close()
  })
})
