// `diptych export`: an article, a pair or the whole library, through ExportService.render and write, so
// that the files are the app's own exports.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { ExportRequest } from '../shared/api'
import type { ArticleMeta } from '../shared/model'
import { oneOf, UsageError } from './args'
import { CliError, DATA_DIR_HELP, type Command } from './command'
import { withLibrary } from './library'
import { plural } from './output'

export const exportCommand: Command = {
  name: 'export',
  summary: 'export highlights and notes to Markdown or Web Annotation JSON',
  help: `Usage: diptych export (--article ID [--article ID2] | --all) --format md|webannotation --out PATH
                      [--no-notes] [--order reading|color|tag] [--tag TAG] [--data-dir DIR]

Exports articles with their highlights, notes, tags and links, as the app's Export does.
  --article ID     one article to a file; given twice, the pair in one file with the links between them
                   (Markdown; Web Annotation gives one file per article, in the folder PATH).
                   ID is an id from "diptych list", or a prefix of one that no other id shares.
  --all            every article in the library (not the trash), one file each (and an index.md for
                   Markdown), into the folder PATH

Options:
  --format FORMAT  md (Markdown, as Obsidian reads it) or webannotation (W3C Web Annotation JSON)
  --out PATH       the file to write; for --all, or Web Annotation of a pair, the folder. An existing
                   folder given for a single file receives the file under its own name.
  --no-notes       leave the notes out
  --order ORDER    reading (default: as in the text), color (grouped by colour) or tag (grouped by tag)
  --tag TAG        only the highlights with this tag
${DATA_DIR_HELP}`,
  options: {
    article: { type: 'string', multiple: true, value: 'ID' },
    all: { type: 'boolean' },
    format: { type: 'string', value: 'md|webannotation' },
    out: { type: 'string', value: 'PATH' },
    'no-notes': { type: 'boolean' },
    order: { type: 'string', value: 'reading|color|tag' },
    tag: { type: 'string', value: 'TAG' }
  },

  async run({ options, positionals }, out) {
    if (positionals.length > 0) throw new UsageError(`Unexpected argument “${positionals[0]}”: name articles with --article ID.`)
    const ids = (options.article as string[] | undefined) ?? []
    if (options.all && ids.length > 0) throw new UsageError('Give either --article or --all, not both.')
    if (!options.all && ids.length === 0) throw new UsageError('Choose what to export: --article ID (once or twice) or --all.')
    if (ids.length > 2) throw new UsageError('Give --article at most twice (one article, or a pair).')
    if (options.format === undefined) throw new UsageError('Choose a format: --format md or --format webannotation.')
    const format = oneOf('format', options.format, ['md', 'webannotation'], 'md')
    if (typeof options.out !== 'string') throw new UsageError('Say where to write the export: --out PATH.')
    const outPath = path.resolve(options.out)
    const order = oneOf('order', options.order, ['reading', 'color', 'tag'], 'reading')

    return withLibrary(options['data-dir'], out, async ({ exports, store }) => {
      const live = store.data.articles.filter((a) => !a.deletedAt)
      const articleIds = ids.map((id) => resolveArticle(id, live).id)
      if (articleIds.length === 2 && articleIds[0] === articleIds[1]) throw new CliError('A pair needs two different articles.')
      const req: ExportRequest = {
        scope: options.all ? 'library' : articleIds.length === 2 ? 'pair' : 'article',
        articleIds,
        format: format === 'md' ? 'markdown' : 'webannotation',
        includeNotes: options['no-notes'] !== true,
        order,
        onlyTag: typeof options.tag === 'string' ? options.tag : undefined
      }
      if (req.scope === 'library' && live.length === 0) throw new CliError('The library has no articles to export.')
      const rendered = await exports.render(req)
      const target = rendered.kind === 'file' && (await isFolder(outPath)) ? path.join(outPath, rendered.name) : outPath
      if (rendered.kind === 'folder' && (await isFile(outPath))) {
        throw new CliError(`This export is a folder of files, but ${outPath} is a file: give a folder with --out.`)
      }
      const files = await exports.write(rendered, target).catch((error: unknown) => {
        const code = (error as NodeJS.ErrnoException).code
        throw new CliError(`The export could not be written to ${target}${code ? ` (${code})` : ''}.`)
      })
      out.line(`Wrote ${plural(files, 'file')} to ${target}`)
      return 0
    })
  }
}

/** An article by its id or by a prefix no other article's id shares, as git takes commit ids. */
export function resolveArticle(id: string, articles: readonly ArticleMeta[]): ArticleMeta {
  const exact = articles.find((a) => a.id === id)
  if (exact) return exact
  const matches = articles.filter((a) => a.id.startsWith(id))
  if (matches.length === 1) return matches[0]
  if (matches.length > 1) throw new CliError(`The id “${id}” fits ${matches.length} articles; give more of it.`)
  throw new CliError(`No article in the library has the id “${id}” (see "diptych list").`)
}

const stat = (p: string) => fs.stat(p).catch(() => null)
const isFolder = async (p: string) => (await stat(p))?.isDirectory() === true
const isFile = async (p: string) => (await stat(p))?.isFile() === true
