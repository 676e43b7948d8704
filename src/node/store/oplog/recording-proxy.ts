// What a recipe touches. The recipe gets the library behind a proxy: the lists it reads or replaces are
// noted, and every entity it reads out of a list is copied first (its state before the change), so that
// afterwards the change can be told by comparing (recipe-changes.ts). Searches (`find`, `some`, `filter`…)
// run on the plain array at full speed and copy only what they hand out: a change to one highlight of
// 100,000 copies one highlight. Entities are handed out as they are, never wrapped, so that a recipe can
// clone, spread or keep them like any object.
import { UNMERGED_KEYS } from './merge-state'

type Obj = Record<string, unknown>

export interface Recording {
  /** Lists read or written, and whether their membership or order may have changed. */
  lists: Map<string, { structural: boolean }>
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

export function recordingLibrary<L extends object>(library: L): { proxy: L; recording: Recording } {
  const recording: Recording = { lists: new Map(), copies: new Map(), keys: new Set() }
  const proxies = new Map<string, unknown[]>()

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
        if (typeof prop === 'string' && SEARCHES.has(prop)) return search(list, target, prop)
        return Reflect.get(target, prop, receiver)
      },
      set(target, prop, value) {
        if (own) recording.lists.get(list)!.structural = true
        return Reflect.set(target, prop, unwrap(value))
      },
      deleteProperty(target, prop) {
        if (own) recording.lists.get(list)!.structural = true
        return Reflect.deleteProperty(target, prop)
      }
    })
    targets.set(proxy, array)
    return proxy
  }

  const search = (list: string, target: unknown[], method: string) =>
    function (this: unknown, ...args: unknown[]) {
      const result = (target as unknown as Record<string, (...a: unknown[]) => unknown>)[method](...args)
      if (method === 'find' || method === 'findLast') return copy(list, result)
      if (method === 'filter' || method === 'slice') return listProxy(list, result as unknown[], false)
      return result
    }

  const proxy = new Proxy(library, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver)
      if (typeof prop !== 'string' || UNMERGED_KEYS.has(prop) || !Array.isArray(value)) return value
      if (!recording.lists.has(prop)) recording.lists.set(prop, { structural: false })
      let p = proxies.get(prop)
      if (!p || targets.get(p) !== value) proxies.set(prop, (p = listProxy(prop, value, true)))
      return p
    },
    set(target, prop, value) {
      if (typeof prop === 'string') {
        recording.keys.add(prop)
        if (Array.isArray(unwrap(value)) && !UNMERGED_KEYS.has(prop)) recording.lists.set(prop, { structural: true })
      }
      return Reflect.set(target, prop, unwrap(value))
    },
    deleteProperty(target, prop) {
      if (typeof prop === 'string') recording.keys.add(prop)
      return Reflect.deleteProperty(target, prop)
    }
  })
  return { proxy, recording }
}
