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
import { snapshotBody, SNAPSHOT_FORMAT, SNAPSHOTS, snapshotBytes, listingBytes, yielder } from './snapshot-file'

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

/** Writes this device's snapshot; resolves with its size in bytes. */
export async function compact(input: CompactionInput): Promise<number> {
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
  const listing = listingBytes(header, state)
  // Changes applied while the snapshot was built may be in it: they must be in the log before it is written.
  await input.flush()
  const file = snapshotPath(input.dir, state.device)
  await fs.mkdir(path.dirname(file), { recursive: true })
  await withFileLock(
    input.lockFile,
    async (lease) => {
      await writeFileAtomic(file, text, () => lease.assertHeld())
      await writeFileAtomic(file.replace(/\.json$/, '.list.json'), listing, () => lease.assertHeld())
    },
    input.lockOptions
  )
  await input.backups?.add(libraryJson).catch(() => null)
  return text.length
}
