// A note that Diptych and the reader both write: a repeated export into a vault rewrites only what
// Diptych wrote, and keeps the reader's additions byte for byte.
//
// What Diptych writes sits between marker lines, one pair per part (the article's heading, each
// highlight, the orphans' heading, the text), each named by a key:
//     <!-- diptych:begin h-2da52b3f -->
//     …
//     <!-- diptych:end h-2da52b3f -->
// plus Diptych's own keys in the front matter. Everything else is the reader's: what comes before the
// first part, between two parts and after the last, and every other front matter property. The reader's
// text after a part stays after that part when parts are added or move; when a part goes (a deleted
// highlight), what the reader wrote after it moves up behind the part before it: it is never dropped.
// A file whose markers were edited, or that has none, is not Diptych's to rewrite: it is reported.

import { joinRaw, mergeFrontMatter, readFrontMatter, type FrontMatterEntryLines, type OwnedField, type RawLine } from './front-matter-merge'

export interface ManagedRegion {
  /** Letters, digits, `-` and `_`; unique in the file. */
  key: string
  /** Its Markdown, without a final line break. */
  text: string
}

export interface ManagedNote {
  /** Diptych's front matter fields, in the order written. */
  fields: OwnedField[]
  /** Every key Diptych may write, written this time or not: the others are the reader's. */
  ownedKeys: ReadonlySet<string>
  /** Keys whose change alone is no change (the export date): kept as the file has them when nothing else changed. */
  volatileKeys: ReadonlySet<string>
  regions: ManagedRegion[]
}

export type MergeOutcome =
  | { kind: 'unchanged' }
  | { kind: 'updated'; content: string }
  | { kind: 'skipped'; reason: 'no-front-matter' | 'no-markers' | 'broken-markers'; detail: string }

export const beginMarker = (key: string): string => `<!-- diptych:begin ${key} -->`
export const endMarker = (key: string): string => `<!-- diptych:end ${key} -->`
const BEGIN = /^<!-- diptych:begin ([A-Za-z0-9_-]+) -->$/
const END = /^<!-- diptych:end ([A-Za-z0-9_-]+) -->$/
/** A line meant as a marker: an HTML comment naming diptych: at its start. */
const LOOKS_LIKE_MARKER = /^\s*<!--\s*diptych\s*:/i

/** A new file: the front matter, a blank line, then the parts one blank line apart. */
export function renderManaged(note: ManagedNote): string {
  // One join rather than a concatenation per part: the file is then written from one flat string.
  const lines = ['---']
  for (const field of note.fields) for (const line of field.lines) lines.push(line)
  lines.push('---', '')
  for (const [i, region] of note.regions.entries()) {
    if (i > 0) lines.push('')
    lines.push(beginMarker(region.key), region.text, endMarker(region.key))
  }
  return lines.join('\n') + '\n'
}

function regionText(region: ManagedRegion, eol: string): string {
  const body = eol === '\n' ? region.text : region.text.split('\n').join(eol)
  return beginMarker(region.key) + eol + body + eol + endMarker(region.key) + eol
}

/** The body of an existing note: what precedes the first part, and each part with what follows it. */
interface ParsedBody {
  preamble: string
  regions: { key: string; after: string }[]
}

type BodyRead = { ok: true; body: ParsedBody } | { ok: false; reason: 'no-markers' | 'broken-markers'; detail: string }

function readBody(lines: readonly RawLine[]): BodyRead {
  const broken = (line: number, why: string): BodyRead => ({ ok: false, reason: 'broken-markers', detail: `line ${line}: ${why}` })
  const preamble: RawLine[] = []
  const regions: { key: string; after: RawLine[] }[] = []
  const seen = new Set<string>()
  let open: string | null = null
  let text = preamble
  for (const [i, line] of lines.entries()) {
    const begin = BEGIN.exec(line.text)
    const end = END.exec(line.text)
    if (!begin && !end) {
      if (LOOKS_LIKE_MARKER.test(line.text)) return broken(i + 1, 'a diptych marker was changed')
      if (open === null) text.push(line)
      continue
    }
    if (begin) {
      if (open !== null) return broken(i + 1, `a part begins before “${open}” ends`)
      if (seen.has(begin[1])) return broken(i + 1, `the part “${begin[1]}” is there twice`)
      open = begin[1]
      seen.add(open)
    } else if (end) {
      if (open !== end[1]) return broken(i + 1, open === null ? `“${end[1]}” ends without beginning` : `“${open}” ends as “${end[1]}”`)
      const after: RawLine[] = []
      regions.push({ key: open, after })
      text = after
      open = null
    }
  }
  if (open !== null) return broken(lines.length, `the part “${open}” never ends`)
  if (regions.length === 0) return { ok: false, reason: 'no-markers', detail: 'it has no diptych markers' }
  return { ok: true, body: { preamble: joinRaw(preamble), regions: regions.map((r) => ({ key: r.key, after: joinRaw(r.after) })) } }
}

const isBlank = (text: string) => text.trim() === ''

/** Text that a marker line will follow: it must end with a line break. */
const endLine = (text: string, eol: string) => (text === '' || text.endsWith('\n') ? text : text + eol)

function mergeBody(body: ParsedBody, regions: readonly ManagedRegion[], eol: string): string {
  const wanted = new Set(regions.map((region) => region.key))
  let preamble = body.preamble
  const after = new Map<string, string>()
  let last: string | null = null
  for (const region of body.regions) {
    if (wanted.has(region.key)) {
      after.set(region.key, region.after)
      last = region.key
      continue
    }
    // A part that goes: the reader's text after it follows the part before it that stays.
    if (isBlank(region.after)) continue
    if (last === null) preamble = isBlank(preamble) ? region.after : endLine(preamble, eol) + region.after
    else {
      const before = after.get(last)!
      after.set(last, isBlank(before) ? region.after : endLine(before, eol) + region.after)
    }
  }
  let out = endLine(preamble, eol)
  regions.forEach((region, i) => {
    const isLast = i === regions.length - 1
    out += regionText(region, eol)
    const text = after.get(region.key) ?? (isLast ? '' : eol)
    out += isLast ? text : endLine(text, eol)
  })
  return out
}

/**
 * Whether the note is exactly what Diptych would write now, but for its volatile keys: a note nobody
 * edited, the common case of a repeated export, told by one comparison instead of a merge.
 */
function isAsWritten(existing: string, fresh: ManagedNote): boolean {
  const end = existing.indexOf('\n---\n')
  if (!existing.startsWith('---\n') || end === -1) return false
  const front = existing.slice(0, end + 1)
  const fields = fresh.fields.map((field) => {
    if (!fresh.volatileKeys.has(field.key) || field.lines.length !== 1) return field
    const at = front.indexOf('\n' + field.key + ': ')
    return at === -1 ? field : { key: field.key, lines: [front.slice(at + 1, front.indexOf('\n', at + 1))] }
  })
  return renderManaged({ ...fresh, fields }) === existing
}

function frontMatterText(bom: string, open: RawLine, entries: readonly FrontMatterEntryLines[], close: RawLine): string {
  return bom + joinRaw([open, ...entries.flatMap((entry) => entry.lines), close])
}

/**
 * The note `existing` with Diptych's parts and keys replaced by `fresh`'s, and the reader's text kept.
 * Unchanged when nothing but a volatile key would change: the file is then not written at all.
 */
export function mergeManaged(existing: string, fresh: ManagedNote): MergeOutcome {
  if (isAsWritten(existing, fresh)) return { kind: 'unchanged' }
  const front = readFrontMatter(existing)
  if (!front) return { kind: 'skipped', reason: 'no-front-matter', detail: 'it does not start with front matter' }
  const read = readBody(front.rest)
  if (!read.ok) return { kind: 'skipped', reason: read.reason, detail: read.detail }
  const eol = front.open.eol === '\r\n' ? '\r\n' : '\n'
  const close = front.close.eol === '' ? { ...front.close, eol } : front.close
  const body = mergeBody(read.body, fresh.regions, eol)
  const merged = (keep: ReadonlySet<string>) =>
    frontMatterText(front.bom, front.open, mergeFrontMatter(front.entries, fresh.fields, fresh.ownedKeys, eol, keep), close) + body
  if (merged(fresh.volatileKeys) === existing) return { kind: 'unchanged' }
  return { kind: 'updated', content: merged(new Set()) }
}
