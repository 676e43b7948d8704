// The operations a recipe made, told from what it touched (recording-proxy.ts) against the merged state
// before it: a new entity is a `put`, a changed field a `set`, a tag added or removed a `tag`, an entity
// gone from its list a `del`. Only the lists the recipe touched are compared; within a list whose
// membership did not change, only the entities it read; within one whose membership changed by ways the
// proxy follows (push, splice, a filtered copy), only those and what went in or out. Anything out of
// the ordinary there (an id twice, an entity replaced by another object) and the list is compared whole,
// which gives the same operations, only slower.
import type { Settings } from '../../../shared/model'
import { deviceSettingsId, ROOT, SETTINGS, SYNCED, type UnstampedOp } from './change-ops'
import { isAlive, type Entity, type Fields } from './entity-merge'
import { DEVICE_SETTINGS, keyOf, POSITION, UNMERGED_KEYS, type MergeState } from './merge-state'
import type { ListRecord, Recording } from './recording-proxy'

/** An operation without its clock yet, and the object the library holds for its entity (for `adopt`). */
export interface Change {
  op: UnstampedOp
  adopt?: Fields
}

const same = (a: unknown, b: unknown): boolean =>
  a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b))
const isTags = (v: unknown): v is string[] => Array.isArray(v) && v.every((t) => typeof t === 'string')

/** The changes from `before` to `after` of one entity, field by field; tags as additions and removals. */
export function fieldChanges(k: string, i: string, before: Fields, after: Fields, out: Change[]): void {
  for (const f of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const b = before[f]
    const a = after[f]
    if (same(a, b)) continue
    if (f === 'tags' && isTags(a) && isTags(b)) {
      // A tag added, or moved to another place in the list (the others' places are theirs to keep).
      a.forEach((t, r) => b.indexOf(t) !== r && out.push({ op: { o: 'tag', k, i, t, on: true, r }, adopt: after }))
      for (const t of b) if (!a.includes(t)) out.push({ op: { o: 'tag', k, i, t, on: false }, adopt: after })
      continue
    }
    out.push({ op: a === undefined ? { o: 'set', k, i, f } : { o: 'set', k, i, f, v: a }, adopt: after })
  }
}

/** Beyond this many entities moved or read, a walk of the whole list costs no more. */
const MOST_FOLLOWED = 64

/**
 * The changes of a list whose membership changed only by the ways the proxy follows: the entities that
 * went in or out, or were read, are all that can differ. The same operations, in the same order, as a
 * walk of the whole list; null when that is not certain (then the list is walked).
 */
function movedListChanges(
  k: string,
  now: unknown[],
  moved: Map<Fields, number>,
  recording: Recording,
  state: MergeState
): { out: Change[]; present: Fields[] } | null {
  const candidates = new Set<Fields>()
  for (const [obj, n] of moved) if (n !== 0) candidates.add(obj)
  for (const [obj, { list }] of recording.copies) if (list === k) candidates.add(obj)
  if (candidates.size > MOST_FOLLOWED) return null
  const present: { obj: Fields; key: string; at: number }[] = []
  const gone: Entity[] = []
  const claimed = new Set<string>()
  for (const obj of candidates) {
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return null
    const was = keyOf(k, recording.copies.get(obj)?.before ?? obj)
    const e = was === null ? undefined : state.entity(k, was)
    const inBefore = e !== undefined && isAlive(e) && e.obj === obj
    const count = (inBefore ? 1 : 0) + (moved.get(obj) ?? 0)
    if (count < 0 || count > 1) return null
    const key = count === 1 ? keyOf(k, obj) : null
    if (count === 1 && (key === null || claimed.has(key))) return null
    if (inBefore && key !== was) gone.push(e)
    if (key !== null) {
      claimed.add(key)
      present.push({ obj, key, at: present.length })
    }
  }
  if (gone.some((e) => claimed.has(e.key))) return null
  // In the order of the list, as a walk meets them.
  if (present.length > 1) for (const p of present) p.at = now.lastIndexOf(p.obj)
  const out: Change[] = []
  for (const { obj, key } of present.sort((a, b) => a.at - b.at)) {
    const e = state.entity(k, key)
    if (!e || !isAlive(e)) out.push({ op: { o: 'put', k, i: key, v: obj }, adopt: obj })
    // Another object holds this id: two of it in the list, or one in place of the other.
    else if (e.obj !== obj) return null
    else fieldChanges(k, key, recording.copies.get(obj)!.before, obj, out)
  }
  for (const e of gone.sort((a, b) => (a.born! < b.born! ? -1 : a.born! > b.born! ? 1 : 0))) out.push({ op: { o: 'del', k, i: e.key } })
  return { out, present: present.map((p) => p.obj) }
}

function listChanges(
  k: string,
  now: unknown,
  list: ListRecord,
  recording: Recording,
  state: MergeState,
  out: Change[],
  whole = false
): boolean {
  if (!Array.isArray(now)) return false
  const beforeOf = (obj: Fields) => recording.copies.get(obj)?.before ?? obj
  const structural = list.structural || list.moved.size > 0
  const followed = !list.structural && structural && !whole ? movedListChanges(k, now, list.moved, recording, state) : null
  if (followed) {
    list.followed = followed.present
    out.push(...followed.out)
    return true
  }
  if (!structural) {
    for (const [obj, { list, before }] of recording.copies) {
      if (list !== k) continue
      const key = keyOf(k, obj)
      const was = keyOf(k, before)
      if (key === null) return false
      const e = state.entity(k, key)
      if (key !== was) {
        // Its key changed: another entity, in the place of one that is gone.
        if (was !== null) out.push({ op: { o: 'del', k, i: was } })
        out.push({ op: { o: 'put', k, i: key, v: obj }, adopt: obj })
      } else if (e && isAlive(e) && e.obj === obj) fieldChanges(k, key, before, obj, out)
    }
    return true
  }
  // Each entity met is marked with this walk's token: those of the list left unmarked are gone.
  const walk = {}
  const added = new Set<string>()
  for (const obj of now as Fields[]) {
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return false
    const key = keyOf(k, obj)
    if (key === null) return false
    const e = state.entity(k, key)
    if (!e || !isAlive(e)) {
      if (!added.has(key)) out.push({ op: { o: 'put', k, i: key, v: obj }, adopt: obj })
      added.add(key)
    } else if (e.seenIn !== walk) {
      e.seenIn = walk
      if (e.obj !== obj || recording.copies.has(obj)) fieldChanges(k, key, beforeOf(e.obj), obj, out)
    }
  }
  state.forEachListed(k, (e) => {
    if (e.seenIn !== walk) out.push({ op: { o: 'del', k, i: e.key } })
  })
  return true
}

/** The settings changes: reading positions one by one, this device's own settings apart. */
export function settingsChanges(before: Settings, after: Settings, device: string, out: Change[]): void {
  const set = (i: string, f: string, v: unknown) =>
    out.push({ op: v === undefined ? { o: 'set', k: SETTINGS, i, f } : { o: 'set', k: SETTINGS, i, f, v } })
  const b = before as unknown as Fields
  const a = (after ?? {}) as unknown as Fields
  for (const f of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (f === 'positions') {
      const pb = (b.positions ?? {}) as Record<string, number>
      const pa = (a.positions ?? {}) as Record<string, number>
      for (const id of new Set([...Object.keys(pb), ...Object.keys(pa)])) if (pb[id] !== pa[id]) set(SYNCED, POSITION + id, pa[id])
    } else if (!same(a[f], b[f])) set(DEVICE_SETTINGS.includes(f) ? deviceSettingsId(device) : SYNCED, f, a[f])
  }
}

/**
 * Every change a recipe made to `library`, or null when it left a list in a shape no list has (then
 * refused). `wholeLists`: every list whose membership changed is walked whole (tests compare the two).
 */
export function recipeChanges(
  library: Record<string, unknown>,
  recording: Recording,
  state: MergeState,
  wholeLists = false
): Change[] | null {
  const out: Change[] = []
  const root = state.entity(ROOT, ROOT)?.obj ?? {}
  for (const [k, list] of recording.lists) {
    if (listChanges(k, library[k], list, recording, state, out, wholeLists)) continue
    // Not a list of entities (any more): kept whole, as a value.
    if (state.list(k).length > 0) return null
    if (!same(library[k], root[k])) out.push({ op: { o: 'set', k: ROOT, i: ROOT, f: k, v: library[k] } })
  }
  for (const k of recording.keys) {
    if (UNMERGED_KEYS.has(k) || recording.lists.has(k)) continue
    if (state.list(k).length > 0) return null
    if (!same(library[k], root[k]))
      out.push({
        op: library[k] === undefined ? { o: 'set', k: ROOT, i: ROOT, f: k } : { o: 'set', k: ROOT, i: ROOT, f: k, v: library[k] }
      })
  }
  settingsChanges(state.settings(), library.settings as Settings, state.device, out)
  return out
}
