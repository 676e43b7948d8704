// An article's text as Markdown, block by block: headings, paragraphs, quotes, list items, and the
// blocks that carry more than text — a table as a GFM table, code fenced with its language, a figure
// as `![alt](href)` with its caption. Everything from the article is escaped (markdown-text.ts): the
// file renders as the article's text, never as markup that the article smuggled in.

import type { Block, CodeBlock, FigureBlock, PlainBlock, TableBlock } from '../model'
import { copiedImageHref } from './export-types'
import { blockquoteLines, escapeLine, headingLine, httpUrl, linkDestination, normalizeText, singleLine } from './markdown-text'

export interface BlockMarkdownOptions {
  /** Where a saved picture is linked from the exported file; `assets/<name>` unless said otherwise. */
  imageHref?: (assetName: string) => string
}

/** The blocks as one Markdown text, blocks separated by a blank line. */
export function blocksMarkdown(blocks: readonly Block[], options: BlockMarkdownOptions = {}): string {
  return blocks.map((block) => blockMarkdown(block, options).join('\n')).join('\n\n') + '\n'
}

/** One block as the lines of Markdown that render it. */
export function blockMarkdown(block: Block, options: BlockMarkdownOptions = {}): string[] {
  switch (block.kind) {
    case 'heading':
      return [headingLine(block.level, block.text)]
    case 'quote':
      return blockquoteLines(block.text)
    case 'listItem': {
      const indent = '   '.repeat(Math.max(0, block.level - 1))
      const [first, ...rest] = paragraphLines(block.text)
      return [`${indent}${block.ordered ? '1.' : '-'} ${first}`, ...rest.map((line) => `${indent}   ${line}`)]
    }
    case 'figure':
      return figureLines(block, options.imageHref ?? copiedImageHref)
    case 'table':
      return tableLines(block)
    case 'code':
    case 'preformatted':
      return fenced(block)
    default:
      return paragraphLines(block.text)
  }
}

/** A paragraph's lines, each escaped; a line break inside the paragraph stays one (a hard break). */
function paragraphLines(text: string): string[] {
  const lines = normalizeText(text)
    .split('\n')
    .map((line) => escapeLine(line, true))
  return lines.map((line, i) => (i < lines.length - 1 ? `${line}\\` : line))
}

function figureLines(block: FigureBlock, imageHref: (name: string) => string): string[] {
  const alt = escapeLine(singleLine(block.image.alt, ''), false)
  const src = httpUrl(block.image.src)
  const picture = block.image.asset
    ? `![${alt}](${linkDestination(imageHref(block.image.asset))})`
    : // Not saved: what the picture showed, and where it was.
      `${alt || 'A picture'}${src ? ` ([original](${linkDestination(src)}))` : ''}`
  return block.text.trim() === '' ? [picture] : [picture, '', ...paragraphLines(block.text)]
}

/** A GFM table: the first row is the header when it is one, else an empty header row stands in. */
function tableLines(block: TableBlock): string[] {
  const width = Math.max(...block.rows.map((row) => row.cells.length))
  const line = (cells: readonly string[]) =>
    '| ' + Array.from({ length: width }, (_, i) => escapeLine(singleLine(cells[i] ?? '', ''), false)).join(' | ') + ' |'
  const [first, ...rest] = block.rows
  const header = first.header ? line(first.cells) : line([])
  const body = first.header ? rest : block.rows
  return [header, '|' + ' --- |'.repeat(width), ...body.map((row) => line(row.cells))]
}

/** Fenced with more backticks than any run inside, so no line of the code can close the fence. */
function fenced(block: CodeBlock | PlainBlock): string[] {
  const text = normalizeText(block.text)
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  const language = block.kind === 'code' && block.language ? block.language : ''
  return [fence + language, ...text.split('\n'), fence]
}
