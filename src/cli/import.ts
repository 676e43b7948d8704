// `diptych import FILE|URL...`: each file through ImportService.importFile, as the app imports a chosen
// file; each http(s) address through ImportService.importUrl, as the app's Add from URL.
import path from 'node:path'
import type { ImportItemResult } from '../shared/api'
import { UsageError } from './args'
import { DATA_DIR_HELP, type Command } from './command'
import { withLibrary } from './library'
import { displayPath, oneLine, plural } from './output'

export interface ImportedItem extends ImportItemResult {
  /** The file or address as given on the command line (a file's bytes that are not UTF-8 written as \xNN). */
  file: string
  /** Title of the article imported, or of the one it duplicates. */
  title?: string
}

export const importCommand: Command = {
  name: 'import',
  summary: 'import HTML, Markdown or text files, or web pages by address, as articles',
  help: `Usage: diptych import FILE|URL... [--keep-duplicates] [--json] [--data-dir DIR]

Imports each FILE (HTML, Markdown or plain text) into the library, as the app's Import does, and saves
each web page named by an http:// or https:// URL with its pictures, as the app's Add from URL does.
Prints one line per file or page: imported, duplicate of an article already there, or failed with the
reason. One that fails does not stop the others. Exit code 1 if any failed.

Options:
  --keep-duplicates  import a file even when the library already has the same text or address
  --json             print a JSON array with one result per file:
                     {file, fileName, status, articleId?, duplicateOf?, title?, images?, message}
${DATA_DIR_HELP}`,
  options: { 'keep-duplicates': { type: 'boolean' }, json: { type: 'boolean' } },

  async run({ options, paths }, out) {
    if (paths.length === 0) throw new UsageError('Name at least one file to import.')
    const keepDuplicates = options['keep-duplicates'] === true
    const results = await withLibrary(options['data-dir'], out, async ({ imports, store }) => {
      const items: ImportedItem[] = []
      // One at a time: a file that repeats an earlier one in the same call is then seen as a duplicate.
      for (const [i, file] of paths.entries()) {
        const result =
          typeof file === 'string' && isWebAddress(file)
            ? await imports.importUrl(file, `cli-${i}`, { keepDuplicates })
            : await imports.importFile(typeof file === 'string' ? path.resolve(file) : file, { keepDuplicates })
        const id = result.articleId ?? result.duplicateOf
        const title = id ? store.data.articles.find((a) => a.id === id)?.title : undefined
        const item: ImportedItem = { file: typeof file === 'string' ? file : displayPath(file), ...result, title }
        items.push(item)
        if (!options.json) out.line(describe(item))
      }
      return items
    })
    const failed = results.filter((r) => r.status === 'failed').length
    if (options.json) out.json(results)
    else if (results.length > 1) {
      const imported = results.filter((r) => r.status === 'imported').length
      out.line(`${plural(imported, 'file')} imported, ${results.length - imported - failed} duplicate, ${failed} failed.`)
    }
    return failed > 0 ? 1 : 0
  }
}

/** An argument that names a web page rather than a file (a file called "http:" would be written ./http:…). */
const isWebAddress = (arg: string) => /^https?:\/\//i.test(arg.trim())

function describe(item: ImportedItem): string {
  const title = oneLine(item.title ?? '')
  const file = displayPath(item.file)
  if (item.status === 'imported') return `${file}: imported as ${item.articleId} “${title}”${pictures(item.images)}`
  if (item.status === 'duplicate')
    return `${file}: duplicate of ${item.duplicateOf} “${title}” (not imported; --keep-duplicates imports it anyway)`
  return `${file}: failed: ${oneLine(item.message ?? 'it could not be imported.')}`
}

function pictures(images: ImportedItem['images']): string {
  if (!images || images.saved + images.failed === 0) return ''
  return images.failed === 0
    ? ` with ${plural(images.saved, 'picture')}`
    : ` with ${images.saved} of ${images.saved + images.failed} pictures`
}
