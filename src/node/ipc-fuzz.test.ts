// IPC fuzz: every channel gets malformed requests through `dispatch`, the function that stands between
// ipcMain and the services. Each must come back as a typed refusal ({ ok: false, error: { kind, message } }
// with kind invalid-request, or not-found for a well-formed id that names nothing), never as a throw,
// never as a change: the library file stays byte-identical, nothing reaches the clipboard, the browser
// or a dialog, and no prototype is polluted.
//
// Three sources of requests:
// - targeted: for every field of a well-formed request, the field missing, of every wrong type, NaN and
//   Infinity, too long (1 MB and more, or the field's own limit when that is larger), an extra key,
//   `__proto__` and `constructor` keys; and the whole request null, a number, an array, deeply nested…
// - well-formed requests that name unknown ids (or a file never chosen, a link that is not a web link);
// - random values from fast-check, whole or in place of one field (skipped when valid by chance).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHANNELS, type ApiError, type Channel, type ErrorKind, type Result } from '../shared/api'
import type { Highlight, Link } from '../shared/model'
import { createHandlers, dispatch, openApp, type AppContext, type Handlers } from '.'
import { requestSchemas } from './ipc-schemas'
import type { Platform } from './platform'

const resourcesDir = path.resolve(import.meta.dirname, '../../resources')
const A = 'anadolu-2024-05-16'
const B = 'trend-2024-05-16'
const MB = 1024 * 1024

type Path = (string | number)[]
const show = (p: Path) => (p.length ? p.join('.') : '(request)')

interface Spec {
  /** A well-formed request; every malformed one is made from it. */
  template: unknown
  /** Paths whose absence is well-formed. */
  optional?: string[]
  /** Paths where null is well-formed. */
  nullable?: string[]
  /** String paths that hold ids. */
  ids?: string[]
  /** String paths that hold one of a fixed set of words. */
  enums?: string[]
  /** String paths whose own limit is above 1 MB. */
  big?: Record<string, number>
  /** Well-formed values that name nothing (or nothing allowed), with the refusal they must get. */
  unknown?: { path: string; value: unknown; kind: ErrorKind }[]
  /** Values of the right type that are still wrong for this field. */
  invalid?: { path: string; value: unknown; what: string }[]
}

const NO_ID = 'no-such-id-4711'
const notFound = (...paths: string[]) => paths.map((p) => ({ path: p, value: NO_ID, kind: 'not-found' as const }))

function specs(h1: Highlight, h2: Highlight, l1: Link): Record<Channel, Spec> {
  const pairSpec: Spec = {
    template: { articleA: A, articleB: B, a: { start: 0, end: 10 }, b: { start: 5, end: 15 } },
    ids: ['articleA', 'articleB'],
    unknown: notFound('articleA', 'articleB'),
    invalid: [{ path: 'a', value: { start: 10, end: 2 }, what: 'inverted' }]
  }
  const none: Spec = { template: null }
  return {
    getLibrary: none,
    getArticleBody: { template: { id: A }, ids: ['id'], unknown: notFound('id') },
    updateSettings: {
      template: { panes: [A, B], split: 0.5, lastColor: 'yellow', syncScroll: true },
      optional: ['panes', 'split', 'lastColor', 'syncScroll'],
      nullable: ['panes.0', 'panes.1'],
      ids: ['panes.0', 'panes.1'],
      enums: ['lastColor'],
      unknown: notFound('panes.0', 'panes.1')
    },
    setPosition: { template: { articleId: A, offset: 10 }, ids: ['articleId'], unknown: notFound('articleId') },
    createHighlight: {
      invalid: [
        { path: 'position', value: { start: 5, end: 5 }, what: 'empty' },
        { path: 'position', value: { start: 9, end: 5 }, what: 'inverted' },
        { path: 'tags', value: Array.from({ length: 201 }, (_, i) => `t${i}`), what: 'with 201 tags' },
        { path: 'tags', value: ['   '], what: 'with a blank tag' },
        { path: 'tags', value: ['two\nlines'], what: 'with a tag of two lines' },
        { path: 'quote.exact', value: '', what: 'empty' }
      ],
      template: {
        id: 'new-highlight',
        articleId: A,
        color: 'yellow',
        quote: { exact: 'Belarusian', prefix: 'the ', suffix: ' president' },
        position: { start: 4, end: 14 },
        note: 'a note',
        tags: ['quote']
      },
      optional: ['id', 'note', 'tags'],
      ids: ['id', 'articleId'],
      enums: ['color'],
      unknown: notFound('articleId')
    },
    updateHighlight: {
      template: { id: h1.id, patch: { color: 'green', note: 'n', tags: ['t'] } },
      optional: ['patch.color', 'patch.note', 'patch.tags'],
      ids: ['id'],
      enums: ['patch.color'],
      unknown: notFound('id')
    },
    deleteHighlight: { template: { id: h1.id }, ids: ['id'], unknown: notFound('id') },
    restoreHighlight: {
      template: { highlight: structuredClone(h1), links: [structuredClone(l1)] },
      ids: ['highlight.id', 'highlight.articleId', 'links.0.id', 'links.0.from', 'links.0.to'],
      enums: ['highlight.color', 'links.0.relation'],
      unknown: notFound('highlight.articleId'),
      invalid: [
        { path: 'highlight.tags', value: Array.from({ length: 201 }, (_, i) => `t${i}`), what: 'with 201 tags' },
        { path: 'highlight.position', value: { start: 9, end: 5 }, what: 'inverted' }
      ]
    },
    renameTag: { template: { from: 'quote', to: 'claim' }, unknown: [{ path: 'from', value: 'no-such-tag', kind: 'not-found' }] },
    deleteTag: { template: { tag: 'quote' }, unknown: [{ path: 'tag', value: 'no-such-tag', kind: 'not-found' }] },
    restoreTags: {
      template: { highlights: [{ id: h1.id, tags: ['quote'] }], articles: [{ id: A, tags: ['x'] }] },
      ids: ['highlights.0.id', 'articles.0.id'],
      unknown: notFound('highlights.0.id', 'articles.0.id')
    },
    updateArticle: {
      template: {
        id: A,
        patch: { title: 'T', source: 'S', author: 'Au', published: '2024-05-16', url: 'https://example.org/a', tags: ['t'] }
      },
      optional: ['patch.title', 'patch.source', 'patch.author', 'patch.published', 'patch.url', 'patch.tags'],
      ids: ['id'],
      unknown: notFound('id')
    },
    trashArticle: { template: { id: A }, ids: ['id'], unknown: notFound('id') },
    restoreArticle: { template: { id: A }, ids: ['id'], unknown: notFound('id') },
    emptyTrash: none,
    chooseImportFiles: none,
    importFile: {
      template: { path: '/tmp/article.md', keepDuplicates: false },
      optional: ['keepDuplicates'],
      unknown: [{ path: 'path', value: '/etc/passwd', kind: 'invalid-request' }]
    },
    importDropped: {
      template: { fileName: 'article.md', dataBase64: Buffer.from('# Title\n\nText.').toString('base64'), keepDuplicates: false },
      optional: ['keepDuplicates'],
      big: { dataBase64: Math.ceil((50 * MB) / 3) * 4 + 4 },
      invalid: [
        { path: 'dataBase64', value: '!!! not base64 !!!', what: 'not base64' },
        { path: 'dataBase64', value: 'data:text/markdown;base64,IyBUaXRsZQ==', what: 'a data: URL' },
        { path: 'fileName', value: '', what: 'empty' }
      ]
    },
    importPasted: {
      invalid: [
        { path: '', value: { text: '  \n\t ', html: '' }, what: 'blank text and html' },
        { path: '', value: { keepDuplicates: true }, what: 'nothing pasted' }
      ],
      template: { text: 'Hello', html: '<p>Hello</p>', keepDuplicates: false },
      optional: ['text', 'html', 'keepDuplicates'],
      big: { text: 50 * MB, html: 50 * MB }
    },
    createLink: {
      template: { id: 'new-link', from: h1.id, to: h2.id, relation: 'quotes' },
      optional: ['id'],
      ids: ['id', 'from', 'to'],
      enums: ['relation'],
      unknown: notFound('from', 'to')
    },
    deleteLink: { template: { id: l1.id }, ids: ['id'], unknown: notFound('id') },
    rejectPair: pairSpec,
    unrejectPair: pairSpec,
    search: { template: { query: 'Baku' } },
    exportWithDialog: {
      template: { scope: 'article', articleIds: [A], format: 'markdown', includeNotes: true, order: 'reading', onlyTag: 'quote' },
      optional: ['onlyTag'],
      ids: ['articleIds.0'],
      enums: ['scope', 'format', 'order'],
      unknown: notFound('articleIds.0')
    },
    copyMarkdown: {
      template: { articleId: A, highlightId: h1.id },
      optional: ['highlightId'],
      ids: ['articleId', 'highlightId'],
      unknown: notFound('articleId', 'highlightId')
    },
    importAnnotations: { template: { articleId: A }, ids: ['articleId'], unknown: notFound('articleId') },
    copyText: { template: { text: 'Dear friends.' }, big: { text: 10 * MB } },
    openExternal: {
      template: { url: 'https://example.org/' },
      unknown: ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<script>alert(1)</script>', 'chrome://settings', 'app://diptych/index.html', 'not a url'].map(
        (value) => ({ path: 'url', value, kind: 'invalid-request' as const })
      )
    },
    listBackups: none,
    restoreBackup: {
      template: { name: 'library-2024-05-16T00-00-00-000Z.json' },
      unknown: [{ path: 'name', value: 'library-2024-05-16T00-00-00-000Z.json', kind: 'not-found' }]
    }
  }
}

/**
 * Unknown ids that do not get not-found today. Each is a gap outside ipc-schemas.ts (a service decides
 * it), listed so that the rest stays enforced: the test fails when a new one appears, and when one of
 * these is fixed (then remove it here).
 */
const KNOWN_GAPS: Record<string, string> = {}

// ── Building malformed values ─────────────────────────────────────────────────────────────────────────

function get(value: unknown, p: Path): unknown {
  return p.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value)
}

/** A copy of `template` with the value at `p` replaced (or removed, for `undefined` with `remove`). */
function withValue(template: unknown, p: Path, value: unknown, remove = false): unknown {
  if (p.length === 0) return value
  const copy = structuredClone(template)
  const parent = get(copy, p.slice(0, -1)) as Record<string | number, unknown>
  const key = p[p.length - 1]
  if (remove) delete parent[key]
  else parent[key] = value
  return copy
}

/** An object with an own, enumerable key such as `__proto__`, as JSON.parse (or structured clone) makes one. */
function withOwnKey(base: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(base)
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true })
  return copy
}

function deeplyNested(depth: number): unknown {
  let value: unknown = { leaf: true }
  for (let i = 0; i < depth; i++) value = { a: value, b: [value] }
  return value
}

const DEEP = deeplyNested(10_000)
const cyclic = (() => {
  const c: Record<string, unknown> = { id: A }
  c.self = c
  c.list = [c]
  return c
})()
const longStrings = new Map<number, string>()
const longString = (length: number) => {
  if (!longStrings.has(length)) longStrings.set(length, 'x'.repeat(length))
  return longStrings.get(length)!
}

type Kind = 'null' | 'object' | 'array' | 'string' | 'number' | 'boolean'
const kindOf = (v: unknown): Kind => (v === null ? 'null' : Array.isArray(v) ? 'array' : (typeof v as Kind))

/** Every path in the template, the template itself first. */
function paths(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at]
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])))
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]))
  return out
}

interface Probe {
  label: string
  req: unknown
  kinds: ErrorKind[]
}

function malformed(spec: Spec): Probe[] {
  const probes: Probe[] = []
  const bad = (p: Path, what: string, req: unknown) => probes.push({ label: `${show(p)} ${what}`, req, kinds: ['invalid-request'] })
  for (const p of paths(spec.template)) {
    const key = p.join('.')
    const value = get(spec.template, p)
    const kind = kindOf(value)
    const put = (v: unknown) => withValue(spec.template, p, v)

    if (p.length > 0 && !spec.optional?.includes(key) && !(typeof p[p.length - 1] === 'number')) bad(p, 'missing', withValue(spec.template, p, undefined, true))

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
      bad(p, 'negative', put(-1))
      bad(p, 'fractional or out of range', put(1.5))
      bad(p, 'as 2^53', put(2 ** 53))
    }
    if (kind === 'string') {
      const limit = spec.big?.[key]
      if (limit) bad(p, `longer than its limit of ${limit}`, put(longString(limit + 1)))
      else bad(p, 'very long (1 MB + 1)', put(longString(MB + 1)))
      if (spec.ids?.includes(key)) {
        for (const id of ['', ' ', '../../etc/passwd', 'a/b', 'a\\b', '.hidden', 'x'.repeat(81), 'nul\u0000', 'new\nline']) bad(p, `as id ${JSON.stringify(id)}`, put(id))
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
  return probes.map((probe) => (probe.req === 'undefined-is-null' ? { ...probe, label: '(request) as undefined', req: undefined, kinds: [] } : probe)).filter((p) => p.kinds.length > 0)
}

const toPath = (p: string): Path => (p === '' ? [] : p.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)))

function wrongValues(spec: Spec): Probe[] {
  return (spec.invalid ?? []).map(({ path: p, value, what }) => ({
    label: `${p} ${what}`,
    req: withValue(spec.template, toPath(p), value),
    kinds: ['invalid-request']
  }))
}

function unknownIds(spec: Spec): Probe[] {
  return (spec.unknown ?? []).map(({ path: p, value, kind }) => ({
    label: `${p} = ${JSON.stringify(value)}`,
    req: withValue(spec.template, toPath(p), value),
    kinds: [kind]
  }))
}

// ── The app under fuzz ────────────────────────────────────────────────────────────────────────────────

interface Fuzzed {
  app: AppContext
  handlers: Handlers
  file: string
  platformCalls: string[]
  h1: Highlight
  h2: Highlight
  l1: Link
}

async function start(dataDir: string): Promise<Fuzzed> {
  const platformCalls: string[] = []
  const platform: Platform = {
    showOpenDialog: async () => (platformCalls.push('showOpenDialog'), null),
    showSaveDialog: async () => (platformCalls.push('showSaveDialog'), null),
    writeClipboard: () => void platformCalls.push('writeClipboard'),
    openExternal: async () => void platformCalls.push('openExternal')
  }
  const app = await openApp({ dataDir, resourcesDir, platform })
  const handlers = createHandlers(app)
  const must = async <T,>(channel: Channel, req: unknown): Promise<T> => {
    const r = await dispatch(handlers, channel, req)
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`)
    return r.value as T
  }
  const h1 = await must<Highlight>('createHighlight', {
    articleId: A,
    color: 'yellow',
    quote: { exact: 'Belarusian', prefix: '', suffix: '' },
    position: { start: 0, end: 10 },
    tags: ['quote']
  })
  const h2 = await must<Highlight>('createHighlight', { articleId: B, color: 'blue', quote: { exact: 'BAKU', prefix: '', suffix: '' }, position: { start: 0, end: 4 } })
  const l1 = await must<Link>('createLink', { from: h1.id, to: h2.id, relation: 'paraphrases' })
  await app.store.flush()
  return { app, handlers, file: app.store.libraryFile, platformCalls, h1, h2, l1 }
}

/** Sends one request; returns what went wrong, or null when it was refused as it must be. */
async function send(f: Fuzzed, channel: Channel, req: unknown, kinds: ErrorKind[]): Promise<string | null> {
  let result: Result<unknown, ApiError>
  try {
    result = await dispatch(f.handlers, channel, req)
  } catch (error) {
    return `threw ${(error as Error)?.stack ?? String(error)}`
  }
  if (result.ok) return 'was accepted'
  const { kind, message } = result.error
  if (!kinds.includes(kind)) return `got ${kind}: ${message.slice(0, 200)}`
  if (typeof message !== 'string' || message.trim() === '') return `got ${kind} without a message`
  return null
}

const prototypeKeys = () => [Object.prototype, Array.prototype, Function.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join())

describe('IPC fuzz', () => {
  let f: Fuzzed
  let protoBefore: string[]
  const counts = { targeted: 0, unknown: 0, random: 0, randomSkippedAsValid: 0 }
  // One library for the three tests (useTempDirs would remove it after the first).
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'diptych-fuzz-'))

  beforeAll(async () => {
    f = await start(dataDir)
    protoBefore = prototypeKeys()
  })
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  /** After each channel: no write, no pollution, nothing sent to the desktop. */
  function expectUntouched(before: Buffer, revision: number, where: string): void {
    expect(readFileSync(f.file).equals(before), `${where}: the library file changed`).toBe(true)
    expect(f.app.store.data.revision, where).toBe(revision)
    expect(({} as Record<string, unknown>).polluted, where).toBeUndefined()
    expect(([] as unknown as Record<string, unknown>).polluted, where).toBeUndefined()
    expect(prototypeKeys(), where).toEqual(protoBefore)
    expect(f.platformCalls, where).toEqual([])
  }

  it('refuses malformed requests on every channel with a typed invalid-request', { timeout: 60_000 }, async () => {
    const all = specs(f.h1, f.h2, f.l1)
    expect(
      CHANNELS.filter((c) => !all[c]),
      'channels without a well-formed request to fuzz from: add them to specs() in ipc-fuzz.test.ts'
    ).toEqual([])
    const findings: string[] = []
    for (const channel of CHANNELS) {
      for (const probe of [...malformed(all[channel]), ...wrongValues(all[channel])]) {
        const before = readFileSync(f.file)
        const problem = await send(f, channel, probe.req, probe.kinds)
        counts.targeted++
        const wrote = !readFileSync(f.file).equals(before)
        if (problem || wrote) findings.push(`${channel} ${probe.label}: ${problem ?? 'refused'}${wrote ? ', and wrote the library' : ''}`)
      }
    }
    expect(findings).toEqual([])
    expectUntouched(readFileSync(f.file), f.app.store.data.revision, 'all channels')
  })

  it('answers well-formed requests that name nothing with not-found (or invalid-request), and writes nothing', async () => {
    const all = specs(f.h1, f.h2, f.l1)
    const gaps: Record<string, string> = {}
    for (const channel of CHANNELS) {
      for (const probe of unknownIds(all[channel])) {
        const before = readFileSync(f.file)
        const revision = f.app.store.data.revision
        const problem = await send(f, channel, probe.req, probe.kinds)
        counts.unknown++
        const wrote = !readFileSync(f.file).equals(before)
        if (problem || wrote) gaps[`${channel} ${probe.label}`] = `${problem ?? 'refused'}${wrote ? ', and wrote the library' : ''}`
        if (!wrote) expectUntouched(before, revision, `${channel} ${probe.label}`)
      }
    }
    const found = Object.keys(gaps).sort()
    const known = Object.keys(KNOWN_GAPS).sort()
    expect(
      found,
      `new gaps: ${JSON.stringify(Object.fromEntries(Object.entries(gaps).filter(([k]) => !(k in KNOWN_GAPS))))}; ` +
        `fixed (remove them from KNOWN_GAPS): ${JSON.stringify(known.filter((k) => !(k in gaps)))}`
    ).toEqual(known)
  })

  it('refuses random values, whole or in place of one field (fast-check)', { timeout: 60_000 }, async () => {
    const all = specs(f.h1, f.h2, f.l1)
    for (const channel of CHANNELS) {
      const spec = all[channel]
      const schema = requestSchemas[channel]
      const keys = paths(spec.template)
        .map((p) => p[p.length - 1])
        .filter((k): k is string => typeof k === 'string')
      const garbage = fc.anything({
        maxDepth: 3,
        maxKeys: 6,
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
        withSparseArray: true,
        withNullPrototype: true,
        key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted', ...keys))
      })
      const fieldPaths = paths(spec.template)
      const candidates = fc.oneof(
        garbage,
        fc.tuple(fc.constantFrom(...fieldPaths), garbage).map(([p, v]) => withValue(spec.template, p, v))
      )
      const before = readFileSync(f.file)
      const revision = f.app.store.data.revision
      await fc.assert(
        fc.asyncProperty(candidates, async (req) => {
          if (schema.safeParse(req === undefined ? null : req).success) {
            counts.randomSkippedAsValid++
            return
          }
          counts.random++
          const problem = await send(f, channel, req, ['invalid-request'])
          if (problem) throw new Error(`${channel}: ${problem}`)
        }),
        { numRuns: 200, seed: 20240516 }
      )
      expectUntouched(before, revision, `${channel} (fast-check)`)
    }
    console.log(
      `ipc fuzz: ${counts.targeted + counts.random} malformed requests sent over ${CHANNELS.length} channels ` +
        `(${counts.targeted} targeted, ${counts.random} random from fast-check; ${counts.randomSkippedAsValid} random values ` +
        `were valid by chance and not sent), every one refused as invalid-request, nothing written, no prototype polluted; ` +
        `plus ${counts.unknown} well-formed requests naming nothing (${Object.keys(KNOWN_GAPS).length} known gaps, see KNOWN_GAPS)`
    )
  })
})
