// Opening checks every entity against the schema but keeps the parsed objects rather than the checked
// copy: sound only while the schema decides and never changes a value, and while checking the library
// piece by piece gives the verdict of checking it whole. Both are held here.
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { defaultSettings, emptyLibrary } from '../../shared/model'
import { librarySchema } from '../schemas'
import { article, highlight } from '../test-support/library-fixtures'
import { CorruptLibraryError, libraryFrom, passesSchema } from './library-file'

/** Kinds of schema, and checks, that give back something other than what they were given. */
const CHANGING = new Set(['pipe', 'transform', 'default', 'prefault', 'catch', 'success'])

function changersIn(schema: z.ZodType, where: string, seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return []
  seen.add(schema)
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def
  const found: string[] = CHANGING.has(def.type as string) ? [`${where}: ${String(def.type)}`] : []
  for (const check of (def.checks as { _zod: { def: { check: string } } }[] | undefined) ?? []) {
    if (check._zod.def.check === 'overwrite') found.push(`${where}: a check that rewrites the value`)
  }
  const inner = (s: unknown, at: string) =>
    s && typeof s === 'object' && '_zod' in s ? found.push(...changersIn(s as z.ZodType, at, seen)) : 0
  for (const [key, value] of Object.entries((def.shape as Record<string, unknown> | undefined) ?? {})) inner(value, `${where}.${key}`)
  for (const key of ['element', 'innerType', 'catchall', 'keyType', 'valueType', 'in', 'out', 'rest']) inner(def[key], `${where}.${key}`)
  for (const key of ['options', 'items']) for (const s of (def[key] as unknown[] | undefined) ?? []) inner(s, `${where}.${key}`)
  return found
}

const valid = () => ({
  ...emptyLibrary(),
  articles: [article('a1')],
  highlights: [highlight('h1'), highlight('h2', 'A note.')],
  settings: defaultSettings()
})

describe('reading a library checked entity by entity', () => {
  it('relies on a schema that changes no value it accepts', () => {
    expect(changersIn(librarySchema as unknown as z.ZodType, 'library')).toEqual([])
  })

  it('gives the verdict of the whole check, and its reason', () => {
    const broken: [string, (lib: Record<string, unknown>) => void][] = [
      ['a highlight covering nothing', (lib) => ((lib.highlights as { position: unknown }[])[1].position = { start: 4, end: 4 })],
      ['a list that is not one', (lib) => (lib.links = {})],
      ['settings missing', (lib) => delete lib.settings],
      ['an article without an id', (lib) => delete (lib.articles as { id?: string }[])[0].id],
      ['a highlight that is not an object', (lib) => (lib.highlights as unknown[]).push(7)]
    ]
    expect(passesSchema(valid())).toBe(true)
    expect(libraryFrom({ ...valid(), later: { field: 1 } }, 'x.json')).toMatchObject({ later: { field: 1 } })
    for (const [, breakIt] of broken) {
      const lib = valid() as unknown as Record<string, unknown>
      breakIt(lib)
      const whole = librarySchema.safeParse(lib)
      expect(passesSchema(lib)).toBe(whole.success)
      expect(() => libraryFrom(lib, 'x.json')).toThrow(CorruptLibraryError)
      const reason = whole.success ? '' : `${whole.error.issues[0].path.join('.')}: ${whole.error.issues[0].message}`
      expect(() => libraryFrom(lib, 'x.json')).toThrow(reason)
    }
  })

  it('keeps what it read, as the whole check would give it', () => {
    const lib = valid()
    expect(libraryFrom(JSON.parse(JSON.stringify(lib)), 'x.json')).toEqual(librarySchema.parse(lib))
  })
})
