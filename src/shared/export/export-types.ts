// What the exporters take in. The caller (the export service in main) builds these from the library.

import type { ArticleMeta, Block, Highlight, Id, Link } from '../model'

/** One article as the exporters need it. */
export interface ExportArticle {
  meta: ArticleMeta
  /** Every highlight of the article, orphans included, in any order. */
  highlights: readonly Highlight[]
  /** Ids of the highlights that no longer anchor in the article's text. */
  orphanIds: ReadonlySet<Id>
  /** The article's text, for an export that includes it. */
  blocks?: readonly Block[]
}

/** A highlight together with the article it belongs to. */
export interface LocatedHighlight {
  highlight: Highlight
  article: ArticleMeta
}

/** The links to write, and a way to find the highlight at their other end, in whichever article. */
export interface LinkResolver {
  links: readonly Link[]
  highlightById: (id: Id) => LocatedHighlight | undefined
}

export type HighlightOrder = 'reading' | 'color' | 'tag'

export interface MarkdownExportOptions {
  /** Write each highlight's note under it. */
  includeNotes: boolean
  /** Reading order; or grouped by colour (in the palette's order); or by each highlight's first tag. */
  order: HighlightOrder
  /** Only highlights carrying this tag; compared as Obsidian tags, ignoring case ("Press conference" = "press-conference"). */
  onlyTag?: string
  /** ISO time written as `exported`. Passed in, so that the same input always gives the same file. */
  exportedAt: string
  /**
   * Where a figure's picture is found from the exported file, given its asset name: `assets/<name>`
   * when the pictures are copied beside the export (the default), a `file://` URL of the library's copy
   * when the reader chose to link them.
   */
  imageHref?: (asset: string) => string
  /** Write the article's whole text after its highlights: pictures, tables and code included. */
  includeText?: boolean
}

/** The default place of a picture: the `assets` folder beside the exported file. */
export const copiedImageHref = (asset: string): string => `assets/${asset}`

/** For exports without links. */
export const NO_LINKS: LinkResolver = { links: [], highlightById: () => undefined }

/** A resolver over plain lists, e.g. the library's articles, highlights and links. */
export function createLinkResolver(
  articles: readonly ArticleMeta[],
  highlights: readonly Highlight[],
  links: readonly Link[]
): LinkResolver {
  const articleById = new Map(articles.map((article) => [article.id, article]))
  const highlightById = new Map(highlights.map((highlight) => [highlight.id, highlight]))
  return {
    links,
    highlightById: (id) => {
      const highlight = highlightById.get(id)
      const article = highlight && articleById.get(highlight.articleId)
      return highlight && article ? { highlight, article } : undefined
    }
  }
}
