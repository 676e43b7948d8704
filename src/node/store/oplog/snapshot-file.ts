// Snapshots: `snapshots/<device>.json`, each written only by its own device, so that a sync tool never
// has two versions of one file to reconcile. Two lines: a small header (which device, the latest clock,
// how far into each log it includes), then the library as the store had it (lists first, in order,
// articles before highlights, so that `diptych list` reads the part it shows and stops) with the clocks
// that merging needs. Written in slices, giving way to clicks between them (compaction.ts).
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { Library } from '../../../shared/model'
import { deviceSettingsId, ROOT, SETTINGS, SYNCED } from './change-ops'
import { clocksOf, entityFrom, type Entity, type EntityClocks, type Fields } from './entity-merge'
import { DEVICE_SETTINGS, isEntityList, keyOf, migratedClock, MergeState, POSITION, UNMERGED_KEYS } from './merge-state'

export const SNAPSHOTS = 'snapshots'
export const SNAPSHOT_FORMAT = 1

export interface SnapshotHeader {
  snapshot: number
  device: string
  clock: string
  revision: number
  /** Bytes of each log (`<device>/<file>.jsonl`) whose operations the snapshot includes. */
  covered: Record<string, number>
}

/** Gives way to other work every few milliseconds of a long loop. */
export function yielder(sliceMs: number): () => Promise<void> {
  let since = performance.now()
  return async () => {
    if (performance.now() - since < sliceMs) return
    await new Promise((resolve) => setImmediate(resolve))
    since = performance.now()
  }
}

/** The lists first, the four of every library in their usual order, then any other. */
function listOrder(state: MergeState): string[] {
  const usual = ['articles', 'highlights', 'links', 'rejectedPairs']
  return [...usual, ...state.listNames().filter((k) => !usual.includes(k))]
}

const PIECE = 1 << 20

/**
 * Text written straight into buffers of a megabyte, so that no step of it is long and no joined
 * megabyte-long string is made for the garbage collector to carry.
 */
export class Chunks {
  readonly buffers: Buffer[] = []
  private piece = Buffer.allocUnsafe(PIECE)
  private used = 0

  push(text: string): void {
    // At most three bytes a UTF-16 unit.
    if (this.used + text.length * 3 > PIECE) {
      this.close()
      if (text.length * 3 > PIECE) {
        this.buffers.push(Buffer.from(text))
        return
      }
    }
    this.used += this.piece.write(text, this.used)
  }

  private close(): void {
    if (this.used === 0) return
    this.buffers.push(this.piece.subarray(0, this.used))
    this.piece = Buffer.allocUnsafe(PIECE)
    this.used = 0
  }

  seal(): Buffer[] {
    this.close()
    return this.buffers
  }
}

/**
 * A snapshot's body, entity by entity with pauses: each entity's fields and clocks are taken at the same
 * moment, so that they agree even when changes are made meanwhile (those are in the logs, past what the
 * snapshot says it includes, and applying them again changes nothing). Also the library alone: a backup.
 */
export async function snapshotBody(
  state: MergeState,
  library: Library,
  pause: () => Promise<void>
): Promise<{ body: Buffer[]; library: Buffer[] }> {
  const lib = new Chunks()
  const clocks = new Chunks()
  lib.push(`{"schemaVersion":${JSON.stringify(library.schemaVersion)},"revision":${JSON.stringify(library.revision)}`)
  const listed = new Set<Entity>()
  let firstList = true
  for (const k of listOrder(state)) {
    const entities = state.entityList(k)
    lib.push(`,${JSON.stringify(k)}:[`)
    clocks.push(`${firstList ? '' : ','}${JSON.stringify(k)}:{`)
    firstList = false
    for (let i = 0; i < entities.length; i++) {
      const e = entities[i]
      listed.add(e)
      lib.push((i ? ',' : '') + JSON.stringify(e.obj))
      clocks.push(`${i ? ',' : ''}${JSON.stringify(e.key)}:${JSON.stringify(clocksOf(e))}`)
      if (i % 256 === 0) await pause()
    }
    lib.push(']')
    clocks.push('}')
  }
  // Entities that do not exist (deleted, or only edited so far) and the settings: their fields in the clocks.
  clocks.push('},"others":{')
  let firstOther = true
  for (const [k, byKey] of state.entities) {
    const rest: Entity[] = []
    let n = 0
    for (const e of byKey.values()) {
      if (!listed.has(e)) rest.push(e)
      if (++n % 1024 === 0) await pause()
    }
    await pause()
    if (rest.length === 0) continue
    clocks.push(`${firstOther ? '' : ','}${JSON.stringify(k)}:{`)
    firstOther = false
    for (let i = 0; i < rest.length; i++) {
      const c = clocksOf(rest[i])
      c.v = rest[i].obj
      clocks.push(`${i ? ',' : ''}${JSON.stringify(rest[i].key)}:${JSON.stringify(c)}`)
      if (i % 256 === 0) await pause()
    }
    clocks.push('}')
  }
  clocks.push('}}}')
  for (const [key, value] of Object.entries(library)) {
    if (key === 'schemaVersion' || key === 'revision' || listOrder(state).includes(key)) continue
    lib.push(`,${JSON.stringify(key)}:${JSON.stringify(value)}`)
  }
  lib.push('}')
  // Kept in pieces of a megabyte, never joined: joining 50 MB would hold the process for a long moment.
  const pieces = lib.seal()
  await pause()
  return { body: [Buffer.from('{"library":'), ...pieces, Buffer.from(',"clocks":{"lists":{'), ...clocks.seal()], library: pieces }
}

export function snapshotBytes(header: SnapshotHeader, body: Buffer[]): Buffer[] {
  return [Buffer.from(JSON.stringify(header) + '\n'), ...body, Buffer.from('\n')]
}

export class DamagedSnapshotError extends Error {}

/** The header alone: the first line, read without the rest. */
export async function readHeader(file: string): Promise<SnapshotHeader | null> {
  const handle = await fs.open(file, 'r').catch(() => null)
  if (!handle) return null
  try {
    const chunks: Buffer[] = []
    for (let pos = 0; ;) {
      const buffer = Buffer.alloc(64 * 1024)
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, pos)
      if (bytesRead === 0) return null
      const end = buffer.subarray(0, bytesRead).indexOf(0x0a)
      chunks.push(buffer.subarray(0, end < 0 ? bytesRead : end))
      if (end >= 0) return headerOf(Buffer.concat(chunks).toString('utf8'))
      pos += bytesRead
    }
  } catch {
    return null
  } finally {
    await handle.close()
  }
}

function headerOf(line: string): SnapshotHeader | null {
  try {
    const h = JSON.parse(line) as SnapshotHeader
    const ok = h.snapshot === SNAPSHOT_FORMAT && typeof h.device === 'string' && typeof h.covered === 'object' && h.covered !== null
    return ok ? h : null
  } catch {
    return null
  }
}

/**
 * Snapshots in the folder, the one including the most first (then this device's); with `suffix`, the
 * article lists written beside them (`<device>.list.json`, for `diptych list`).
 */
export async function snapshotsByCoverage(
  dir: string,
  device: string,
  suffix = ''
): Promise<{ file: string; header: SnapshotHeader | null }[]> {
  const pattern = new RegExp(`^[0-9a-z]+${suffix.replace('.', '\\.')}\\.json$`)
  const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => pattern.test(n))
  const found = await Promise.all(names.map(async (n) => ({ file: path.join(dir, n), header: await readHeader(path.join(dir, n)) })))
  const size = (h: SnapshotHeader | null) => (h ? Object.values(h.covered).reduce((a, b) => a + b, 0) : -1)
  return found.sort((a, b) => size(b.header) - size(a.header) || Number(b.header?.device === device) - Number(a.header?.device === device))
}

export interface SnapshotClocks {
  /** Clocks of the entities the library's lists hold, by list and key. */
  lists: Record<string, Record<string, EntityClocks>>
  /** Entities the lists do not hold (deleted, not yet created, settings), with their fields. */
  others: Record<string, Record<string, EntityClocks>>
}

/** The merged state a library and its clocks make; entities without clocks (a plain library) at migration clocks. */
export function stateFrom(
  device: string,
  library: Record<string, unknown>,
  clocks: SnapshotClocks = { lists: {}, others: {} }
): MergeState {
  const state = new MergeState(device)
  for (const [k, value] of Object.entries(library)) {
    if (UNMERGED_KEYS.has(k) || !isEntityList(k, value)) continue
    value.forEach((obj: Fields, index) => {
      const key = keyOf(k, obj)!
      const c = clocks.lists[k]?.[key] ?? { b: migratedClock(index), p: migratedClock(index) }
      state.load(k, entityFrom(key, obj, c))
    })
  }
  for (const [k, byKey] of Object.entries(clocks.others)) {
    for (const [key, c] of Object.entries(byKey)) {
      if (!c.v || typeof c.v !== 'object') throw new DamagedSnapshotError(`the fields of ${k} ${key} are missing`)
      if (!state.entity(k, key)) state.load(k, entityFrom(key, c.v, c))
    }
  }
  if (!clocks.others[SETTINGS]) loadPlainSettings(state, library)
  return state
}

/** A plain library's settings and other values, as entities at the migration clock. */
function loadPlainSettings(state: MergeState, library: Record<string, unknown>): void {
  const settings = (library.settings ?? {}) as Record<string, unknown>
  const synced: Fields = {}
  const own: Fields = {}
  for (const [f, v] of Object.entries(settings)) {
    if (f === 'positions') for (const [id, at] of Object.entries(v as Record<string, unknown>)) synced[POSITION + id] = at
    else if (DEVICE_SETTINGS.includes(f)) own[f] = v
    else synced[f] = v
  }
  const root: Fields = {}
  for (const [k, v] of Object.entries(library)) if (!UNMERGED_KEYS.has(k) && !isEntityList(k, v)) root[k] = v
  const at = migratedClock(0)
  state.load(SETTINGS, entityFrom(SYNCED, synced, { b: at, p: at }))
  state.load(SETTINGS, entityFrom(deviceSettingsId(state.device), own, { b: at, p: at }))
  if (Object.keys(root).length > 0) state.load(ROOT, entityFrom(ROOT, root, { b: at, p: at }))
}
