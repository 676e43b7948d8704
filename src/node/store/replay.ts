// A change to the library: a function that changes it in place (set a field, upsert or remove by id),
// checking before it changes so that it either applies whole or changes nothing. The store tells the
// operations it made from what it touched (oplog/local-changes.ts).
import type { Library } from '../../shared/model'

export type Recipe<T = unknown> = (library: Library) => T
