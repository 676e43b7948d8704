// One highlight as Markdown, for "Copy as Markdown": the same blocks as in an article export, and a
// wikilink back to the article's note.
import type { ArticleMeta, Highlight } from '../model'
import { NO_LINKS, type LinkResolver, type MarkdownExportOptions } from './export-types'
import { joinBlocks } from './markdown-article'
import { highlightBlocks, indexLinks } from './markdown-highlights'
import { noteName } from './obsidian-names'

export function exportHighlightMarkdown(
  highlight: Highlight,
  article: ArticleMeta,
  options: MarkdownExportOptions,
  links: LinkResolver = NO_LINKS
): string {
  const writer = { options, resolver: links, linksByHighlight: indexLinks(links.links), noteNameOf: (a: ArticleMeta) => noteName(a.title) }
  return joinBlocks([...highlightBlocks(highlight, writer), [`from [[${noteName(article.title)}]]`]])
}
