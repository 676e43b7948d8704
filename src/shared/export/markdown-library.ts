// Markdown export of many articles: one note per article, named after its title, plus `index.md`.

import type { ExportArticle, LinkResolver, MarkdownExportOptions } from './export-types'
import { NO_LINKS } from './export-types'
import { selectHighlights } from './markdown-highlights'
import { articleFile, countOf, joinBlocks, sameFileOr, sourceLineOf } from './markdown-article'
import { escapeLine, normalizeText, singleLine } from './markdown-text'
import { noteName, uniqueNoteNames } from './obsidian-names'
import { frontMatterLines } from './yaml-front-matter'

export interface ExportedFile {
  /** File name with its extension, safe on every file system; unique within the export. */
  name: string
  content: string
}

export const INDEX_NOTE = 'index'

/**
 * One file per article, in the order given, then `index.md` linking them all. Links between two
 * exported articles name the note the other one was given here (with its ` (2)` suffix if it needed
 * one); links to articles outside the export name the note after that article's title.
 */
export function exportLibraryMarkdown(
  inputs: readonly ExportArticle[],
  options: MarkdownExportOptions,
  links: LinkResolver = NO_LINKS
): { files: ExportedFile[] } {
  const names = uniqueNoteNames(
    inputs.map((input) => input.meta.title),
    [INDEX_NOTE]
  )
  const nameById = new Map(inputs.map((input, index) => [input.meta.id, names[index]]))
  const files = inputs.map((input, index) => {
    const noteNameOf = sameFileOr(new Set([input.meta.id]), (article) => nameById.get(article.id) ?? noteName(article.title))
    return { name: names[index] + '.md', content: articleFile(input, options, links, noteNameOf) }
  })
  return { files: [...files, { name: INDEX_NOTE + '.md', content: indexFile(inputs, names, options) }] }
}

function indexFile(inputs: readonly ExportArticle[], names: readonly string[], options: MarkdownExportOptions): string {
  const counts = inputs.map((input) => countOf(selectHighlights(input, options)))
  const front = frontMatterLines([
    ['title', 'Diptych library'],
    ['articles', inputs.length],
    ['highlights', counts.reduce((sum, count) => sum + count, 0)],
    ['exported', normalizeText(options.exportedAt)]
  ])
  const items = inputs.map((input, index) => {
    const count = counts[index] === 1 ? '1 highlight' : `${counts[index]} highlights`
    const details = [sourceLineOf({ ...input.meta, url: undefined }), count].filter(Boolean).join(' · ')
    // A standard link rather than a wikilink: it works in Obsidian and in any other Markdown viewer.
    return `- [${escapeLine(singleLine(input.meta.title), false)}](${fileDestination(names[index])}) — ${details}`
  })
  return joinBlocks([front, ['# Diptych library'], items.length > 0 ? items : ['No articles.']])
}

/** A note's file name as a link destination: spaces and parentheses percent-encoded. */
function fileDestination(name: string): string {
  return encodeURIComponent(name + '.md')
    .replace(/\(/g, '%28')
    .replace(/\)/g, '%29')
}
