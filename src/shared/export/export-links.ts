// The diptych:// links an export writes: in the Markdown (each highlight's way back, the front matter's
// article link) and as the ids of the Web Annotation export, so that the same passage has one name
// wherever it is exported. Ids a link cannot carry (from an import of someone else's annotations) get
// no link: formatDeepLink must never write what parseDeepLink refuses.
import { formatDeepLink, isLinkId } from '../deep-link'
import type { Highlight, Id } from '../model'

/** `diptych://article/<id>`; undefined for an id no link can carry. */
export function articleLink(articleId: Id): string | undefined {
  return isLinkId(articleId) ? formatDeepLink({ kind: 'article', articleId }) : undefined
}

/**
 * `diptych://article/<a>/highlight/<h>`, with the quote and a short context when `withQuote`: what
 * finds the passage again in a library that has the article but not the highlight.
 */
export function highlightLink(highlight: Pick<Highlight, 'id' | 'articleId' | 'quote'>, withQuote: boolean): string | undefined {
  if (!isLinkId(highlight.articleId) || !isLinkId(highlight.id)) return undefined
  const link = { kind: 'highlight', articleId: highlight.articleId, highlightId: highlight.id } as const
  return formatDeepLink(withQuote && highlight.quote.exact.trim() !== '' ? { ...link, quote: highlight.quote } : link)
}

/** `diptych://pair/<a>/<b>/link/<l>`: a link between two highlights, named by the articles it joins. */
export function pairLink(leftId: Id, rightId: Id, linkId: Id): string | undefined {
  return isLinkId(leftId) && isLinkId(rightId) && isLinkId(linkId) ? formatDeepLink({ kind: 'pair', leftId, rightId, linkId }) : undefined
}
