// A recipe run here: applied to the library in memory at once, its operations told (recipe-changes.ts),
// the entities it changed checked against the schema (each alone: a change to one highlight checks one
// highlight, not 100,000), stamped with this writer's clock and merged. A recipe that throws or leaves
// something that would not read back changes nothing: what it changed is put back as it was.
import type { z } from 'zod'
import type { Library } from '../../../shared/model'
import { librarySchema, settingsSchema } from '../../schemas'
import { firstIssue } from '../library-file'
import { InvalidChangeError } from '../write-errors'
import { ROOT, SETTINGS, type Op } from './change-ops'
import type { Hlc } from './hlc'
import type { MergeState } from './merge-state'
import { recipeChanges, type Change } from './recipe-changes'
import { copyOf, recordingLibrary, unwrapResult, type Recording } from './recording-proxy'

const shape = librarySchema.shape as Record<string, z.ZodType | undefined>
const SETTINGS_SCHEMA = settingsSchema.loose()

function elementSchema(k: string): z.ZodType | null {
  const schema = shape[k] as (z.ZodType & { element?: z.ZodType }) | undefined
  return schema?.element ?? null
}

/** Why the changed entities would not read back, or null. */
function invalidChanges(library: Record<string, unknown>, changes: Change[], recording: Recording): string | null {
  for (const k of recording.lists.keys()) if (shape[k] && !Array.isArray(library[k])) return `${k}: not a list`
  const checked = new Set<object>()
  for (const { op, adopt } of changes) {
    if (op.k === SETTINGS) {
      if (checked.has(SETTINGS_SCHEMA)) continue
      checked.add(SETTINGS_SCHEMA)
      const parsed = SETTINGS_SCHEMA.safeParse(library.settings)
      if (!parsed.success) return firstIssue(parsed.error, 'settings')
      continue
    }
    const schema = op.k === ROOT ? null : elementSchema(op.k)
    if (!schema || !adopt || checked.has(adopt)) continue
    checked.add(adopt)
    const parsed = schema.safeParse(adopt)
    if (!parsed.success) return `${op.k} ${op.i}: ${firstIssue(parsed.error, op.k)}`
  }
  return null
}

/** Puts back everything the recipe changed: entities as copied before, lists and settings as merged. */
function rollBack(library: Record<string, unknown>, recording: Recording, state: MergeState): void {
  for (const [obj, { before }] of recording.copies) {
    for (const key of Object.keys(obj)) delete obj[key]
    Object.assign(obj, before)
  }
  for (const k of recording.lists.keys()) library[k] = state.list(k)
  const root = state.entity(ROOT, ROOT)?.obj ?? {}
  for (const k of recording.keys) {
    if (recording.lists.has(k) || k === 'schemaVersion' || k === 'revision') continue
    if (k in root) library[k] = copyOf(root[k])
    else delete library[k]
  }
  library.settings = state.settings()
}

/**
 * Whether a list the recipe changed by ways the proxy follows (push, splice, filter) is already in the
 * merged order. Those ways keep the order of the entities they do not touch, so it is when each entity
 * it touched (created, moved, read) stands where merging put it.
 */
function inMergedOrder(list: unknown, k: string, recording: Recording, state: MergeState): boolean {
  const touched = recording.lists.get(k)?.followed
  if (!touched || !Array.isArray(list) || list.length !== state.listLength(k)) return false
  return touched.every((obj) => state.entityAt(k, list.lastIndexOf(obj))?.obj === obj)
}

export interface LocalChange<T> {
  result: T
  ops: Op[]
  /** Whether anything but settings changed (what indexes of the library watch). */
  libraryChanged: boolean
}

export function applyRecipe<T>(library: Library, recipe: (library: Library) => T, state: MergeState, hlc: Hlc): LocalChange<T> {
  const lib = library as unknown as Record<string, unknown>
  const { proxy, recording } = recordingLibrary(library)
  let result: T
  let changes: Change[] | null
  try {
    result = recipe(proxy)
    changes = recipeChanges(lib, recording, state)
  } catch (error) {
    rollBack(lib, recording, state)
    throw error
  }
  const why = changes === null ? 'a list of the library became something else' : invalidChanges(lib, changes, recording)
  if (why !== null) {
    rollBack(lib, recording, state)
    throw new InvalidChangeError(why)
  }
  const ops: Op[] = []
  const relist = new Set<string>()
  for (const { op, adopt } of changes!) {
    const stamped = { ...op, c: hlc.tick() } as Op
    ops.push(stamped)
    if (state.apply(stamped, adopt) === 'list') relist.add(op.k)
  }
  for (const [k, { structural, moved }] of recording.lists) if (structural || moved.size > 0) relist.add(k)
  // Lists kept as values (not of entities) stay as the recipe left them.
  for (const { op } of changes!) if (op.k === ROOT && op.o === 'set') relist.delete(op.f)
  // The lists in the merged order, so that memory holds what a fresh opening would read.
  for (const k of relist) if (k !== SETTINGS && k !== ROOT && !inMergedOrder(lib[k], k, recording, state)) lib[k] = state.list(k)
  return { result: unwrapResult(result), ops, libraryChanged: ops.some((op) => op.k !== SETTINGS) }
}
