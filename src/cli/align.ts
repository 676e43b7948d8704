// `diptych align FILE_A FILE_B`: the passages of A that quote, closely quote or paraphrase passages of B,
// with offsets a reader can cut the passages out with.
import { readForAlign } from './align-input'
import { align, DEFAULT_MIN_SCORE } from '../shared/compare'
import { alignJson, alignPairsFile } from './align-pairs'
import { UsageError } from './args'
import type { Command } from './command'
import { displayPath, oneLine, plural, table, truncate } from './output'

const EXCERPT_COLUMNS = 96

function minScoreOption(value: unknown): number {
  if (value === undefined) return DEFAULT_MIN_SCORE
  const n = typeof value === 'string' && /^\s*(0|1|0?\.\d+|1\.0*)\s*$/.test(value) ? Number(value) : NaN
  if (!(n >= 0 && n <= 1)) throw new UsageError(`--min-score takes a number from 0 to 1 (got “${oneLine(String(value))}”).`)
  return n
}

export const alignCommand: Command = {
  name: 'align',
  summary: 'find the passages two texts share: quotes, close quotes, paraphrases',
  help: `Usage: diptych align FILE_A FILE_B [--json] [--min-score N]
       diptych align --pairs FILE [--min-score N]

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
  --min-score N    list only pairs scoring N or more (0 to 1; default ${DEFAULT_MIN_SCORE}, which hides only the
                   loosest paraphrases); --min-score 0 lists every pair found
  --pairs FILE     align many pairs: FILE holds one pair per line, FILE_A and FILE_B separated by a
                   tab; prints one JSON object per line, {line, a, b, pairs} as --json prints, or
                   {line, error} for a line that could not be aligned (the others go on; exit code 1)
  --data-dir DIR   accepted as by the other commands; align does not open the library
  -h, --help       show this help`,
  options: { json: { type: 'boolean' }, 'min-score': { type: 'string', value: 'N' }, pairs: { type: 'string', value: 'FILE' } },

  async run({ options, paths }, out) {
    const alignOptions = { minScore: minScoreOption(options['min-score']) }
    if (typeof options.pairs === 'string') {
      if (paths.length !== 0) throw new UsageError('Name either two files or --pairs FILE, not both.')
      return await alignPairsFile(options.pairs, alignOptions, out)
    }
    if (paths.length !== 2) throw new UsageError(`Name two files to align (got ${paths.length}).`)
    const [a, b] = await Promise.all(paths.map(readForAlign))
    if (options.json) {
      out.json(alignJson(a, b, alignOptions))
      return 0
    }
    const pairs = align(a.text, b.text, alignOptions)
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
