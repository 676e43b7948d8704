// The JSON-LD reading helpers of the Web Annotation import: typed access to a parsed document that
// fails with the path of the offending value.
import type { WebAnnotationImportError, WebAnnotationImportErrorKind } from './webannotation-parse'

export type Json = Record<string, unknown>

export class Invalid extends Error {
  constructor(readonly detail: WebAnnotationImportError) {
    super(detail.message)
  }
}

export function fail(kind: WebAnnotationImportErrorKind, path: string, message: string): never {
  throw new Invalid({ kind, path, message })
}

export function stripPrefix<T extends string | undefined>(value: T, prefix: string): T {
  if (value === undefined || !value.startsWith(prefix)) return value
  const encoded = value.slice(prefix.length)
  try {
    return decodeURIComponent(encoded) as T
  } catch {
    // Not percent-encoded by us: keep it as written.
    return encoded as T
  }
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function expectObject(value: unknown, path: string): Json {
  if (!isObject(value)) fail('invalid-annotation', path, 'expected an object')
  return value
}

export function hasType(object: Json, type: string): boolean {
  return object.type === type || (Array.isArray(object.type) && object.type.includes(type))
}

/** JSON-LD lets any property hold one value or an array of them. */
export function asList(value: unknown, path: string): { value: unknown; path: string }[] {
  if (value === undefined || value === null) return []
  if (Array.isArray(value)) return value.map((item, i) => ({ value: item, path: `${path}[${i}]` }))
  return [{ value, path }]
}

export function optionalString(object: Json, key: string, path: string): string | undefined {
  const value = object[key]
  if (value === undefined) return undefined
  if (typeof value !== 'string') fail('invalid-annotation', at(path, key), `\`${key}\` must be a string`)
  return value
}

export function at(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`
}

export function dropUndefined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T
}
