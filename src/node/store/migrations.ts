// Upgrades older library files to the current schema. Version 1 is the first; each later version adds
// one step here, so that a library written by any earlier Diptych still opens.
import { SCHEMA_VERSION } from '../../shared/model'

type RawLibrary = Record<string, unknown>

const steps: Record<number, (raw: RawLibrary) => RawLibrary> = {
  // 0 → 1: files written before the revision counter and rejected pairs existed.
  0: (raw) => ({ ...raw, revision: raw.revision ?? 0, rejectedPairs: raw.rejectedPairs ?? [], schemaVersion: 1 }),
  // 1 → 2: new block kinds (figure, table, code) and optional article fields; every version-1 library
  // and body is a valid version-2 one, so only the number changes.
  1: (raw) => ({ ...raw, schemaVersion: 2 })
}

/**
 * The format a file says it has: 0 when it names none (files from before versions), NaN when what it
 * names is no version. A number written as a string ("99") counts as that number: such a file was not
 * written by this version, and must not be read as version 0 and rewritten.
 */
export function versionOf(raw: RawLibrary): number {
  const v = raw.schemaVersion
  if (v === undefined) return 0
  if (typeof v === 'number') return v
  if (typeof v === 'string' && v.trim() !== '') return Number(v)
  return Number.NaN
}

export function migrate(raw: RawLibrary): RawLibrary {
  let current = raw
  let version = versionOf(current)
  while (version < SCHEMA_VERSION) {
    const step = steps[version]
    if (!step) break
    current = step(current)
    version = current.schemaVersion as number
  }
  return current
}
