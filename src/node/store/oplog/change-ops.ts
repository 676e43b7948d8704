// The operations of the change log: one JSON object a line in a writer's log file.
//
//   put   an entity whole (created, restored by an undo, or replaced): every field at this clock
//   set   one field of an entity; without `v` the field is removed
//   tag   one tag of an entity's `tags` on (`on: true`) or off, at place `r` in its list: tags are sets
//   del   the entity is deleted (a tombstone)
//
// `k` names the collection (a key of the library holding a list: articles, highlights, links,
// rejectedPairs, or one a later version adds) or one of the singletons below; `i` the entity's id.
import { isClock, type Clock } from './hlc'

export type Op =
  | { c: Clock; o: 'put'; k: string; i: string; v: Record<string, unknown> }
  | { c: Clock; o: 'set'; k: string; i: string; f: string; v?: unknown }
  | { c: Clock; o: 'tag'; k: string; i: string; t: string; on: boolean; r?: number }
  | { c: Clock; o: 'del'; k: string; i: string }

/** An operation before it is stamped with its clock. */
export type UnstampedOp = { [K in Op['o']]: Omit<Extract<Op, { o: K }>, 'c'> }[Op['o']]

/**
 * Singletons are entities of their own collection: the settings that follow the reader from computer
 * to computer (`settings`/`synced`), those that stay with one device (`settings`/`device:<id>`), and
 * values of the library that are not lists (`root`/`root`).
 */
export const SETTINGS = 'settings'
export const SYNCED = 'synced'
export const ROOT = 'root'
export const deviceSettingsId = (device: string): string => `device:${device}`

export function opLine(op: Op): string {
  return JSON.stringify(op) + '\n'
}

/** An operation read back from a line, or null when the line is not one (damaged, or of a later version). */
export function parseOp(line: string): Op | null {
  let raw: unknown
  try {
    raw = JSON.parse(line)
  } catch {
    return null
  }
  if (typeof raw !== 'object' || raw === null) return null
  const op = raw as Record<string, unknown>
  if (!isClock(op.c) || typeof op.k !== 'string' || typeof op.i !== 'string') return null
  switch (op.o) {
    case 'put':
      return typeof op.v === 'object' && op.v !== null && !Array.isArray(op.v) ? (op as Op) : null
    case 'set':
      return typeof op.f === 'string' ? (op as Op) : null
    case 'tag':
      return typeof op.t === 'string' && typeof op.on === 'boolean' && (op.r === undefined || Number.isInteger(op.r)) ? (op as Op) : null
    case 'del':
      return op as Op
    default:
      return null
  }
}

export const byClock = (a: Op, b: Op): number => (a.c < b.c ? -1 : a.c > b.c ? 1 : 0)
