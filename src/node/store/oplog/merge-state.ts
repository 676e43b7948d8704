// The merged state of every operation applied so far: each entity with its clocks (entity-merge.ts), the
// lists of the library in a fixed order (by the clock of each entity's first `put`, so that every device
// lists them alike), and the library they make.
import { defaultSettings, type Library, type Settings } from '../../../shared/model'
import { deviceSettingsId, ROOT, SETTINGS, SYNCED, type Op } from './change-ops'
import { clockOf, type Clock } from './hlc'
import { applyToEntity, isAlive, type Entity, type Fields } from './entity-merge'

/** Settings that belong to one computer (its window's panes and zoom); every other setting follows the reader. */
export const DEVICE_SETTINGS: readonly string[] = ['panes', 'split', 'syncScroll', 'zoom']
/** Reading positions are settings fields `pos:<article id>`, so that each article's position merges alone. */
export const POSITION = 'pos:'
/** Keys of the library that are neither lists of entities nor merged: `revision` counts this process's writes. */
export const UNMERGED_KEYS = new Set(['schemaVersion', 'revision', 'settings'])

/** The key of an entity in its list: its id, or for rejected pairs (which have none) what makes two alike. */
export function keyOf(k: string, obj: Fields): string | null {
  if (k === 'rejectedPairs') {
    const p = obj as { articleA?: unknown; articleB?: unknown; a?: { start?: unknown }; b?: { start?: unknown } }
    return `${String(p.articleA)} ${String(p.articleB)} ${String(p.a?.start)} ${String(p.b?.start)}`
  }
  return typeof obj.id === 'string' ? obj.id : null
}

/** Whether a value of the library is a list of entities (an array of objects that each have a key). */
export function isEntityList(k: string, value: unknown): value is Fields[] {
  return (
    !UNMERGED_KEYS.has(k) &&
    Array.isArray(value) &&
    value.every((x) => typeof x === 'object' && x !== null && !Array.isArray(x) && keyOf(k, x as Fields) !== null)
  )
}

/** A plain library's entities all made at one early clock, in their order: migration and backups start here. */
export const migratedClock = (index: number): Clock => clockOf(0, index, '~migrated')

export class MergeState {
  readonly entities = new Map<string, Map<string, Entity>>()
  /** The entities that exist, per list, in the order of their first `put`. */
  private readonly lists = new Map<string, Entity[]>()
  /** The latest clock applied. */
  clock: Clock = ''

  constructor(readonly device: string) {}

  entity(k: string, key: string): Entity | undefined {
    return this.entities.get(k)?.get(key)
  }

  private entityOrNew(k: string, key: string): Entity {
    let byKey = this.entities.get(k)
    if (!byKey) this.entities.set(k, (byKey = new Map()))
    let e = byKey.get(key)
    if (!e) byKey.set(key, (e = { key, obj: {}, born: null, p: null }))
    return e
  }

  /** Adds an entity read from a snapshot; `listed` when it exists (the snapshot's lists are in order). */
  load(k: string, e: Entity): void {
    let byKey = this.entities.get(k)
    if (!byKey) this.entities.set(k, (byKey = new Map()))
    byKey.set(e.key, e)
    if (isAlive(e) && k !== SETTINGS && k !== ROOT) this.listOf(k).push(e)
    if (e.p && e.p > this.clock) this.clock = e.p
    if (e.d && e.d > this.clock) this.clock = e.d
    if (e.fc) for (const f in e.fc) if (e.fc[f] > this.clock) this.clock = e.fc[f]
  }

  private listOf(k: string): Entity[] {
    let list = this.lists.get(k)
    if (!list) this.lists.set(k, (list = []))
    return list
  }

  /** The names of the lists, in a stable order. */
  listNames(): string[] {
    return [...this.lists.keys()]
  }

  /** Each entity of a list that exists, in order. */
  forEachListed(k: string, fn: (e: Entity) => void): void {
    for (const e of this.lists.get(k) ?? []) fn(e)
  }

  /** The entities of a list that exist, in order (a copy). */
  entityList(k: string): Entity[] {
    return [...(this.lists.get(k) ?? [])]
  }

  /** The entity at this place of a list, and how many the list holds. */
  entityAt(k: string, index: number): Entity | undefined {
    return this.lists.get(k)?.[index]
  }

  listLength(k: string): number {
    return this.lists.get(k)?.length ?? 0
  }

  list(k: string): Fields[] {
    return (this.lists.get(k) ?? []).map((e) => e.obj)
  }

  /**
   * Applies an operation. `adopt`: the object the library holds for this entity now (a change made here,
   * already applied to it), so that the entity keeps that very object. Returns what changed: nothing,
   * fields of an entity, or which entities exist (then the library's list must be taken again).
   */
  apply(op: Op, adopt?: Fields): 'none' | 'fields' | 'list' {
    if (op.c > this.clock) this.clock = op.c
    const e = this.entityOrNew(op.k, op.i)
    const wasAlive = isAlive(e)
    const bornBefore = e.born
    if (adopt) e.obj = adopt
    if (!applyToEntity(e, op)) return 'none'
    if (op.k === SETTINGS || op.k === ROOT) return 'fields'
    const alive = isAlive(e)
    if (alive === wasAlive && (!alive || e.born === bornBefore)) return 'fields'
    const list = this.listOf(op.k)
    if (wasAlive) list.splice(list.indexOf(e), 1)
    if (alive) list.splice(insertionPoint(list, e.born!), 0, e)
    return 'list'
  }

  /** The settings as this device sees them: the synced ones, reading positions, and its own. */
  settings(): Settings {
    const settings: Record<string, unknown> = { ...defaultSettings(), positions: {} }
    const positions: Record<string, number> = {}
    const synced = this.entity(SETTINGS, SYNCED)
    for (const [f, v] of Object.entries(synced?.obj ?? {})) {
      if (f.startsWith(POSITION)) positions[f.slice(POSITION.length)] = v as number
      else if (!DEVICE_SETTINGS.includes(f)) settings[f] = v
    }
    const own = this.entity(SETTINGS, deviceSettingsId(this.device))
    for (const [f, v] of Object.entries(own?.obj ?? {})) if (DEVICE_SETTINGS.includes(f)) settings[f] = v
    settings.positions = positions
    return structuredClone(settings) as unknown as Settings
  }

  /** The library all these operations make, for this device. */
  library(schemaVersion: number, revision: number): Library {
    const lib: Record<string, unknown> = { schemaVersion, revision, articles: [], highlights: [], links: [], rejectedPairs: [] }
    for (const k of this.listNames()) lib[k] = this.list(k)
    for (const [f, v] of Object.entries(this.entity(ROOT, ROOT)?.obj ?? {})) if (!(f in lib)) lib[f] = structuredClone(v)
    lib.settings = this.settings()
    return lib as unknown as Library
  }
}

function insertionPoint(list: Entity[], born: Clock): number {
  // New entities are nearly always the newest.
  if (list.length === 0 || list[list.length - 1].born! < born) return list.length
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid].born! < born) lo = mid + 1
    else hi = mid
  }
  return lo
}
