// Compaction: this device's snapshot rewritten to include everything applied so far, so that opening
// replays little. Built in slices that give way to clicks between them (a reader's change is never
// kept waiting behind it), then written under this device's lock, with the check that the lock is
// still ours right before the file is replaced. A backup of the library is made from the same text.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { Library } from '../../../shared/model'
import { writeFileAtomic } from '../atomic-file'
import type { Backups } from '../backups'
import { withFileLock, type LockOptions } from '../file-lock'
import type { MergeState } from './merge-state'
import { CHANGES } from './change-log'
import { listingBytes } from './listing-file'
import { readHeader, snapshotBody, SNAPSHOT_FORMAT, SNAPSHOTS, snapshotBytes, yielder } from './snapshot-file'

export interface CompactionInput {
  dir: string
  state: MergeState
  library: Library
  /** How far into each log the state includes, taken when the compaction starts. */
  covered: Map<string, number>
  lockFile: string
  lockOptions: LockOptions
  /** Resolves once every change applied in memory is in the log (a snapshot never holds unlogged changes). */
  flush: () => Promise<void>
  backups?: Backups
  /** Longest stretch of work without giving way, in milliseconds. */
  sliceMs?: number
}

export function snapshotPath(dir: string, device: string): string {
  return path.join(dir, SNAPSHOTS, `${device}.json`)
}

/**
 * A process that did not read a log to its end before the log was retired (log-retirement.ts) would
 * write a snapshot without its last operations, in place of one with them: it must not.
 */
async function assertIncludesRetired(dir: string, file: string, covered: ReadonlyMap<string, number>): Promise<void> {
  const onDisk = await readHeader(file)
  for (const [name, end] of Object.entries(onDisk?.covered ?? {})) {
    if (end <= (covered.get(name) ?? 0)) continue
    if (!(await fs.stat(path.join(dir, CHANGES, name)).catch(() => null)))
      throw new Error('this process has not read changes that the snapshot holds and whose log is gone; it leaves the snapshot as it is')
  }
}

/** Writes this device's snapshot; resolves with its size in bytes, and whether the backup of it is in the set. */
export async function compact(input: CompactionInput): Promise<{ bytes: number; backedUp: boolean }> {
  const { state, library } = input
  const header = {
    snapshot: SNAPSHOT_FORMAT,
    device: state.device,
    clock: state.clock,
    revision: library.revision,
    covered: Object.fromEntries(input.covered)
  }
  const pause = yielder(input.sliceMs ?? 8)
  const { body, library: libraryJson } = await snapshotBody(state, library, pause)
  const text = snapshotBytes(header, body)
  const listing = await listingBytes(header, state, pause)
  // Changes applied while the snapshot was built may be in it: they must be in the log before it is written.
  await input.flush()
  const file = snapshotPath(input.dir, state.device)
  await fs.mkdir(path.dirname(file), { recursive: true })
  await withFileLock(
    input.lockFile,
    async (lease) => {
      await assertIncludesRetired(input.dir, file, input.covered)
      await writeFileAtomic(file, text, () => lease.assertHeld())
      await writeFileAtomic(file.replace(/\.json$/, '.list.json'), listing, () => lease.assertHeld())
    },
    input.lockOptions
  )
  // Made or already there (the newest backup holds the same bytes): either way a backup holds what the snapshot holds.
  const backedUp = input.backups
    ? await input.backups.add(libraryJson).then(
        () => true,
        () => false
      )
    : false
  return { bytes: text.reduce((n, piece) => n + piece.length, 0), backedUp }
}
