// A figure as Markdown: `![alt](href)` and its caption below. The href comes from the export's options
// (`assets/<name>` beside the file, or the library's copy), so that one renderer serves both choices.
import type { FigureBlock } from '../model'
import { copiedImageHref, type MarkdownExportOptions } from './export-types'
import { escapeLine, linkDestination, singleLine } from './markdown-text'

/** The lines of a figure; a figure whose picture was not saved keeps its alt text and caption only. */
export function figureLines(block: FigureBlock, options: Pick<MarkdownExportOptions, 'imageHref'>): string[] {
  const alt = escapeLine(singleLine(block.image.alt, ''), false)
  const caption = singleLine(block.text, '')
  const lines: string[] = []
  if (block.image.asset !== undefined)
    lines.push(`![${alt}](${linkDestination((options.imageHref ?? copiedImageHref)(block.image.asset))})`)
  else if (alt !== '') lines.push(`*${alt}*`)
  if (caption !== '') lines.push(escapeLine(caption, lines.length === 0))
  return lines
}
