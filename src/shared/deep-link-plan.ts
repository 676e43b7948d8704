// What a diptych:// link opens in this library, decided before anything is opened: a link to an
// article, highlight or link that is not here says so in one sentence and opens nothing.
import { formatDeepLink, type DeepLink } from './deep-link'
import { highlightLink as exportedHighlightLink } from './export/export-links'
import type { ArticleMeta, Highlight, Link, TextQuoteSelector } from './model'

/** The parts of the library a link is checked against. */
export interface LinkTargets {
  article(id: string): Pick<ArticleMeta, 'id' | 'title' | 'deletedAt'> | undefined
  highlight(id: string): Highlight | undefined
  link(id: string): Link | undefined
}

export type LinkPlan =
  | { kind: 'missing'; message: string }
  | { kind: 'article'; articleId: string }
  /** The highlight is here: open its article, show it, open its card (or its orphan entry). */
  | { kind: 'highlight'; articleId: string; highlight: Highlight }
  /** The highlight is not here, the article is: find its passage by the link's quote. */
  | { kind: 'quote'; articleId: string; quote: TextQuoteSelector }
  /** Both articles side by side; `ends`: the linked highlights, left's first, to level them. */
  | { kind: 'pair'; leftId: string; rightId: string; ends?: [Highlight, Highlight] }

const missing = (message: string): LinkPlan => ({ kind: 'missing', message })

/** Why an article cannot be opened, or null when it can. */
function absent(targets: LinkTargets, id: string, which = 'an article'): string | null {
  const article = targets.article(id)
  if (!article) return `This link opens ${which} that is not in this library (“${id}”).`
  if (article.deletedAt) return `This link opens “${article.title}”, which is in the trash: restore it to open the link.`
  return null
}

export function planLink(link: DeepLink, targets: LinkTargets): LinkPlan {
  switch (link.kind) {
    case 'article': {
      const why = absent(targets, link.articleId)
      return why ? missing(why) : { kind: 'article', articleId: link.articleId }
    }
    case 'highlight': {
      const why = absent(targets, link.articleId)
      if (why) return missing(why)
      const highlight = targets.highlight(link.highlightId)
      if (highlight?.articleId === link.articleId) return { kind: 'highlight', articleId: link.articleId, highlight }
      if (link.quote) return { kind: 'quote', articleId: link.articleId, quote: link.quote }
      const title = targets.article(link.articleId)!.title
      return missing(
        `The highlight this link opens in “${title}” is not in this library, and the link carries no quote to find its passage by.`
      )
    }
    case 'pair': {
      const why = absent(targets, link.leftId, 'a left article') ?? absent(targets, link.rightId, 'a right article')
      if (why) return missing(why)
      if (!link.linkId) return { kind: 'pair', leftId: link.leftId, rightId: link.rightId }
      const joined = targets.link(link.linkId)
      const a = joined && targets.highlight(joined.from)
      const b = joined && targets.highlight(joined.to)
      const ends: [Highlight, Highlight] | null =
        a && b && a.articleId === link.leftId && b.articleId === link.rightId
          ? [a, b]
          : a && b && b.articleId === link.leftId && a.articleId === link.rightId
            ? [b, a]
            : null
      if (!ends) {
        const [left, right] = [targets.article(link.leftId)!.title, targets.article(link.rightId)!.title]
        return missing(`The link between “${left}” and “${right}” that this link opens is not in this library.`)
      }
      return { kind: 'pair', leftId: link.leftId, rightId: link.rightId, ends }
    }
  }
}

/**
 * The link to a highlight, with its quote to find the passage by where the highlight is not: the one
 * the export writes (export-links.ts), so that a copied link and an exported one are the same text.
 */
export function highlightLink(h: Pick<Highlight, 'id' | 'articleId' | 'quote'>): string {
  return exportedHighlightLink(h, true) ?? formatDeepLink({ kind: 'highlight', articleId: h.articleId, highlightId: h.id, quote: h.quote })
}
