// The store's bookkeeping around its log: changes applied but not yet written, the changes that touched
// what another process deleted meanwhile, and the files of an earlier version kept aside once migrated.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { Recipe } from '../replay'
import { ChangeConflictError } from '../write-errors'
import { ROOT, SETTINGS, type Op } from './change-ops'
import { isAlive } from './entity-merge'
import { parseClock } from './hlc'
import type { MergeState } from './merge-state'

export interface PendingChange {
  recipe: Recipe
  ops: Op[]
  /** The operations' lines, taken when the recipe ran (the objects may change again before the write). */
  text: string
}

/**
 * The recipes whose edits landed on something another process or device deleted: merging ignores such
 * an edit (a delete wins), so its caller hears that the change no longer applies.
 */
export function conflictsOf(batch: PendingChange[], state: MergeState, writer: string): Map<Recipe, ChangeConflictError> {
  const refused = new Map<Recipe, ChangeConflictError>()
  for (const { recipe, ops } of batch) {
    const lost = ops.find((o) => {
      if (o.k === SETTINGS || o.k === ROOT || o.o === 'del' || o.o === 'put') return false
      const e = state.entity(o.k, o.i)
      // Deleted by this very process (a later change of its own) is no conflict.
      return e !== undefined && !isAlive(e) && e.d !== undefined && parseClock(e.d).writer !== writer
    })
    if (lost) refused.set(recipe, new ChangeConflictError(new Error(`its ${op(lost)} was deleted by another Diptych process`)))
  }
  return refused
}

const op = (o: Op) => (o.k === 'highlights' ? 'highlight' : o.k === 'articles' ? 'article' : o.k === 'links' ? 'link' : 'entry')

/** Once migrated, library.json and settings.json stay beside the new files, renamed so that nothing reads them again. */
export async function keepAside(dir: string): Promise<void> {
  for (const name of ['library', 'settings']) {
    await fs.rename(path.join(dir, `${name}.json`), path.join(dir, `${name}.before-change-log.json`)).catch(() => undefined)
  }
}

/** Whether other devices write to this library (through a sync tool). */
export async function libraryHasOtherDevices(changesDir: string, device: string): Promise<boolean> {
  const devices = await fs.readdir(changesDir).catch(() => [] as string[])
  return devices.some((d) => d !== device)
}
