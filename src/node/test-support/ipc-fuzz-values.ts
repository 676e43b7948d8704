// Malformed values for ipc-fuzz.test.ts, made from a channel's well-formed template.
import type { ErrorKind } from '../../shared/api'
import { A, MB, show, type Path, type Spec } from './ipc-fuzz-specs'

export function get(value: unknown, p: Path): unknown {
  return p.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value)
}

/** A copy of `template` with the value at `p` replaced (or removed, for `undefined` with `remove`). */
export function withValue(template: unknown, p: Path, value: unknown, remove = false): unknown {
  if (p.length === 0) return value
  const copy = structuredClone(template)
  const parent = get(copy, p.slice(0, -1)) as Record<string | number, unknown>
  const key = p[p.length - 1]
  if (remove) delete parent[key]
  else parent[key] = value
  return copy
}

/** An object with an own, enumerable key such as `__proto__`, as JSON.parse (or structured clone) makes one. */
export function withOwnKey(base: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(base)
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true })
  return copy
}

export function deeplyNested(depth: number): unknown {
  let value: unknown = { leaf: true }
  for (let i = 0; i < depth; i++) value = { a: value, b: [value] }
  return value
}

export const DEEP = deeplyNested(10_000)
export const cyclic = (() => {
  const c: Record<string, unknown> = { id: A }
  c.self = c
  c.list = [c]
  return c
})()
export const longStrings = new Map<number, string>()
export const longString = (length: number) => {
  if (!longStrings.has(length)) longStrings.set(length, 'x'.repeat(length))
  return longStrings.get(length)!
}

export type Kind = 'null' | 'object' | 'array' | 'string' | 'number' | 'boolean'
export const kindOf = (v: unknown): Kind => (v === null ? 'null' : Array.isArray(v) ? 'array' : (typeof v as Kind))

/** Every path in the template, the template itself first. */
export function paths(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at]
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])))
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]))
  return out
}

export interface Probe {
  label: string
  req: unknown
  kinds: ErrorKind[]
}

export function malformed(spec: Spec): Probe[] {
  const probes: Probe[] = []
  const bad = (p: Path, what: string, req: unknown) => probes.push({ label: `${show(p)} ${what}`, req, kinds: ['invalid-request'] })
  for (const p of paths(spec.template)) {
    const key = p.join('.')
    const value = get(spec.template, p)
    const kind = kindOf(value)
    const put = (v: unknown) => withValue(spec.template, p, v)

    if (p.length > 0 && !spec.optional?.includes(key) && !(typeof p[p.length - 1] === 'number'))
      bad(p, 'missing', withValue(spec.template, p, undefined, true))

    // Every other type, and numbers that are no numbers.
    const others: [string, unknown][] = [
      ['null', null],
      ['true', true],
      ['0', 0],
      ['NaN', NaN],
      ['Infinity', Infinity],
      ['-Infinity', -Infinity],
      ['a string', 'text'],
      ['an empty array', []],
      ['an empty object', {}],
      ['an array of itself', [value]],
      ['an object around itself', { value }],
      ['deeply nested', DEEP],
      ['cyclic', cyclic]
    ]
    for (const [what, v] of others) {
      if (kindOf(v) === kind && !(kind === 'number' && !Number.isFinite(v as number))) continue
      if (v === null && spec.nullable?.includes(key)) continue
      if (p.length === 0 && kind === 'null' && v === undefined) continue
      bad(p, `as ${what}`, put(v))
    }
    if (p.length === 0) bad(p, 'as undefined', kind === 'null' ? 'undefined-is-null' : undefined)

    if (kind === 'number') {
      if (!spec.signed?.includes(key)) bad(p, 'negative', put(-1))
      if (!spec.fractional?.includes(key)) bad(p, 'fractional or out of range', put(1.5))
      bad(p, 'as 2^53', put(2 ** 53))
    }
    if (kind === 'string') {
      const limit = spec.big?.[key]
      if (limit) bad(p, `longer than its limit of ${limit}`, put(longString(limit + 1)))
      else bad(p, 'very long (1 MB + 1)', put(longString(MB + 1)))
      if (spec.ids?.includes(key)) {
        for (const id of ['', ' ', '../../etc/passwd', 'a/b', 'a\\b', '.hidden', 'x'.repeat(81), 'nul\u0000', 'new\nline'])
          bad(p, `as id ${JSON.stringify(id)}`, put(id))
      }
      if (spec.enums?.includes(key)) for (const word of ['', 'not-one-of-them', 'YELLOW']) bad(p, `as ${JSON.stringify(word)}`, put(word))
    }
    if (kind === 'object') {
      const object = value as Record<string, unknown>
      bad(p, 'with an extra key', put({ ...object, extra: 1 }))
      bad(p, 'with an own __proto__ key', put(withOwnKey(object, '__proto__', { polluted: true })))
      bad(p, 'with a constructor key', put(withOwnKey(object, 'constructor', { prototype: { polluted: true } })))
      bad(p, 'with a prototype key', put(withOwnKey(object, 'prototype', { polluted: true })))
      bad(p, 'as an array of its values', put(Object.values(object)))
    }
    if (kind === 'array') {
      const array = value as unknown[]
      bad(p, 'with an element of the wrong type', put([...array, 42]))
      bad(p, 'with a null element', put([...array, null]))
      if (array.length === 2) bad(p, 'one element short', put(array.slice(0, 1)))
    }
  }
  // The JSON.parse way of smuggling keys in, on the whole request.
  const template = spec.template
  if (template && typeof template === 'object' && !Array.isArray(template)) {
    const body = JSON.stringify(template).slice(1)
    for (const key of ['__proto__', 'constructor']) {
      probes.push({
        label: `JSON.parse with ${key}`,
        req: JSON.parse(`{"${key}":{"polluted":true,"prototype":{"polluted":true}}${body === '}' ? '}' : `,${body}`}`),
        kinds: ['invalid-request']
      })
    }
  } else {
    probes.push({ label: 'JSON.parse with __proto__', req: JSON.parse('{"__proto__":{"polluted":true}}'), kinds: ['invalid-request'] })
  }
  return probes
    .map((probe) => (probe.req === 'undefined-is-null' ? { ...probe, label: '(request) as undefined', req: undefined, kinds: [] } : probe))
    .filter((p) => p.kinds.length > 0)
}

export const toPath = (p: string): Path => (p === '' ? [] : p.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)))

export function wrongValues(spec: Spec): Probe[] {
  return (spec.invalid ?? []).map(({ path: p, value, what }) => ({
    label: `${p} ${what}`,
    req: withValue(spec.template, toPath(p), value),
    kinds: ['invalid-request']
  }))
}

export function unknownIds(spec: Spec): Probe[] {
  return (spec.unknown ?? []).map(({ path: p, value, kind }) => ({
    label: `${p} = ${JSON.stringify(value)}`,
    req: withValue(spec.template, toPath(p), value),
    kinds: [kind]
  }))
}
