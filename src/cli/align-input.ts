// The files `diptych align` reads, as the importer reads them. Plain text needs only the reader and the
// decoder: the parsers (which load jsdom) are loaded for other files only, so that aligning two .txt
// files starts fast.
import { plainTextLikeImporter, readArticleFile, SYNC_CALLS } from '../node/plain-text'
import { CliError } from './command'
import { displayPath } from './output'
import type { CliPath } from './raw-args'

export interface AlignInput {
  /** The file's name as given (its bytes that are not UTF-8 written as \xNN). */
  file: string
  /** What the offsets count in: the decoded file itself, or the article's canonical text. */
  offsetsInto: 'file' | 'canonical'
  text: string
}

/**
 * A file read as the importer reads it. Plain text is aligned as decoded, so that offsets point into
 * the file's own characters; Markdown and HTML have markup between the words, so their offsets are into
 * the article's canonical text (blocks joined by a blank line), as every offset in the app.
 */
export async function readForAlign(path: CliPath): Promise<AlignInput> {
  const file = typeof path === 'string' ? path : displayPath(path)
  // Synchronously: nothing else waits, and the thread pool's round trips added to the start-up time.
  const read = await readArticleFile(path, undefined, SYNC_CALLS)
  if (!read.ok) throw new CliError(`“${displayPath(file)}” could not be read: ${read.error}.`)
  const bytes = read.value
  // The name as the importer sees it: for its extension and, failing a title, the title.
  const fileName = typeof path === 'string' ? path : path.toString('utf8')
  const plain = plainTextLikeImporter(bytes, fileName)
  if (plain !== null) return { file, offsetsInto: 'file', text: plain }
  // Loaded here, not at start-up: the parsers pull in jsdom, which the other commands do not need.
  const [{ parseArticle, decodeLikeImporter }, { canonicalText }] = await Promise.all([
    import('../node/parsing'),
    import('../shared/model')
  ])
  const parsed = parseArticle({ bytes, fileName })
  if (!parsed.ok) throw new CliError(parsed.error.message)
  if (parsed.value.meta.format !== 'text') return { file, offsetsInto: 'canonical', text: canonicalText(parsed.value.blocks) }
  const text = decodeLikeImporter(bytes, fileName)
  if (text === null) throw new CliError(`“${displayPath(file)}” holds binary data, not text.`)
  return { file, offsetsInto: 'file', text }
}
