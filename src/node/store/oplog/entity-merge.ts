// How one entity's state takes an operation. Every rule here depends only on the clocks, never on the
// order in which operations arrive, so that devices that received the same operations in any order,
// any number of times, hold the same entity (docs/merge-rules.md):
// - a field holds the value of the operation with the latest clock that wrote it (a `put` writes every
//   field, missing ones as removed; a `set` one field);
// - each tag is on or off as the latest operation about that tag says (a `put` speaks of every tag:
//   those in its list on, the others off), so that tags added at once on two devices both stay; the
//   list is ordered by the place each tag was given when last set;
// - the entity exists when its latest `put` is later than its latest `del`: a delete wins over every
//   edit made concurrently or after it, and only a later `put` (an undo, a restore) brings it back.
import type { Clock } from './hlc'
import type { Op } from './change-ops'

export type Fields = Record<string, unknown>
/** A tag's state: on or off, the clock that said so, and its place in the entity's list when it was set. */
export type TagState = [on: boolean, clock: Clock, rank: number]

/** An entity's clocks, as a snapshot keeps them (`b`: the earliest `put`) with the fields of one that does not exist. */
export interface EntityClocks {
  b: Clock | null
  /** The latest `put`; null until one arrives (a field set on another device came first). */
  p: Clock | null
  /** Clocks of the fields written after the latest `put` (or before any arrived). */
  fc?: Record<string, Clock>
  /** Tag states, once a single tag was changed; until then the tags are those of the latest `put`. */
  ts?: Record<string, TagState>
  /** The clock tags not in `ts` are off at. */
  tb?: Clock
  /** The latest `del`. */
  d?: Clock
  /** The fields of an entity that does not exist (deleted, or not yet created): the library holds no copy. */
  v?: Fields
}

export interface Entity extends Omit<EntityClocks, 'b' | 'v'> {
  key: string
  /** The entity's fields as they stand; the very object the library holds while the entity exists. */
  obj: Fields
  /** The earliest `put`, which places the entity in its list. */
  born: Clock | null
  /** Set by a comparison walking a list (recipe-changes.ts): the entity was met in this walk. */
  seenIn?: object
}

export const isAlive = (e: Entity): boolean => e.p !== null && (e.d === undefined || e.p > e.d)

const fieldClock = (e: Entity, f: string): Clock => e.fc?.[f] ?? e.p ?? ''

function setField(e: Entity, f: string, value: unknown, clock: Clock): void {
  if (value === undefined) delete e.obj[f]
  else e.obj[f] = value
  ;(e.fc ??= {})[f] = clock
}

function tagStates(e: Entity): Record<string, TagState> {
  if (!e.ts) {
    const base = fieldClock(e, 'tags')
    const tags = Array.isArray(e.obj.tags) ? (e.obj.tags as string[]) : []
    e.ts = Object.fromEntries(tags.map((t, i): [string, TagState] => [t, [true, base, i]]))
    e.tb = base
  }
  return e.ts
}

function tagClock(e: Entity, t: string): Clock {
  return e.ts ? (e.ts[t]?.[1] ?? e.tb ?? '') : fieldClock(e, 'tags')
}

/** The tags that are on, by their place (a reader's order), then by clock and name where two claim one place. */
function tagList(ts: Record<string, TagState>): string[] {
  return Object.entries(ts)
    .filter(([, s]) => s[0])
    .sort(([ta, a], [tb, b]) => a[2] - b[2] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : ta < tb ? -1 : ta > tb ? 1 : 0))
    .map(([t]) => t)
}

function setTag(e: Entity, t: string, on: boolean, clock: Clock, index = 0): boolean {
  if (clock <= tagClock(e, t)) return false
  tagStates(e)[t] = [on, clock, index]
  return true
}

/** A whole list of tags written at `clock`: those in it on, every other one off, where older. */
function putTags(e: Entity, tags: readonly string[], clock: Clock): boolean {
  if (!e.ts && clock > fieldClock(e, 'tags')) {
    e.obj.tags = [...tags]
    return true
  }
  const ts = tagStates(e)
  let changed = false
  tags.forEach((t, i) => (changed = setTag(e, t, true, clock, i) || changed))
  for (const t of Object.keys(ts)) if (!tags.includes(t)) changed = setTag(e, t, false, clock) || changed
  // Tags it does not name and no operation named since are off as of this clock.
  if (clock > (e.tb ?? '')) e.tb = clock
  if (changed) e.obj.tags = tagList(ts)
  return changed
}

const isTagList = (f: string, v: unknown): v is string[] => f === 'tags' && Array.isArray(v) && v.every((t) => typeof t === 'string')

/** Applies `op` to `e`; whether anything of the entity changed. */
export function applyToEntity(e: Entity, op: Op): boolean {
  switch (op.o) {
    case 'put': {
      let changed = false
      for (const f of new Set([...Object.keys(op.v), ...Object.keys(e.obj)])) {
        const v = op.v[f]
        if (f === 'tags' && (isTagList(f, v) || v === undefined) && (e.ts || isTagList(f, e.obj.tags))) {
          changed = putTags(e, (v as string[] | undefined) ?? [], op.c) || changed
        } else if (op.c > fieldClock(e, f)) {
          setField(e, f, v, op.c)
          changed = true
        }
      }
      if (e.born === null || op.c < e.born) {
        e.born = op.c
        changed = true
      }
      if (e.p === null || op.c > e.p) {
        e.p = op.c
        // Every field is at this clock now, or later: only the later ones keep a clock of their own.
        for (const [f, c] of Object.entries(e.fc ?? {})) if (c <= op.c) delete e.fc![f]
        changed = true
      }
      return changed
    }
    case 'set':
      if (isTagList(op.f, op.v) && (e.ts || isTagList(op.f, e.obj.tags))) return putTags(e, op.v, op.c)
      if (op.c <= fieldClock(e, op.f)) return false
      setField(e, op.f, op.v, op.c)
      return true
    case 'tag':
      if (!setTag(e, op.t, op.on, op.c, op.r ?? 0)) return false
      e.obj.tags = tagList(e.ts!)
      return true
    case 'del':
      if (e.d !== undefined && op.c <= e.d) return false
      e.d = op.c
      return true
  }
}

export function clocksOf(e: Entity): EntityClocks {
  const c: EntityClocks = { b: e.born, p: e.p }
  if (e.fc && Object.keys(e.fc).length > 0) c.fc = e.fc
  if (e.ts) {
    c.ts = e.ts
    c.tb = e.tb
  }
  if (e.d !== undefined) c.d = e.d
  if (!isAlive(e)) c.v = e.obj
  return c
}

export function entityFrom(key: string, obj: Fields, c: EntityClocks): Entity {
  const e: Entity = { key, obj: c.v ?? obj, born: c.b, p: c.p }
  if (c.fc) e.fc = { ...c.fc }
  if (c.ts) {
    e.ts = structuredClone(c.ts)
    e.tb = c.tb
  }
  if (c.d !== undefined) e.d = c.d
  return e
}
