// Markdown export of many articles: one note per article, named after its title, plus `index.md`; or
// the same notes placed where an earlier export into the folder left them (vault-export in the Node layer).

import type { ExportArticle, LinkResolver, MarkdownExportOptions } from './export-types'
import { NO_LINKS } from './export-types'
import { selectHighlights } from './markdown-highlights'
import { articleNote, countOf, sameFileOr, sourceLineOf, VOLATILE_KEYS } from './markdown-article'
import { renderManaged, type ManagedNote } from './managed-region'
import { escapeLine, normalizeText, singleLine } from './markdown-text'
import { noteName, uniqueNoteNames } from './obsidian-names'
import { frontMatterEntry, type FrontMatterField } from './yaml-front-matter'

export interface ExportedFile {
  /** File name with its extension, safe on every file system; unique within the export. */
  name: string
  content: string
}

export const INDEX_NOTE = 'index'
/** The front matter value that marks the library's index note (an article's note has its diptych:// link). */
export const INDEX_MARK = 'library'

/** Where the notes of an earlier export are, for an export repeated into the same folder. */
export interface NotePlacement {
  /** Each article's note, found by the article id in its front matter: its path in the folder (`/`, with `.md`). */
  existing: ReadonlyMap<string, string>
  /** Names (without `.md`, compared without case) that a new note must not take: the folder's other notes. */
  taken: readonly string[]
  /** The index note's path, when the folder has one. */
  index?: string
}

/** Each article's note, rendered only when asked for (a large export holds one at a time), and the index. */
export interface LibraryNotePlan {
  articles: { articleId: string; path: string; render: () => ManagedNote }[]
  index: { path: string; note: ManagedNote }
}

const NO_PLACEMENT: NotePlacement = { existing: new Map(), taken: [] }

/**
 * One note per article, in the order given, and the index linking them all. A note already in the
 * folder keeps its path (the reader may have renamed or moved it); a new one is named after its
 * article's title, with ` (2)`… when the name is taken. Links between two exported articles name the
 * note the other one has; links to articles outside the export name the note after that article's title.
 */
export function libraryNotePlan(
  inputs: readonly ExportArticle[],
  options: MarkdownExportOptions,
  links: LinkResolver = NO_LINKS,
  placement: NotePlacement = NO_PLACEMENT
): LibraryNotePlan {
  const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1).replace(/\.md$/i, '')
  const kept = [...placement.existing.values(), ...(placement.index ? [placement.index] : [])].map(baseName)
  const fresh = inputs.filter((input) => !placement.existing.has(input.meta.id))
  const reserved = [...placement.taken, ...kept]
  const indexPath = placement.index ?? uniqueNoteNames([INDEX_NOTE], reserved)[0] + '.md'
  const names = uniqueNoteNames(
    fresh.map((input) => input.meta.title),
    [...reserved, baseName(indexPath)]
  )
  const pathById = new Map(placement.existing)
  fresh.forEach((input, i) => pathById.set(input.meta.id, names[i] + '.md'))
  const articles = inputs.map((input) => {
    const noteNameOf = sameFileOr(new Set([input.meta.id]), (article) => {
      const found = pathById.get(article.id)
      return found ? baseName(found) : noteName(article.title)
    })
    return { articleId: input.meta.id, path: pathById.get(input.meta.id)!, render: () => articleNote(input, options, links, noteNameOf) }
  })
  return {
    articles,
    index: {
      path: indexPath,
      note: indexNote(
        inputs,
        articles.map((a) => a.path),
        options
      )
    }
  }
}

/** One file per article, in the order given, then `index.md` linking them all: a new export. */
export function exportLibraryMarkdown(
  inputs: readonly ExportArticle[],
  options: MarkdownExportOptions,
  links: LinkResolver = NO_LINKS
): { files: ExportedFile[] } {
  const plan = libraryNotePlan(inputs, options, links)
  const files = plan.articles.map((note) => ({ name: note.path, content: renderManaged(note.render()) }))
  return { files: [...files, { name: plan.index.path, content: renderManaged(plan.index.note) }] }
}

function indexNote(inputs: readonly ExportArticle[], paths: readonly string[], options: MarkdownExportOptions): ManagedNote {
  const counts = inputs.map((input) => countOf(selectHighlights(input, options)))
  const fields: FrontMatterField[] = [
    ['diptych', INDEX_MARK],
    ['title', 'Diptych library'],
    ['articles', inputs.length],
    ['highlights', counts.reduce((sum, count) => sum + count, 0)],
    ['exported', normalizeText(options.exportedAt)]
  ]
  const items = inputs.map((input, index) => {
    const count = counts[index] === 1 ? '1 highlight' : `${counts[index]} highlights`
    const details = [sourceLineOf({ ...input.meta, url: undefined }), count].filter(Boolean).join(' · ')
    // A standard link rather than a wikilink: it works in Obsidian and in any other Markdown viewer.
    return `- [${escapeLine(singleLine(input.meta.title), false)}](${fileDestination(paths[index])}) — ${details}`
  })
  const text = ['# Diptych library', '', ...(items.length > 0 ? items : ['No articles.'])].join('\n')
  return {
    fields: fields.map((field) => ({ key: field[0], lines: frontMatterEntry(field) })),
    ownedKeys: INDEX_KEYS,
    volatileKeys: VOLATILE_KEYS,
    regions: [{ key: 'index', text }]
  }
}

const INDEX_KEYS: ReadonlySet<string> = new Set(['diptych', 'title', 'articles', 'highlights', 'exported'])

/** A note's path as a link destination: each part percent-encoded, spaces and parentheses included. */
function fileDestination(notePath: string): string {
  return notePath
    .split('/')
    .map((part) => encodeURIComponent(part).replace(/\(/g, '%28').replace(/\)/g, '%29'))
    .join('/')
}
