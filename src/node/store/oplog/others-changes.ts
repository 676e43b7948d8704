// What other processes and devices appended to their logs since the last look, applied in clock order
// to the merged state and to the library in memory (the lists whose membership changed taken again,
// fields changed in place through the entities' own objects).
import type { Library } from '../../../shared/model'
import { byClock, ROOT, SETTINGS } from './change-ops'
import { readLogs } from './change-log'
import type { Hlc } from './hlc'
import type { MergeState } from './merge-state'

export interface OthersChanges {
  libraryChanged: boolean
  settingsChanged: boolean
  /** Bytes of others' logs read: what the snapshot does not include yet. */
  newBytes: number
}

/** Reads every log but `ownLog` past `offsets` (which it moves on), and applies what it finds. */
export async function applyOthersChanges(
  changesDir: string,
  offsets: Map<string, number>,
  ownLog: string,
  state: MergeState,
  hlc: Hlc,
  library: Library
): Promise<OthersChanges> {
  const read = await readLogs(changesDir, offsets, ownLog)
  let newBytes = 0
  for (const [name, end] of read.offsets) {
    if (name !== ownLog) newBytes += end - (offsets.get(name) ?? 0)
    offsets.set(name, Math.max(end, offsets.get(name) ?? 0))
  }
  let libraryChanged = false
  let settingsChanged = false
  const relist = new Set<string>()
  for (const op of read.ops.sort(byClock)) {
    hlc.observe(op.c)
    const effect = state.apply(op)
    if (effect === 'none') continue
    if (op.k === SETTINGS) settingsChanged = true
    else libraryChanged = true
    if (effect === 'list') relist.add(op.k)
  }
  const lib = library as unknown as Record<string, unknown>
  for (const k of relist) lib[k] = state.list(k)
  for (const [f, v] of Object.entries(state.entity(ROOT, ROOT)?.obj ?? {})) lib[f] = v
  if (settingsChanged) library.settings = state.settings()
  return { libraryChanged, settingsChanged, newBytes }
}
