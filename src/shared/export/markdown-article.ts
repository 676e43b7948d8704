// Markdown export of one article, or of the two articles of a pair in one file.
//
// The layout of an article:
//   front matter · `# Title` · source line · `## Highlights` (with `### group` headings when grouped)
//   · `## Orphaned highlights` (only when there are some).
// Every string that comes from the reader is escaped (markdown-text.ts, markdown-note.ts), so these are
// the only headings and each highlight's quote is the only blockquote it produces.

import { blocksMarkdown } from './markdown-blocks'
import { latestEditionLabel } from '../editions/types'
import { articleLink } from './export-links'
import type { ArticleMeta, Highlight } from '../model'
import { fnv1a32, highlightBlockId } from './block-id'
import { renderManaged, type ManagedNote } from './managed-region'
import type { ExportArticle, LinkResolver, MarkdownExportOptions } from './export-types'
import { NO_LINKS } from './export-types'
import {
  groupHighlights,
  highlightBlocks,
  linksIndex,
  selectHighlights,
  type HighlightWriter,
  type SelectedHighlights
} from './markdown-highlights'
import { escapeLine, headingLine, httpUrl, linkDestination, normalizeText, singleLine } from './markdown-text'
import { noteName, obsidianTags } from './obsidian-names'
import { frontMatterEntry, frontMatterLines, type FrontMatterField } from './yaml-front-matter'

/** Where wikilinks point: the note name of an article, '' for an article in the same file. */
export type NoteNameOf = (article: ArticleMeta) => string

/** One article as a Markdown file. Links to other articles name their notes after their titles. */
export function exportArticleMarkdown(input: ExportArticle, options: MarkdownExportOptions, links: LinkResolver = NO_LINKS): string {
  return articleFile(
    input,
    options,
    links,
    sameFileOr(new Set([input.meta.id]), (article) => noteName(article.title))
  )
}

/** Both articles of a pair in one file, one after the other; links between them stay inside the file. */
export function exportPairMarkdown(
  a: ExportArticle,
  b: ExportArticle,
  options: MarkdownExportOptions,
  links: LinkResolver = NO_LINKS
): string {
  const noteNameOf = sameFileOr(new Set([a.meta.id, b.meta.id]), (article) => noteName(article.title))
  const selections = [a, b].map((input) => selectHighlights(input, options))
  const front = frontMatterLines([
    ['title', `${singleLine(a.meta.title)} ↔ ${singleLine(b.meta.title)}`],
    ['articles', [normalizeText(a.meta.title), normalizeText(b.meta.title)]],
    ['tags', obsidianTags([...a.meta.tags, ...b.meta.tags])],
    ['highlights', selections.reduce((sum, selected) => sum + countOf(selected), 0)],
    ['exported', normalizeText(options.exportedAt)]
  ])
  const blocks = [
    front,
    ...articleBlocks(a, selections[0], options, links, noteNameOf),
    ...articleBlocks(b, selections[1], options, links, noteNameOf)
  ]
  return joinBlocks(blocks)
}

/** Used by the library export too, with the unique note names it gave out. */
export function articleFile(input: ExportArticle, options: MarkdownExportOptions, links: LinkResolver, noteNameOf: NoteNameOf): string {
  return renderManaged(articleNote(input, options, links, noteNameOf))
}

/**
 * An article's note as parts a repeated export can find again (managed-region.ts): its heading, each
 * highlight (keyed by its block id), each group heading, the orphans' heading and the text.
 */
export function articleNote(
  input: ExportArticle,
  options: MarkdownExportOptions,
  links: LinkResolver,
  noteNameOf: NoteNameOf
): ManagedNote {
  const selected = selectHighlights(input, options)
  return {
    fields: articleFrontMatter(input.meta, countOf(selected), options).map((field) => ({ key: field[0], lines: frontMatterEntry(field) })),
    ownedKeys: ARTICLE_KEYS,
    volatileKeys: VOLATILE_KEYS,
    regions: articleParts(input, selected, options, links, noteNameOf).map((part) => ({ key: part.key, text: blocksText(part.blocks) }))
  }
}

/** Every front matter key an article's note may get from Diptych; any other is the reader's. */
const ARTICLE_KEYS: ReadonlySet<string> = new Set([
  'diptych',
  'title',
  'source',
  'author',
  'published',
  'url',
  'edition',
  'tags',
  'highlights',
  'exported'
])
/** The export date alone is no change: a repeated export with nothing new leaves the file as it is. */
export const VOLATILE_KEYS: ReadonlySet<string> = new Set(['exported'])

export function sameFileOr(idsInFile: ReadonlySet<string>, noteNameOf: NoteNameOf): NoteNameOf {
  return (article) => (idsInFile.has(article.id) ? '' : noteNameOf(article))
}

export function countOf(selected: SelectedHighlights): number {
  return selected.anchored.length + selected.orphans.length
}

function articleFrontMatter(meta: ArticleMeta, highlightCount: number, options: MarkdownExportOptions): FrontMatterField[] {
  const optional = (value: string | undefined): string | undefined =>
    value === undefined || value.trim() === '' ? undefined : normalizeText(value)
  const fields: FrontMatterField[] = [
    // First, as the key a repeated export finds the file by, whatever the reader renamed it to.
    ['diptych', articleLink(meta.id)],
    ['title', normalizeText(meta.title)],
    ['source', optional(meta.source)],
    ['author', optional(meta.author)],
    ['published', optional(meta.published)],
    // Only a web address: Obsidian shows URL properties as links, and nothing else should be clickable.
    ['url', httpUrl(meta.url)],
    ['edition', latestEditionLabel(meta)],
    ['tags', obsidianTags(meta.tags)],
    ['highlights', highlightCount],
    ['exported', normalizeText(options.exportedAt)]
  ]
  return fields.filter((field) => field[1] !== undefined)
}

/** A piece of a note that a repeated export rewrites as a whole, named so that it is found again. */
interface Part {
  key: string
  blocks: string[][]
}

function articleBlocks(
  input: ExportArticle,
  selected: SelectedHighlights,
  options: MarkdownExportOptions,
  links: LinkResolver,
  noteNameOf: NoteNameOf
): string[][] {
  return articleParts(input, selected, options, links, noteNameOf).flatMap((part) => part.blocks)
}

function articleParts(
  input: ExportArticle,
  selected: SelectedHighlights,
  options: MarkdownExportOptions,
  links: LinkResolver,
  noteNameOf: NoteNameOf
): Part[] {
  const writer: HighlightWriter = { options, resolver: links, linksByHighlight: linksIndex(links), noteNameOf }
  const head: string[][] = [[headingLine(1, input.meta.title)]]
  const sourceLine = sourceLineOf(input.meta)
  if (sourceLine) head.push([sourceLine])
  head.push([headingLine(2, 'Highlights')])
  if (selected.anchored.length === 0) head.push(['No highlights.'])
  const parts: Part[] = [{ key: 'article', blocks: head }]
  const highlightPart = (highlight: Highlight): Part => {
    const blockId = highlightBlockId(highlight.id)
    return { key: blockId, blocks: highlightBlocks(highlight, writer, blockId) }
  }
  for (const group of groupHighlights(selected.anchored, options.order)) {
    if (group.heading !== undefined) {
      parts.push({ key: 'group-' + fnv1a32(group.heading).toString(16), blocks: [[headingLine(3, group.heading)]] })
    }
    parts.push(...group.highlights.map(highlightPart))
  }
  if (selected.orphans.length > 0) {
    const heading = [[headingLine(2, 'Orphaned highlights')], ['These passages no longer match the text of the article.']]
    parts.push({ key: 'orphans', blocks: heading }, ...selected.orphans.map(highlightPart))
  }
  if (options.includeText && input.blocks && input.blocks.length > 0) {
    const text = blocksMarkdown(input.blocks, { imageHref: options.imageHref }).trimEnd().split('\n')
    parts.push({ key: 'text', blocks: [[headingLine(2, 'Text')], text] })
  }
  return parts
}

/** "Anadolu Agency · by Jane Doe · 2024-05-16 · [original](https://…)"; undefined when there is nothing to say. */
export function sourceLineOf(meta: ArticleMeta): string | undefined {
  const texts = [meta.source, meta.author?.trim() ? `by ${meta.author}` : undefined, meta.published].filter(
    (text): text is string => text !== undefined && text.trim() !== ''
  )
  // The first part starts the line, where `-`, `>` or `1.` would open a block: escape it as a line start.
  const parts = texts.map((text, index) => escapeLine(singleLine(text), index === 0))
  const url = httpUrl(meta.url)
  if (url) parts.push(`[original](${linkDestination(url)})`)
  return parts.length > 0 ? parts.join(' · ') : undefined
}

/** Blocks one blank line apart, as one join of their lines (a library export writes a few hundred thousand). */
function blocksText(blocks: readonly (readonly string[])[]): string {
  const lines: string[] = []
  for (const block of blocks) {
    if (lines.length > 0) lines.push('')
    if (block.length === 0) lines.push('')
    for (const line of block) lines.push(line)
  }
  return lines.join('\n')
}

export function joinBlocks(blocks: readonly (readonly string[])[]): string {
  return blocks.map((block) => block.join('\n')).join('\n\n') + '\n'
}
