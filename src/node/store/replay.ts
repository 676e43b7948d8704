// Applying pending recipes again on another library: the one another process wrote meanwhile, or the
// last one written when a change would leave a library that does not read back.
import type { Library } from '../../shared/model'
import { invalidLibrary } from './library-file'
import { ChangeConflictError, InvalidChangeError, type StoreWriteError } from './write-errors'

export type Recipe<T = unknown> = (library: Library) => T

/**
 * Replays `pending` on `fresh` in place and returns the recipes kept. Recipes check before they change
 * (find by id, then set), so one that throws has changed nothing: it no longer applies (its object was
 * deleted over there) and is refused rather than failing every write after it.
 */
export function replayOn(fresh: Library, pending: Recipe[], refused: Map<Recipe, StoreWriteError>): Recipe[] {
  const kept: Recipe[] = []
  for (const recipe of pending) {
    try {
      recipe(fresh)
      kept.push(recipe)
    } catch (error) {
      refused.set(recipe, new ChangeConflictError(error))
    }
  }
  return kept
}

/**
 * Replays `pending` one by one on a copy of `base` (a valid library), refusing each recipe that throws
 * or leaves a library that would not read back; the changes before and after it are kept.
 */
export function replayValid(base: Library, pending: Recipe[], refused: Map<Recipe, StoreWriteError>): { library: Library; kept: Recipe[] } {
  let library = base
  const kept: Recipe[] = []
  for (const recipe of pending) {
    const trial = structuredClone(library)
    let why: string | null
    try {
      recipe(trial)
      why = invalidLibrary(trial)
    } catch (error) {
      why = (error as Error)?.message ?? String(error)
    }
    if (why === null) {
      library = trial
      kept.push(recipe)
    } else refused.set(recipe, new InvalidChangeError(why))
  }
  return { library, kept }
}
