// The diptych:// links an export writes: in the Markdown (each highlight's way back, the front matter's
// article link) and as the ids of the Web Annotation export, so that the same passage has one name
// wherever it is exported. Ids a link cannot carry (from an import of someone else's annotations) get
// no link: formatDeepLink must never write what parseDeepLink refuses.
import { cut, formatDeepLink, isLinkId, LINK_SCHEME, MAX_LINK_CONTEXT, MAX_LINK_QUOTE } from '../deep-link'
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
  if (!withQuote || highlight.quote.exact.trim() === '') return formatDeepLink(link)
  return quickHighlightLink(link.articleId, link.highlightId, highlight.quote) ?? formatDeepLink({ ...link, quote: highlight.quote })
}

/**
 * formatDeepLink's highlight link, character for character, without URLSearchParams: a library export
 * writes a hundred thousand of them, and that object's serialising was the export's largest cost. The
 * quote and context are encoded as URLSearchParams does (everything but letters, digits and `*-._`);
 * undefined for text encodeURIComponent refuses (a lone surrogate), which formatDeepLink then writes.
 */
function quickHighlightLink(articleId: Id, highlightId: Id, quote: Highlight['quote']): string | undefined {
  try {
    const exact = cut(quote.exact, MAX_LINK_QUOTE)
    const suffix = exact.length < quote.exact.length ? quote.exact.slice(exact.length) : quote.suffix
    let query = 'quote=' + formValue(exact)
    if (quote.prefix) query += '&prefix=' + formValue(cut(quote.prefix, MAX_LINK_CONTEXT, true))
    if (suffix) query += '&suffix=' + formValue(cut(suffix, MAX_LINK_CONTEXT))
    return `${LINK_SCHEME}://article/${articleId}/highlight/${highlightId}?${query}`
  } catch {
    return undefined
  }
}

function formValue(text: string): string {
  const encoded = encodeURIComponent(text)
  // Tested first: most quotes have none of these, and a replacement with a function is not free.
  return FORM_ONLY.test(encoded) ? encoded.replace(FORM_ONLY_ALL, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()) : encoded
}
/** What encodeURIComponent leaves as is and URLSearchParams encodes. */
const FORM_ONLY = /[!'()~]/
const FORM_ONLY_ALL = /[!'()~]/g

/** `diptych://pair/<a>/<b>/link/<l>`: a link between two highlights, named by the articles it joins. */
export function pairLink(leftId: Id, rightId: Id, linkId: Id): string | undefined {
  return isLinkId(leftId) && isLinkId(rightId) && isLinkId(linkId) ? formatDeepLink({ kind: 'pair', leftId, rightId, linkId }) : undefined
}
