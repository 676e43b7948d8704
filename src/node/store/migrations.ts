// Upgrades older library files to the current schema. Version 1 is the first; each later version adds
// one step here, so that a library written by any earlier Diptych still opens.
import { SCHEMA_VERSION } from '../../shared/model'

type RawLibrary = Record<string, unknown>

const steps: Record<number, (raw: RawLibrary) => RawLibrary> = {
  // 0 → 1: files written before the revision counter and rejected pairs existed.
  0: (raw) => ({ ...raw, revision: raw.revision ?? 0, rejectedPairs: raw.rejectedPairs ?? [], schemaVersion: 1 })
}

export function migrate(raw: RawLibrary): RawLibrary {
  let current = raw
  let version = typeof current.schemaVersion === 'number' ? current.schemaVersion : 0
  while (version < SCHEMA_VERSION) {
    const step = steps[version]
    if (!step) break
    current = step(current)
    version = current.schemaVersion as number
  }
  return current
}
