// `diptych align FILE_A FILE_B`: the passages of A that quote, closely quote or paraphrase passages of B,
// with offsets a reader can cut the passages out with.
import { readArticleFile } from '../node'
import { align } from '../shared/compare'
import { canonicalText } from '../shared/model'
import { UsageError } from './args'
import { CliError, type Command } from './command'
import { displayPath, oneLine, plural, table, truncate } from './output'
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
  const read = await readArticleFile(path)
  if (!read.ok) throw new CliError(`“${displayPath(file)}” could not be read: ${read.error}.`)
  const bytes = read.value
  // The name as the importer sees it: for its extension and, failing a title, the title.
  const fileName = typeof path === 'string' ? path : path.toString('utf8')
  // Loaded here, not at start-up: the parsers pull in jsdom, which the other commands do not need.
  const { parseArticle, decodeLikeImporter } = await import('../node/parsing')
  const parsed = parseArticle({ bytes, fileName })
  if (!parsed.ok) throw new CliError(parsed.error.message)
  if (parsed.value.meta.format !== 'text') return { file, offsetsInto: 'canonical', text: canonicalText(parsed.value.blocks) }
  const text = decodeLikeImporter(bytes, fileName)
  if (text === null) throw new CliError(`“${displayPath(file)}” holds binary data, not text.`)
  return { file, offsetsInto: 'file', text }
}

const EXCERPT_COLUMNS = 96

export const alignCommand: Command = {
  name: 'align',
  summary: 'find the passages two texts share: quotes, close quotes, paraphrases',
  help: `Usage: diptych align FILE_A FILE_B [--json]

Reads two text, Markdown or HTML files as the importer would and lists the passages of FILE_A that quote
(verbatim), closely quote (close) or paraphrase (paraphrase) passages of FILE_B, in the order of FILE_A,
with a score from 0 to 1 and the start and end offsets ([start, end)) of each passage in both texts.

Offsets count UTF-16 code units (JavaScript string indices; the same as characters unless the text has
characters beyond U+FFFF, such as emoji):
  - plain-text files (.txt, or any file the importer reads as plain text): into the file's text as
    decoded (a byte-order mark is not counted), so that text.slice(start, end) is the passage;
  - Markdown and HTML files: into the article's canonical text (its blocks' text joined by a blank
    line), the text every offset in the app counts in; the markup is not counted.

Options:
  --json           print {a: {file, length, offsetsInto}, b: {...}, pairs: [{a: {start, end},
                   b: {start, end}, kind, score}]}
  --data-dir DIR   accepted as by the other commands; align does not open the library
  -h, --help       show this help`,
  options: { json: { type: 'boolean' } },

  async run({ options, paths }, out) {
    if (paths.length !== 2) throw new UsageError(`Name two files to align (got ${paths.length}).`)
    const [a, b] = await Promise.all(paths.map(readForAlign))
    const pairs = align(a.text, b.text)
    if (options.json) {
      const side = (s: AlignInput) => ({ file: s.file, length: s.text.length, offsetsInto: s.offsetsInto })
      out.json({ a: side(a), b: side(b), pairs: pairs.map((p) => ({ a: p.a, b: p.b, kind: p.kind, score: p.score })) })
      return 0
    }
    for (const s of [a, b]) {
      const into = s.offsetsInto === 'file' ? 'offsets into the file' : 'offsets into the canonical text'
      out.line(`${s === a ? 'A' : 'B'}: ${displayPath(s.file)} (${plural(s.text.length, 'character')}, ${into})`)
    }
    out.line()
    if (pairs.length === 0) {
      out.line('No shared passages found.')
      return 0
    }
    const rows = pairs.map((p, i) => [String(i + 1), p.kind, p.score.toFixed(3), `${p.a.start}–${p.a.end}`, `${p.b.start}–${p.b.end}`])
    const columns = [
      { header: '#', right: true },
      { header: 'KIND' },
      { header: 'SCORE', right: true },
      { header: 'A', right: true },
      { header: 'B', right: true }
    ]
    const lines = table(columns, rows)
    out.line(lines[0])
    pairs.forEach((p, i) => {
      out.line(lines[i + 1])
      out.line(`      A  “${truncate(oneLine(a.text.slice(p.a.start, p.a.end)), EXCERPT_COLUMNS)}”`)
      out.line(`      B  “${truncate(oneLine(b.text.slice(p.b.start, p.b.end)), EXCERPT_COLUMNS)}”`)
    })
    out.line()
    const counts = (['verbatim', 'close', 'paraphrase'] as const).map((k) => `${pairs.filter((p) => p.kind === k).length} ${k}`)
    out.line(`${plural(pairs.length, 'pair')}: ${counts.join(', ')}`)
    return 0
  }
}
