// `diptych export`: an article, a pair or the whole library, through ExportService.render and write, so
// that the files are the app's own exports.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { ExportRequest, FolderUpdateResult } from '../shared/api'
import { AppError, ExportTargetError, SENTENCES } from '../node'
import { oneOf, UsageError } from './args'
import { CliError, DATA_DIR_HELP, type Command } from './command'
import { withLibrary } from './library'
import { displayPath, oneLine, plural, type Output } from './output'
import { resolveArticle } from './resolve-article'

export const exportCommand: Command = {
  name: 'export',
  summary: 'export highlights and notes to Markdown or Web Annotation JSON',
  help: `Usage: diptych export (--article ID [--article ID2] | --all) --format md|webannotation --out PATH
                      [--no-notes] [--text] [--order reading|color|tag] [--tag TAG] [--images copy|link]
                      [--data-dir DIR]

Exports articles with their highlights, notes, tags and links, as the app's Export does.
  --article ID     one article to a file; given twice, the pair in one file with the links between them
                   (Markdown; Web Annotation gives one file per article, in the folder PATH).
                   ID is an id from "diptych list", or a prefix of one that no other id shares.
  --all            every article in the library (not the trash), one file each (and an index.md for
                   Markdown), into the folder PATH. Markdown can be exported again into the same folder
                   (a notes vault): each note is found by the article id in its front matter, even
                   renamed or moved; only what lies between its diptych:begin and diptych:end markers
                   and Diptych's own front matter keys is rewritten, everything you added stays; a note
                   that would not change is not written. Notes without markers, with edited markers, or
                   of deleted articles are reported and left as they are.

Options:
  --format FORMAT  md (Markdown, as Obsidian reads it) or webannotation (W3C Web Annotation JSON)
  --out PATH       the file to write; for --all, or Web Annotation of a pair, the folder. An existing
                   folder given for a single file receives the file under its own name. "-" writes
                   the file to stdout; a pipe or a terminal (/dev/stdout) is written into. Never a
                   path inside the library folder.
  --force          replace an existing file; in a folder of Web Annotation JSON, the files of an
                   earlier export (a file of the same name that Diptych did not write is never replaced)
  --no-notes       leave the notes out
  --text           add the article's whole text after its highlights (pictures, tables, code)
  --order ORDER    reading (default: as in the text), color (grouped by colour) or tag (grouped by tag)
  --tag TAG        only the highlights with this tag
  --images HOW     Markdown's pictures: copy (default) into a folder "assets" beside the export, or
                   link to the library's own copy (file:// addresses; nothing copied)
${DATA_DIR_HELP}

Exit code 0 when everything was written, 1 when nothing was, 2 for a mistake in the command, and 3
when --all wrote every article but those whose text could not be read (each is named, with its file)
or whose notes it left as they are (each is named, with why).`,
  options: {
    article: { type: 'string', multiple: true, value: 'ID' },
    all: { type: 'boolean' },
    format: { type: 'string', value: 'md|webannotation' },
    out: { type: 'string', value: 'PATH' },
    'no-notes': { type: 'boolean' },
    text: { type: 'boolean' },
    order: { type: 'string', value: 'reading|color|tag' },
    tag: { type: 'string', value: 'TAG' },
    images: { type: 'string', value: 'copy|link' },
    force: { type: 'boolean' }
  },

  async run({ options, positionals, optionBytes }, out) {
    if (positionals.length > 0) throw new UsageError(`Unexpected argument “${positionals[0]}”: name articles with --article ID.`)
    const ids = (options.article as string[] | undefined) ?? []
    if (options.all && ids.length > 0) throw new UsageError('Give either --article or --all, not both.')
    if (!options.all && ids.length === 0) throw new UsageError('Choose what to export: --article ID (once or twice) or --all.')
    if (ids.length > 2) throw new UsageError('Give --article at most twice (one article, or a pair).')
    if (options.format === undefined) throw new UsageError('Choose a format: --format md or --format webannotation.')
    const format = oneOf('format', options.format, ['md', 'webannotation'], 'md')
    if (typeof options.out !== 'string') throw new UsageError('Say where to write the export: --out PATH.')
    if (optionBytes.out) {
      throw new CliError(
        `The name ${displayPath(optionBytes.out)} given with --out is not valid UTF-8; Diptych names its exports in UTF-8, so give a name that is.`
      )
    }
    const outPath = options.out === STDOUT ? STDOUT : path.resolve(options.out)
    const order = oneOf('order', options.order, ['reading', 'color', 'tag'], 'reading')
    const images = oneOf('images', options.images, ['copy', 'link'], 'copy')

    return withLibrary(options['data-dir'], out, async ({ exports, store }) => {
      const live = store.data.articles.filter((a) => !a.deletedAt)
      const articleIds = ids.map((id) => resolveArticle(id, live).id)
      if (articleIds.length === 2 && articleIds[0] === articleIds[1]) throw new CliError('A pair needs two different articles.')
      const req: ExportRequest = {
        scope: options.all ? 'library' : articleIds.length === 2 ? 'pair' : 'article',
        articleIds,
        format: format === 'md' ? 'markdown' : 'webannotation',
        includeNotes: options['no-notes'] !== true,
        includeText: options.text === true,
        order,
        onlyTag: typeof options.tag === 'string' ? options.tag : undefined,
        images
      }
      if (req.scope === 'library' && live.length === 0) throw new CliError('The library has no articles to export.')
      if (req.scope === 'library' && req.format === 'markdown' && outPath !== STDOUT) {
        const result = await exports.updateFolder(req, outPath).catch((error: unknown) => {
          throw whyNotWritten(error, outPath, 'them')
        })
        return reportUpdate(result, out)
      }
      const rendered = await exports.render(req)
      if (outPath === STDOUT) {
        if (rendered.kind === 'folder') throw new CliError('This export is a folder of files: give a folder with --out, not -.')
        await out.write(rendered.content)
        return 0
      }
      const target = rendered.kind === 'file' && (await isFolder(outPath)) ? path.join(outPath, rendered.name) : outPath
      const written = await exports.write(rendered, target, { force: options.force === true }).catch((error: unknown) => {
        throw whyNotWritten(error, target, rendered.kind === 'file' ? 'it' : 'them')
      })
      const replaced =
        written.replaced === 0
          ? ''
          : rendered.kind === 'file'
            ? ' (it replaced the file that was there)'
            : ` (${written.replaced} of them replaced files of an earlier export)`
      // A stream may be this very stdout (/dev/stdout): the confirmation goes beside it, not into it.
      const done = `Wrote ${plural(written.files, 'file')} to ${displayPath(target)}${replaced}`
      if (written.streamed) out.note(done)
      else out.line(done)
      if (rendered.failed.length === 0) return 0
      out.note(`diptych: ${plural(rendered.failed.length, 'article')} could not be exported:`)
      for (const f of rendered.failed) out.note(`  ${f.articleId} “${oneLine(f.title)}”: ${f.message} (${displayPath(f.file)})`)
      return PARTIAL
    })
  }
}

/** What a repeated export did: counts, then each note skipped and why, each deleted article's note. */
function reportUpdate(result: FolderUpdateResult, out: Output): number {
  const written = result.created.length + result.updated.length
  out.line(
    `Exported the library to ${displayPath(result.path ?? '')}: ${plural(written, 'note')} written (${result.created.length} new, ` +
      `${result.updated.length} updated), ${result.unchanged} unchanged, ${result.skipped.length} skipped.`
  )
  for (const s of result.skipped) out.line(`  skipped “${oneLine(s.file)}”: ${s.reason}.`)
  for (const d of result.deleted) {
    const what = d.title ? `“${oneLine(d.title)}”` : `the article ${oneLine(d.articleId)}`
    out.line(`  “${oneLine(d.file)}”: ${what} is no longer in the library (deleted); its note is left as it is.`)
  }
  if (result.failed.length === 0 && result.skipped.length === 0) return 0
  if (result.failed.length > 0) out.note(`diptych: ${plural(result.failed.length, 'article')} could not be exported:`)
  for (const f of result.failed) out.note(`  ${f.articleId} “${oneLine(f.title)}”: ${f.message} (${displayPath(f.file)})`)
  return PARTIAL
}

/** `--out -`: the export on stdout. */
const STDOUT = '-'
/** Exit code of an export that wrote what it could but left some articles out. */
const PARTIAL = 3

/** A sentence for a target refused or a write that failed; --force where it would help. */
function whyNotWritten(error: unknown, target: string, pronoun: 'it' | 'them'): Error {
  if (error instanceof ExportTargetError && error.problem === 'exists')
    return new CliError(`${error.message.replace(/\.$/, '')}; give --force to replace ${pronoun}.`)
  if (error instanceof AppError) return error
  return new CliError(SENTENCES.exportNotWritten(displayPath(target), error))
}

const isFolder = async (p: string) => (await fs.stat(p).catch(() => null))?.isDirectory() === true
