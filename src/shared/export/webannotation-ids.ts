// The ids of Diptych's own annotations, read back in either form it writes: a diptych:// link (now) or a
// `urn:diptych:` IRI (before, and for ids no link can carry).
import { parseDeepLink } from '../deep-link'
import { stripPrefix } from './webannotation-json'

const HIGHLIGHT_PREFIX = 'urn:diptych:highlight:'
const ARTICLE_PREFIX = 'urn:diptych:article:'
const LINK_PREFIX = 'urn:diptych:link:'

/** Diptych's ids, in either form it writes: a diptych:// link (now) or a `urn:diptych:` IRI (before, and for ids no link can carry). */
export function highlightIdOf<T extends string | undefined>(iri: T): T {
  const link = iri?.startsWith('diptych:') ? parseDeepLink(iri) : undefined
  return (link?.ok && link.value.kind === 'highlight' ? link.value.highlightId : stripPrefix(iri, HIGHLIGHT_PREFIX)) as T
}
export function linkIdOf(iri: string | undefined): string | undefined {
  const link = iri?.startsWith('diptych:') ? parseDeepLink(iri) : undefined
  return link?.ok && link.value.kind === 'pair' && link.value.linkId ? link.value.linkId : stripPrefix(iri, LINK_PREFIX)
}
export function articleIdOf(source: string | undefined): string | undefined {
  const link = source?.startsWith('diptych:') ? parseDeepLink(source) : undefined
  if (link?.ok && link.value.kind === 'article') return link.value.articleId
  return source?.startsWith(ARTICLE_PREFIX) ? stripPrefix(source, ARTICLE_PREFIX) : undefined
}
