// W3C Web Annotation import: validated by hand, never throws. Accepts a single Annotation, an array of
// them, an AnnotationPage, or an AnnotationCollection with its pages embedded; unknown fields are
// ignored. A field we read must have the right type, or the whole import fails with the path of the
// offending value: a half-read file is worse than a clear "this file is damaged".
// Anchoring the selectors onto the article happens elsewhere; this returns what the file says.

import {
  HIGHLIGHT_COLORS,
  LINK_RELATIONS,
  type HighlightColor,
  type LinkRelation,
  type TextPositionSelector,
  type TextQuoteSelector
} from '../model'
import { notValidJson } from '../json-mistake'
import { err, ok, type Err, type Result } from '../result'
import { asList, at, dropUndefined, expectObject, fail, hasType, Invalid, isObject, optionalString, type Json } from './webannotation-json'
import { articleIdOf, highlightIdOf, linkIdOf } from './webannotation-ids'

export interface ImportedAnnotation {
  /** The highlight id for Diptych's own annotations, otherwise the annotation's IRI; absent if it has none. */
  id?: string
  /** The target's source: the article's URL, or `urn:diptych:article:<id>`. */
  source?: string
  /** The Diptych article id, when the annotation names one. */
  articleId?: string
  color?: HighlightColor
  quote?: TextQuoteSelector
  position?: TextPositionSelector
  /** Comment bodies, Markdown, joined by a blank line; '' when there are none. */
  note: string
  tags: string[]
  createdAt?: string
  updatedAt?: string
}

export interface ImportedLink {
  id?: string
  /** Highlight ids (or foreign IRIs): `from` quotes, paraphrases… `to`. */
  from: string
  to: string
  relation: LinkRelation
  createdAt?: string
}

/** Annotations left out because they carry nothing Diptych can use (e.g. a page note with no selector). */
export interface SkippedAnnotation {
  path: string
  reason: string
}

export type WebAnnotationImportErrorKind = 'invalid-json' | 'not-annotations' | 'invalid-annotation' | 'unsupported-paging'

export interface WebAnnotationImportError {
  kind: WebAnnotationImportErrorKind
  /** Where in the document, e.g. `first.items[2].target.selector[0].start`; '' for the document itself. */
  path: string
  message: string
}

/** What a whole file says: its highlights, its links, and what was left out. */
export interface WebAnnotationContents {
  highlights: ImportedAnnotation[]
  links: ImportedLink[]
  skipped: SkippedAnnotation[]
}

export type WebAnnotationImport = Result<WebAnnotationContents, WebAnnotationImportError>

/** Embedded pages followed at most; a chain longer than this is not a file Diptych wrote. */
const MAX_PAGES = 10_000

/** One annotation of a document, with where it sits in it. */
export interface AnnotationItem {
  value: unknown
  path: string
}

export type AnnotationRead =
  | { kind: 'highlight'; highlight: ImportedAnnotation }
  | { kind: 'link'; link: ImportedLink }
  | { kind: 'skipped'; skipped: SkippedAnnotation }

/**
 * The annotations of a document, not yet read: so that a caller can read a large file a batch at a
 * time (readAnnotationItem) and let other work run in between. A string is parsed first.
 */
export function webAnnotationItems(json: unknown): Result<AnnotationItem[], WebAnnotationImportError> {
  try {
    return ok(annotationsIn(typeof json === 'string' ? parseJsonText(json) : json))
  } catch (error) {
    return failed(error)
  }
}

/** Reads one annotation; a value of the wrong type makes the whole import fail, with its path. */
export function readAnnotationItem({ value, path }: AnnotationItem): Result<AnnotationRead, WebAnnotationImportError> {
  try {
    const annotation = expectObject(value, path)
    if (!hasType(annotation, 'Annotation')) fail('invalid-annotation', path, 'expected an object of type "Annotation"')
    if (motivations(annotation, path).includes('linking')) return ok({ kind: 'link', link: readLink(annotation, path) })
    const highlight = readHighlight(annotation, path)
    if (highlight) return ok({ kind: 'highlight', highlight })
    return ok({ kind: 'skipped', skipped: { path, reason: 'no TextQuoteSelector or TextPositionSelector' } })
  } catch (error) {
    return failed(error)
  }
}

function failed(error: unknown): Err<WebAnnotationImportError> {
  if (error instanceof Invalid) return err(error.detail)
  return err({ kind: 'not-annotations', path: '', message: String(error) })
}

/** `json` is the parsed document; a string is parsed first. */
export function parseWebAnnotations(json: unknown): WebAnnotationImport {
  const found = webAnnotationItems(json)
  if (!found.ok) return found
  const highlights: ImportedAnnotation[] = []
  const links: ImportedLink[] = []
  const skipped: SkippedAnnotation[] = []
  for (const item of found.value) {
    const one = readAnnotationItem(item)
    if (!one.ok) return one
    const read = one.value
    if (read.kind === 'highlight') highlights.push(read.highlight)
    else if (read.kind === 'link') links.push(read.link)
    else skipped.push(read.skipped)
  }
  return ok({ highlights, links, skipped })
}

function parseJsonText(text: string): unknown {
  try {
    // A byte order mark is how some editors start a UTF-8 file; JSON.parse refuses it.
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    return fail('invalid-json', '', notValidJson(error))
  }
}

function annotationsIn(document: unknown): { value: unknown; path: string }[] {
  if (Array.isArray(document)) return document.map((value, i) => ({ value, path: `[${i}]` }))
  if (!isObject(document)) fail('not-annotations', '', 'expected an Annotation, an array, an AnnotationPage or an AnnotationCollection')
  if (hasType(document, 'Annotation')) return [{ value: document, path: '' }]
  if (hasType(document, 'AnnotationPage')) return pageItems(document, '')
  if (!hasType(document, 'AnnotationCollection')) fail('not-annotations', 'type', 'unknown document type')
  const found: { value: unknown; path: string }[] = []
  let page: unknown = document.first
  let path = 'first'
  for (let count = 0; page !== undefined; count++) {
    // A page given only by its IRI would have to be fetched: refuse rather than import part of the set.
    if (typeof page === 'string') fail('unsupported-paging', path, 'pages must be embedded, not linked')
    if (count >= MAX_PAGES) fail('unsupported-paging', path, 'too many pages')
    const object = expectObject(page, path)
    found.push(...pageItems(object, path))
    page = object.next
    path += '.next'
  }
  return found
}

function pageItems(page: Json, path: string): { value: unknown; path: string }[] {
  const prefix = path === '' ? 'items' : `${path}.items`
  if (page.items === undefined) return []
  if (!Array.isArray(page.items)) fail('not-annotations', prefix, 'expected an array of annotations')
  return page.items.map((value, i) => ({ value, path: `${prefix}[${i}]` }))
}

function readHighlight(annotation: Json, path: string): ImportedAnnotation | undefined {
  const target = asList(annotation.target, `${at(path, 'target')}`).find(
    (entry) => isObject(entry.value) && entry.value.selector !== undefined
  )
  if (!target) return undefined
  const resource = target.value as Json
  const selectors = readSelectors(resource.selector, at(target.path, 'selector'))
  if (!selectors.quote && !selectors.position) return undefined
  const source = optionalString(resource, 'source', target.path)
  const { note, tags } = readBodies(annotation, path)
  const color = optionalString(annotation, 'diptych:color', path)
  return dropUndefined({
    id: highlightIdOf(optionalString(annotation, 'id', path)),
    source,
    articleId: optionalString(resource, 'diptych:article', target.path) ?? articleIdOf(source),
    // An unknown colour is not an error: the reader's default colour will do.
    color: HIGHLIGHT_COLORS.find((known) => known === color),
    quote: selectors.quote,
    position: selectors.position,
    note,
    tags,
    createdAt: optionalString(annotation, 'created', path),
    updatedAt: optionalString(annotation, 'modified', path)
  })
}

function readSelectors(value: unknown, path: string): { quote?: TextQuoteSelector; position?: TextPositionSelector } {
  let quote: TextQuoteSelector | undefined
  let position: TextPositionSelector | undefined
  for (const entry of asList(value, path)) {
    // A selector given by IRI, or of a type we do not read (CSS, XPath, Range…), is ignored.
    if (!isObject(entry.value)) continue
    const selector = entry.value
    if (hasType(selector, 'TextQuoteSelector') && !quote) {
      const exact = optionalString(selector, 'exact', entry.path)
      if (exact === undefined) fail('invalid-annotation', at(entry.path, 'exact'), 'a TextQuoteSelector needs `exact`')
      quote = {
        exact,
        prefix: optionalString(selector, 'prefix', entry.path) ?? '',
        suffix: optionalString(selector, 'suffix', entry.path) ?? ''
      }
    } else if (hasType(selector, 'TextPositionSelector') && !position) {
      const start = offset(selector, 'start', entry.path)
      const end = offset(selector, 'end', entry.path)
      if (end < start) fail('invalid-annotation', at(entry.path, 'end'), '`end` is before `start`')
      position = { start, end }
    }
  }
  return { quote, position }
}

function offset(selector: Json, key: string, path: string): number {
  const value = selector[key]
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    fail('invalid-annotation', at(path, key), `\`${key}\` must be a non-negative integer`)
  }
  return value
}

/** Tagging bodies become tags; commenting, describing or purpose-less text bodies make the note. */
function readBodies(annotation: Json, path: string): { note: string; tags: string[] } {
  const notes: string[] = []
  const tags: string[] = []
  const bodyValue = optionalString(annotation, 'bodyValue', path)
  if (bodyValue !== undefined) notes.push(bodyValue)
  for (const entry of asList(annotation.body, at(path, 'body'))) {
    // A body given by IRI is an external resource: nothing to import from it.
    if (!isObject(entry.value)) continue
    const body = entry.value
    if (body.type !== undefined && !hasType(body, 'TextualBody')) continue
    const value = optionalString(body, 'value', entry.path)
    if (value === undefined) {
      if (hasType(body, 'TextualBody')) fail('invalid-annotation', at(entry.path, 'value'), 'a TextualBody needs a string `value`')
      continue
    }
    const purposes = asList(body.purpose, at(entry.path, 'purpose')).map((p) => p.value)
    if (purposes.includes('tagging')) tags.push(value)
    else if (purposes.length === 0 || purposes.includes('commenting') || purposes.includes('describing')) notes.push(value)
  }
  return { note: notes.join('\n\n'), tags }
}

function readLink(annotation: Json, path: string): ImportedLink {
  const targets = asList(annotation.target, at(path, 'target')).map((entry) => resourceIri(entry.value, entry.path))
  // W3C's own shape for a link is one target and the linked resource as the body; ours has two targets.
  if (targets.length === 1 && annotation.body !== undefined) {
    const bodies = asList(annotation.body, at(path, 'body'))
    if (bodies.length === 1) targets.push(resourceIri(bodies[0].value, bodies[0].path))
  }
  if (targets.length !== 2) fail('invalid-annotation', at(path, 'target'), 'a linking annotation needs two highlights')
  const relation = optionalString(annotation, 'diptych:relation', path) ?? 'related'
  const known = LINK_RELATIONS.find((r) => r === relation)
  if (!known) fail('invalid-annotation', at(path, 'diptych:relation'), `unknown relation "${relation}"`)
  return dropUndefined({
    id: linkIdOf(optionalString(annotation, 'id', path)),
    from: highlightIdOf(targets[0]),
    to: highlightIdOf(targets[1]),
    relation: known,
    createdAt: optionalString(annotation, 'created', path)
  })
}

function resourceIri(value: unknown, path: string): string {
  if (typeof value === 'string') return value
  if (isObject(value)) {
    const id = optionalString(value, 'id', path) ?? optionalString(value, 'source', path)
    if (id !== undefined) return id
  }
  return fail('invalid-annotation', path, 'expected the IRI of a highlight')
}

function motivations(annotation: Json, path: string): unknown[] {
  return asList(annotation.motivation, at(path, 'motivation')).map((entry) => entry.value)
}
