// What a recipe touches. The recipe gets the library behind a proxy: the lists it reads or replaces are
// noted, and every entity it reads out of a list is copied first (its state before the change), so that
// afterwards the change can be told by comparing (recipe-changes.ts). Searches (`find`, `some`, `filter`…)
// run on the plain array at full speed and copy only what they hand out: a change to one highlight of
// 100,000 copies one highlight. Entities are handed out as they are, never wrapped, so that a recipe can
// clone, spread or keep them like any object.
//
// Creating and deleting are followed too, so that they cost what they change and not the size of the
// list: `push` and `splice` on a list, and `filter` (whose result, assigned back to the list, takes out
// exactly what the test turned down), count what goes in and out of it (`moved`). Any other way of
// changing a list (an index set, `sort`, a new array) makes it `structural`: then it is compared whole.
import { UNMERGED_KEYS } from './merge-state'

type Obj = Record<string, unknown>

export interface ListRecord {
  /** Membership or order changed in a way not followed: the list is to be compared whole. */
  structural: boolean
  /** Objects put in (+1 each time) and taken out (-1) of the list, while `structural` is false. */
  moved: Map<Obj, number>
  /** Once its changes were told from `moved` alone (recipe-changes.ts): the entities moved or read that it holds. */
  followed?: Obj[]
}

export interface Recording {
  /** Lists read or written, and what happened to their membership. */
  lists: Map<string, ListRecord>
  /** Each entity read out of a list, with a copy of it as it was. */
  copies: Map<Obj, { list: string; before: Obj }>
  /** Keys of the library set or removed. */
  keys: Set<string>
}

/** A deep copy of JSON-like data, faster than structuredClone for the small objects of a library. */
export function copyOf<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return value.map(copyOf) as T
  const out: Obj = {}
  for (const key in value) out[key] = copyOf((value as Obj)[key])
  return out as T
}

const targets = new WeakMap<object, object>()

/** The plain object behind a proxy of this file, or the value itself. */
export function unwrap<T>(value: T): T {
  return (typeof value === 'object' && value !== null ? (targets.get(value) as T | undefined) : undefined) ?? value
}

/** Unwraps a recipe's result, and the values of a plain object or array it returns. */
export function unwrapResult<T>(value: T): T {
  const plain = unwrap(value)
  if (plain !== value || typeof plain !== 'object' || plain === null) return plain
  for (const key of Object.keys(plain)) {
    const inner = (plain as Obj)[key]
    const bare = unwrap(inner)
    if (bare !== inner) (plain as Obj)[key] = bare
  }
  return plain
}

const isIndex = (prop: string | symbol): prop is string => typeof prop === 'string' && prop !== '' && /^\d+$/.test(prop)

/** Methods that only look: run on the plain array; what they return is copied before it is handed out. */
const SEARCHES = new Set([
  'find',
  'findLast',
  'findIndex',
  'findLastIndex',
  'some',
  'every',
  'includes',
  'indexOf',
  'lastIndexOf',
  'filter',
  'slice'
])

const MUTATORS_FOLLOWED = new Set(['push', 'splice'])

const bump = (moved: Map<Obj, number>, obj: unknown, by: number) => moved.set(obj as Obj, (moved.get(obj as Obj) ?? 0) + by)

/** An array made by `filter` of a list: the moves of its source then, and what the test turned down. */
interface Derived {
  list: string
  before: Map<Obj, number>
  rejected: unknown[]
  moved?: Map<Obj, number>
  changed: boolean
}

/** How a filtered array differs from the list before the recipe, counted on first need. */
function movesOfDerived(info: Derived): Map<Obj, number> {
  if (!info.moved) {
    info.moved = info.before
    for (const el of info.rejected) bump(info.moved, el, -1)
    info.rejected = []
  }
  return info.moved
}

export const newListRecord = (structural: boolean, moved = new Map<Obj, number>()): ListRecord => ({ structural, moved })

export function recordingLibrary<L extends object>(library: L): { proxy: L; recording: Recording } {
  const recording: Recording = { lists: new Map(), copies: new Map(), keys: new Set() }
  const proxies = new Map<string, unknown[]>()
  /** Arrays made by `filter`: which list, and how their membership differs from the list before the recipe. */
  const derived = new WeakMap<unknown[], Derived>()
  const current = (list: string) => (library as Record<string, unknown>)[list]
  const record = (list: string) => {
    let r = recording.lists.get(list)
    if (!r) recording.lists.set(list, (r = newListRecord(false)))
    return r
  }

  /** How `array` differs from the list before the recipe, when that is known; null when it is not. */
  const movesOf = (list: string, array: unknown[], own: boolean): Map<Obj, number> | null => {
    if (own) {
      const r = record(list)
      return r.structural || current(list) !== array ? null : r.moved
    }
    const info = derived.get(array)
    return info && !info.changed && info.list === list ? movesOfDerived(info) : null
  }

  /** A change to an array through its proxy: the list it is (or will be) is compared whole. */
  const changedBy = (list: string, array: unknown[], own: boolean) => {
    const info = derived.get(array)
    if (info) info.changed = true
    if (own || current(list) === array) record(list).structural = true
  }

  const copy = (list: string, el: unknown) => {
    if (typeof el === 'object' && el !== null && !recording.copies.has(el as Obj))
      recording.copies.set(el as Obj, { list, before: copyOf(el as Obj) })
    return el
  }

  /** A list of the library, or an array taken out of one (by `filter`): reading an element copies it. */
  const listProxy = (list: string, array: unknown[], own: boolean): unknown[] => {
    const proxy = new Proxy(array, {
      get(target, prop, receiver) {
        if (isIndex(prop)) return copy(list, target[Number(prop)])
        if (typeof prop === 'string' && SEARCHES.has(prop)) return search(list, target, prop, own)
        if (own && typeof prop === 'string' && MUTATORS_FOLLOWED.has(prop)) return mutator(list, target, prop)
        return Reflect.get(target, prop, receiver)
      },
      set(target, prop, value) {
        changedBy(list, target, own)
        return Reflect.set(target, prop, unwrap(value))
      },
      deleteProperty(target, prop) {
        changedBy(list, target, own)
        return Reflect.deleteProperty(target, prop)
      }
    })
    targets.set(proxy, array)
    return proxy
  }

  /** `push` and `splice` of a list, run on the plain array, counting what goes in and out. */
  const mutator = (list: string, target: unknown[], method: string) =>
    function (this: unknown, ...args: unknown[]) {
      const moved = movesOf(list, target, true)
      if (!moved) record(list).structural = true
      if (method === 'push') {
        const items = args.map(unwrap)
        if (moved) for (const item of items) bump(moved, item, 1)
        return target.push(...items)
      }
      const [start, count, ...items] = args
      const plain = items.map(unwrap)
      const removed =
        args.length === 0
          ? []
          : args.length === 1
            ? target.splice(start as number)
            : target.splice(start as number, count as number, ...plain)
      // What is taken out is handed out: copied first, like anything read out of a list.
      for (const el of removed) copy(list, el)
      if (moved) {
        for (const el of removed) bump(moved, el, -1)
        for (const item of plain) bump(moved, item, 1)
      }
      return removed
    }

  const search = (list: string, target: unknown[], method: string, own: boolean) =>
    function (this: unknown, ...args: unknown[]) {
      const [test, thisArg] = args
      const before = method === 'filter' && typeof test === 'function' ? movesOf(list, target, own) : null
      if (before) {
        // What the test turns down is what leaves the list if this array takes its place.
        // Only listed here: counted into a map only if this array is put in the list's place, which a
        // search by filter (a tag rename turning down 99,500 of 100,000 highlights) never is.
        const rejected: unknown[] = []
        const kept = target.filter((el, i, arr) => {
          const keep = (test as (...a: unknown[]) => unknown).call(thisArg, el, i, arr)
          if (!keep) rejected.push(el)
          return keep
        })
        derived.set(kept, { list, before: new Map(before), rejected, changed: false })
        return listProxy(list, kept, false)
      }
      const result = (target as unknown as Record<string, (...a: unknown[]) => unknown>)[method](...args)
      if (method === 'find' || method === 'findLast') return copy(list, result)
      if (method === 'filter' || method === 'slice') return listProxy(list, result as unknown[], false)
      return result
    }

  const proxy = new Proxy(library, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver)
      if (typeof prop !== 'string' || UNMERGED_KEYS.has(prop) || !Array.isArray(value)) return value
      record(prop)
      let p = proxies.get(prop)
      if (!p || targets.get(p) !== value) proxies.set(prop, (p = listProxy(prop, value, true)))
      return p
    },
    set(target, prop, value) {
      const plain = unwrap(value)
      if (typeof prop === 'string') {
        recording.keys.add(prop)
        if (Array.isArray(plain) && !UNMERGED_KEYS.has(prop)) {
          // A filtered copy of the list put in its place: what left it is known; any other array is compared whole.
          const info = derived.get(plain)
          const followed = info && !info.changed && info.list === prop && !recording.lists.get(prop)?.structural
          recording.lists.set(prop, followed ? newListRecord(false, new Map(movesOfDerived(info))) : newListRecord(true))
        }
      }
      return Reflect.set(target, prop, plain)
    },
    deleteProperty(target, prop) {
      if (typeof prop === 'string') recording.keys.add(prop)
      return Reflect.deleteProperty(target, prop)
    }
  })
  return { proxy, recording }
}
