// Opening a library folder: the snapshot that includes the most, then every operation of every log that
// it does not include, in clock order. A damaged snapshot is passed over for the next one (this
// device's own is moved aside, never overwritten; another device's is that device's to mend); with none
// left, the newest good backup is the base and every log is replayed onto it. A library of an earlier
// version (one library.json) is read as the base, with its settings.json, and migrated.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { StoreNotice } from '../../../shared/api'
import { emptyLibrary, type Library } from '../../../shared/model'
import { timeStamp, type Backups } from '../backups'
import { CorruptLibraryError, libraryFrom, NewerLibraryError } from '../library-file'
import { LibraryFiles } from '../library-files'
import { recoverLibrary } from '../recovery'
import { byClock } from './change-ops'
import { CHANGES, readLogs } from './change-log'
import type { MergeState } from './merge-state'
import { DamagedSnapshotError, SNAPSHOTS, snapshotsByCoverage, stateFrom, type SnapshotClocks, type SnapshotHeader } from './snapshot-file'

export interface Loaded {
  state: MergeState
  revision: number
  /** How far into each log the state includes. */
  offsets: Map<string, number>
  /** Bytes of the logs replayed on top of the snapshot: what a compaction would fold in. */
  replayedBytes: number
  notices: StoreNotice[]
  /** The file of an earlier version read as the base: to be kept aside once the new files are written. */
  migratedFrom: string | null
  /** Whether this device has a snapshot of its own that was read. */
  ownSnapshot: boolean
}

/** Reads a snapshot whole and checks its library; throws when it is damaged. */
export async function readSnapshot(file: string, device: string): Promise<{ state: MergeState; header: SnapshotHeader }> {
  // Bytes decoded once, whole: reading as text decodes piece by piece and leaves a string JSON.parse must flatten.
  const bytes = await fs.readFile(file)
  const newline = bytes.indexOf(0x0a)
  if (newline < 0) throw new DamagedSnapshotError('the file is cut short')
  let header: SnapshotHeader
  let body: { library?: unknown; clocks?: SnapshotClocks }
  try {
    header = JSON.parse(bytes.toString('utf8', 0, newline)) as SnapshotHeader
    body = JSON.parse(bytes.toString('utf8', newline + 1)) as typeof body
  } catch {
    throw new DamagedSnapshotError('it is not valid JSON')
  }
  const library = libraryFrom(body.library, file)
  return { state: stateFrom(device, library as unknown as Record<string, unknown>, body.clocks), header }
}

export async function loadLibrary(dir: string, device: string, backups: Backups): Promise<Loaded> {
  const notices: StoreNotice[] = []
  const snapshotsDir = path.join(dir, SNAPSHOTS)
  let base: { state: MergeState; header: SnapshotHeader | null } | null = null
  let migratedFrom: string | null = null
  let damaged = false
  const candidates = await snapshotsByCoverage(snapshotsDir, device)
  for (const { file, header } of candidates) {
    try {
      base = await readSnapshot(file, device)
      break
    } catch (error) {
      if (error instanceof NewerLibraryError) throw error
      damaged = true
      const reason = error instanceof CorruptLibraryError ? error.reason : (error as Error).message
      let movedTo: string | undefined
      if (path.basename(file) === `${device}.json`) {
        movedTo = path.join(snapshotsDir, `${device}.corrupt-${timeStamp()}.json`)
        await fs.rename(file, movedTo)
      }
      const whose = header?.device === device || path.basename(file) === `${device}.json` ? 'This computer’s' : 'Another computer’s'
      notices.push({
        kind: 'recovered-from-backup',
        message: `${whose} library snapshot was damaged (${reason}).${movedTo ? ` It was moved to ${movedTo}.` : ''}`,
        movedTo
      })
    }
  }
  const legacy = path.join(dir, 'library.json')
  if (!base && !damaged && (await fs.stat(legacy).catch(() => null))) {
    const files = new LibraryFiles(dir, (notice) => notices.push(notice))
    let library: Library | null
    try {
      library = await files.read()
    } catch (error) {
      if (!(error instanceof CorruptLibraryError)) throw error
      const recovered = await recoverLibrary(legacy, backups, error)
      notices.push(recovered!.notice)
      library = recovered!.library
    }
    if (library) {
      base = { state: stateFrom(device, library as unknown as Record<string, unknown>), header: null }
      migratedFrom = (await fs.stat(legacy).catch(() => null)) ? legacy : null
    }
  }
  if (!base) {
    // No snapshot to start from (none written yet, or none readable): the newest good backup, if any, and
    // every change ever logged on top of it. Replaying a change the backup holds already changes nothing.
    const good = await backups.newestGood()
    base = { state: stateFrom(device, (good?.library ?? emptyLibrary()) as unknown as Record<string, unknown>), header: null }
    const rebuilt = good
      ? `Diptych rebuilt the library from the newest good backup (${good.name}) and every change saved since.`
      : 'No good backup was found, so Diptych rebuilt the library from the changes saved in its folder.'
    if (damaged) notices.push({ kind: good ? 'recovered-from-backup' : 'recovered-empty', message: rebuilt })
  }
  const state = base?.state ?? stateFrom(device, emptyLibrary() as unknown as Record<string, unknown>)
  const covered = new Map(Object.entries(base?.header?.covered ?? {}))
  const read = await readLogs(path.join(dir, CHANGES), covered)
  read.ops.sort(byClock)
  for (const op of read.ops) state.apply(op)
  let replayedBytes = 0
  for (const [name, end] of read.offsets) replayedBytes += end - (covered.get(name) ?? 0)
  return {
    state,
    revision: base?.header?.revision ?? 0,
    offsets: read.offsets,
    replayedBytes,
    notices,
    migratedFrom,
    ownSnapshot: base?.header?.device === device
  }
}
