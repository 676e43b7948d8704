// The highlights part of an exported article: which highlights, in which order and groups, and how
// one highlight is written.
//
// One highlight is always the same sequence of blocks, so that both readers and parsers can find their
// way: the quote (a blockquote), the block id alone on its line (Obsidian wants the id of a blockquote
// on its own line after it, and a reference to it then shows the quote), one paragraph with the colour,
// the tags and the links, then the note. The note comes last because it is the only free-form part: it
// runs until the next blockquote or heading, which a note can never produce (see markdown-note.ts).

import { HIGHLIGHT_COLORS, type ArticleMeta, type Highlight, type Id, type Link, type LinkRelation } from '../model'
import { highlightBlockId } from './block-id'
import { highlightLink } from './export-links'
import type { ExportArticle, LinkResolver, MarkdownExportOptions } from './export-types'
import { blockquoteLines, wikilinkAlias } from './markdown-text'
import { noteLines } from './markdown-note'
import { obsidianTag, obsidianTags } from './obsidian-names'

/** The highlights an export writes: anchored ones in reading order, and orphans. */
export interface SelectedHighlights {
  anchored: Highlight[]
  orphans: Highlight[]
}

export function selectHighlights(input: ExportArticle, options: MarkdownExportOptions): SelectedHighlights {
  const wanted = options.onlyTag === undefined ? undefined : obsidianTag(options.onlyTag)?.toLowerCase()
  const kept = [...input.highlights]
    .filter((h) => wanted === undefined || obsidianTags(h.tags).some((tag) => tag.toLowerCase() === wanted))
    .sort(byReadingOrder)
  return {
    anchored: kept.filter((h) => !input.orphanIds.has(h.id)),
    orphans: kept.filter((h) => input.orphanIds.has(h.id))
  }
}

/** Start, then end, then id: the id only breaks ties, so that the order never depends on the input's. */
export function byReadingOrder(a: Highlight, b: Highlight): number {
  return a.position.start - b.position.start || a.position.end - b.position.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

export interface HighlightGroup {
  /** Heading of the group; undefined in reading order, where there are no groups. */
  heading?: string
  highlights: Highlight[]
}

/**
 * Groups for the chosen order. By tag, each highlight appears once, under its first tag (the first the
 * reader gave it): a highlight written twice would carry the same block id twice, and Obsidian could
 * not tell which one a link means. Tag groups are sorted by name, highlights without tags come last.
 */
export function groupHighlights(highlights: readonly Highlight[], order: MarkdownExportOptions['order']): HighlightGroup[] {
  if (order === 'reading') return [{ highlights: [...highlights] }]
  if (order === 'color') {
    return HIGHLIGHT_COLORS.map((color) => ({
      heading: color[0].toUpperCase() + color.slice(1),
      highlights: highlights.filter((h) => h.color === color)
    })).filter((group) => group.highlights.length > 0)
  }
  const byTag = new Map<string, Highlight[]>()
  const untagged: Highlight[] = []
  for (const highlight of highlights) {
    const first = obsidianTags(highlight.tags)[0]
    if (first === undefined) untagged.push(highlight)
    else byTag.set(first.toLowerCase(), [...(byTag.get(first.toLowerCase()) ?? []), highlight])
  }
  const groups = [...byTag.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, members]) => ({ heading: '#' + obsidianTags(members[0].tags)[0], highlights: members }))
  return untagged.length > 0 ? [...groups, { heading: 'Untagged', highlights: untagged }] : groups
}

/** How a relation reads from each end: `from` quotes `to`, `to` is quoted in `from`. */
const RELATION_WORDING: Record<LinkRelation, { outgoing: string; incoming: string }> = {
  quotes: { outgoing: 'quotes', incoming: 'quoted in' },
  paraphrases: { outgoing: 'paraphrases', incoming: 'paraphrased in' },
  contradicts: { outgoing: 'contradicts', incoming: 'contradicted by' },
  related: { outgoing: 'related to', incoming: 'related to' }
}

export interface HighlightWriter {
  options: MarkdownExportOptions
  resolver: LinkResolver
  /** Links by the id of either end. */
  linksByHighlight: ReadonlyMap<Id, readonly Link[]>
  /** The note (file) a wikilink to `article` names; '' when that article is in the file being written. */
  noteNameOf: (article: ArticleMeta) => string
}

/** The index of a resolver's links, built once per resolver: a library export writes many notes with one. */
const indexes = new WeakMap<LinkResolver, ReadonlyMap<Id, readonly Link[]>>()
export function linksIndex(resolver: LinkResolver): ReadonlyMap<Id, readonly Link[]> {
  let index = indexes.get(resolver)
  if (!index) indexes.set(resolver, (index = indexLinks(resolver.links)))
  return index
}

export function indexLinks(links: readonly Link[]): Map<Id, Link[]> {
  const index = new Map<Id, Link[]>()
  const add = (id: Id, link: Link): void => {
    index.set(id, [...(index.get(id) ?? []), link])
  }
  for (const link of links) {
    add(link.from, link)
    if (link.to !== link.from) add(link.to, link)
  }
  return index
}

/** One highlight as Markdown blocks (each a list of lines, blocks to be separated by blank lines). */
export function highlightBlocks(highlight: Highlight, writer: HighlightWriter, blockId = highlightBlockId(highlight.id)): string[][] {
  let first = highlight.color
  const tags = highlight.tags.length > 0 ? obsidianTags(highlight.tags) : NO_TAGS
  if (tags.length > 0) first += ' ·'
  for (const tag of tags) first += ' #' + tag
  if (highlight.edition !== undefined) first += ` · edition ${highlight.edition}`
  const meta = writer.linksByHighlight.has(highlight.id) ? [first, ...linkLines(highlight, writer)] : [first]
  const blocks = [quoteWithLink(highlight), ['^' + blockId], meta]
  if (writer.options.includeNotes && highlight.note !== '') {
    const note = noteLines(highlight.note)
    if (note.length > 0) blocks.push(note)
  }
  return blocks
}

const NO_TAGS: readonly string[] = []

/**
 * The quote, its way back to the passage at the end of its last line: `… he said. [↗](diptych://…)`.
 * There rather than on the block id's line because in Obsidian the id line names the blockquote above it
 * (a reference or an embed `![[Note#^h-…]]` shows the quote), so the link travels with every embed of
 * the quote; text on the id's line would make the id name that line instead and break the references
 * earlier exports made. It reads as Zotero's and Readwise's links do: a small mark after the quote.
 */
function quoteWithLink(highlight: Highlight): string[] {
  const lines = blockquoteLines(highlight.quote.exact)
  const link = highlightLink(highlight, true)
  if (link) lines[lines.length - 1] += ` [↗](${link})`
  return lines
}

function linkLines(highlight: Highlight, writer: HighlightWriter): string[] {
  const lines: string[] = []
  for (const link of writer.linksByHighlight.get(highlight.id) ?? []) {
    const outgoing = link.from === highlight.id
    const other = writer.resolver.highlightById(outgoing ? link.to : link.from)
    // A link whose other end is gone (deleted highlight or article) has nothing to point to.
    if (!other) continue
    const target = `${writer.noteNameOf(other.article)}#^${highlightBlockId(other.highlight.id)}`
    const wording = RELATION_WORDING[link.relation] ?? RELATION_WORDING.related
    const verb = outgoing ? `→ ${wording.outgoing}` : `← ${wording.incoming}`
    lines.push(`${verb} [[${target}|${wikilinkAlias(other.article.title)}]]`)
  }
  return lines
}
