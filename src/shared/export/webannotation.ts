// W3C Web Annotation export (https://www.w3.org/TR/annotation-model/): an article's highlights and links
// as an AnnotationCollection with one embedded AnnotationPage, ready for JSON.stringify.
//
// Mapping:
// - highlight → Annotation, motivation `highlighting`; target = SpecificResource whose source is the
//   article's URL (or its diptych:// link when it has none) with a TextQuoteSelector and a
//   TextPositionSelector over the canonical text.
// - note → TextualBody, format text/markdown, purpose `commenting`; each tag → TextualBody, purpose
//   `tagging`. The colour is not a body (no W3C purpose fits it): it is the `diptych:color` property.
// - link → Annotation, motivation `linking`, whose two targets are the highlights' IRIs (`from`
//   first) and whose relation is `diptych:relation`.
// - Ids are the diptych:// links the Markdown export writes (`diptych://article/<a>/highlight/<h>`,
//   `diptych://pair/<a>/<b>/link/<l>`, and `diptych://article/<a>` as the source of an article without
//   a web address), so that one passage has one name in both exports; an id no link can carry falls
//   back to a `urn:diptych:` IRI. Both forms are read back.
// Our own properties live under the `diptych:` prefix declared in the context, so JSON-LD tools see
// them as one vocabulary, and other W3C tools ignore them.

import type { HighlightColor, Id, Link, LinkRelation } from '../model'
import { highlightBlockId } from './block-id'
import { articleLink, highlightLink, pairLink } from './export-links'
import type { ExportArticle } from './export-types'
import { byReadingOrder } from './markdown-highlights'
import { httpUrl } from './markdown-text'

export { parseWebAnnotations } from './webannotation-parse'
export type {
  ImportedAnnotation,
  ImportedLink,
  WebAnnotationContents,
  WebAnnotationImport,
  WebAnnotationImportError
} from './webannotation-parse'

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'
/** The vocabulary of Diptych's own properties; a URN, because Diptych has no web address of its own. */
export const DIPTYCH_VOCABULARY = 'urn:diptych:vocabulary#'

export const HIGHLIGHT_IRI_PREFIX = 'urn:diptych:highlight:'
export const ARTICLE_IRI_PREFIX = 'urn:diptych:article:'
export const LINK_IRI_PREFIX = 'urn:diptych:link:'

export interface TextQuoteSelectorJson {
  type: 'TextQuoteSelector'
  exact: string
  prefix: string
  suffix: string
}

export interface TextPositionSelectorJson {
  type: 'TextPositionSelector'
  start: number
  end: number
}

export interface TextualBodyJson {
  type: 'TextualBody'
  value: string
  purpose: 'commenting' | 'tagging'
  format?: 'text/markdown'
}

export interface HighlightAnnotationJson {
  id: string
  type: 'Annotation'
  motivation: 'highlighting'
  created: string
  modified: string
  body?: TextualBodyJson[]
  target: {
    type: 'SpecificResource'
    source: string
    selector: [TextQuoteSelectorJson, TextPositionSelectorJson]
    /** The article's id, also when `source` is its URL. */
    'diptych:article': Id
  }
  'diptych:color': HighlightColor
  /** The block id the Markdown export gives this highlight, to find it in an exported note. */
  'diptych:blockId': string
}

export interface LinkAnnotationJson {
  id: string
  type: 'Annotation'
  motivation: 'linking'
  created: string
  /** `from`, then `to`. */
  target: [string, string]
  'diptych:relation': LinkRelation
}

export type AnnotationJson = HighlightAnnotationJson | LinkAnnotationJson

export interface AnnotationPageJson {
  id: string
  type: 'AnnotationPage'
  partOf: string
  startIndex: 0
  items: AnnotationJson[]
}

export interface AnnotationCollectionJson {
  '@context': [typeof ANNOTATION_CONTEXT, { diptych: typeof DIPTYCH_VOCABULARY }]
  id: string
  type: 'AnnotationCollection'
  label: string
  total: number
  first: AnnotationPageJson
}

/** An id inside a URN: percent-encoded, so that any id makes a valid IRI and decodes back exactly. */
export function iri(prefix: string, id: Id): string {
  return prefix + encodeURIComponent(id.replace(/[\uD800-\uDFFF]/g, (c, i: number, s: string) => (isPaired(s, i) ? c : '\uFFFD')))
}

function isPaired(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code <= 0xdbff) return index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00
  return index > 0 && (text.charCodeAt(index - 1) & 0xfc00) === 0xd800
}

/**
 * A highlight's IRI: the diptych:// link the Markdown export writes for it (without its quote, which
 * the selectors carry), or a Diptych URN when its ids cannot stand in a link or its article is unknown.
 */
function highlightIri(highlightId: Id, articleId: Id | undefined): string {
  const link = articleId === undefined ? undefined : highlightLink({ id: highlightId, articleId, quote: NO_QUOTE }, false)
  return link ?? iri(HIGHLIGHT_IRI_PREFIX, highlightId)
}
const NO_QUOTE = { exact: '', prefix: '', suffix: '' }

function linkIri(link: Link, fromArticle: Id | undefined, toArticle: Id | undefined): string {
  const uri = fromArticle !== undefined && toArticle !== undefined ? pairLink(fromArticle, toArticle, link.id) : undefined
  return uri ?? iri(LINK_IRI_PREFIX, link.id)
}

/**
 * An article's annotations. Orphans are included (their selectors are what lets them be found again);
 * links are included when either end is one of this article's highlights.
 */
export function exportWebAnnotations(
  input: ExportArticle,
  links: readonly Link[] = [],
  articleOf: (highlightId: Id) => Id | undefined = () => undefined
): AnnotationCollectionJson {
  const { meta } = input
  const ownIds = new Set(input.highlights.map((h) => h.id))
  const collectionId = iri('urn:diptych:annotations:', meta.id)
  const source = httpUrl(meta.url) ?? articleLink(meta.id) ?? iri(ARTICLE_IRI_PREFIX, meta.id)
  // A link's other end may sit in another article: its id names that article, when the library knows it.
  const articleOfEnd = (id: Id) => (ownIds.has(id) ? meta.id : articleOf(id))
  const highlights: HighlightAnnotationJson[] = [...input.highlights].sort(byReadingOrder).map((h) => ({
    id: highlightIri(h.id, meta.id),
    type: 'Annotation',
    motivation: 'highlighting',
    created: h.createdAt,
    modified: h.updatedAt,
    ...(h.note !== '' || h.tags.length > 0
      ? {
          body: [
            ...(h.note !== '' ? [{ type: 'TextualBody', value: h.note, format: 'text/markdown', purpose: 'commenting' } as const] : []),
            ...h.tags.map((tag) => ({ type: 'TextualBody', value: tag, purpose: 'tagging' }) as const)
          ]
        }
      : {}),
    target: {
      type: 'SpecificResource',
      source,
      selector: [
        { type: 'TextQuoteSelector', exact: h.quote.exact, prefix: h.quote.prefix, suffix: h.quote.suffix },
        { type: 'TextPositionSelector', start: h.position.start, end: h.position.end }
      ],
      'diptych:article': meta.id
    },
    'diptych:color': h.color,
    'diptych:blockId': highlightBlockId(h.id)
  }))
  const linking: LinkAnnotationJson[] = links
    .filter((link) => ownIds.has(link.from) || ownIds.has(link.to))
    .map((link) => ({
      id: linkIri(link, articleOfEnd(link.from), articleOfEnd(link.to)),
      type: 'Annotation',
      motivation: 'linking',
      created: link.createdAt,
      target: [highlightIri(link.from, articleOfEnd(link.from)), highlightIri(link.to, articleOfEnd(link.to))],
      'diptych:relation': link.relation
    }))
  const items: AnnotationJson[] = [...highlights, ...linking]
  return {
    '@context': [ANNOTATION_CONTEXT, { diptych: DIPTYCH_VOCABULARY }],
    id: collectionId,
    type: 'AnnotationCollection',
    label: meta.title,
    total: items.length,
    first: { id: collectionId + ':page:0', type: 'AnnotationPage', partOf: collectionId, startIndex: 0, items }
  }
}
