// `diptych sources ID`: the articles of the library that one quotes or paraphrases, ranked by how
// much of it they account for, with the first passages they share.
import type { SourcesResult } from '../shared/sources/types'
import { DEFAULT_SOURCES_LIMIT, MAX_SOURCES_LIMIT } from '../shared/sources/types'
import { UsageError } from './args'
import { CliError, DATA_DIR_HELP, type Command } from './command'
import { withLibrary } from './library'
import { oneLine, plural, truncate, type Output } from './output'
import { resolveArticle } from './resolve-article'

const EXCERPT_COLUMNS = 96
/** A rebuild of the index shorter than this says nothing. */
const QUIET_BELOW = 200

function limitOption(value: unknown): number {
  if (value === undefined) return DEFAULT_SOURCES_LIMIT
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN
  if (!(n >= 1 && n <= MAX_SOURCES_LIMIT))
    throw new UsageError(`--limit takes a whole number from 1 to ${MAX_SOURCES_LIMIT} (got “${oneLine(String(value))}”).`)
  return n
}

export const sourcesCommand: Command = {
  name: 'sources',
  summary: 'find the articles of the library that an article quotes or paraphrases',
  help: `Usage: diptych sources ID [--json] [--limit N] [--data-dir DIR]

Lists the articles of the library that the article ID quotes, closely quotes or paraphrases, the one
that accounts for most of it first: how much of the article each shares (share of its characters),
how many passages, and the first of them. ID is an id from "diptych list", or a prefix of one that no
other id shares. The first run on a library builds its index of word pairs (in index/sources in the
library folder), which later imports keep up to date.

Options:
  --json           print {articleId, sources: [{articleId, title, sharedChars, share, pairs, passages:
                   [{kind, a: {start, end}, b: {start, end}, text, sourceText}]}], compared, indexed};
                   offsets are into each article's canonical text
  --limit N        list at most N sources (1 to ${MAX_SOURCES_LIMIT}; default ${DEFAULT_SOURCES_LIMIT})
${DATA_DIR_HELP}`,
  options: { json: { type: 'boolean' }, limit: { type: 'string', value: 'N' } },

  async run({ options, positionals }, out) {
    if (positionals.length !== 1) throw new UsageError(`Name one article (got ${positionals.length}); see "diptych list" for the ids.`)
    const limit = limitOption(options.limit)
    return withLibrary(options['data-dir'], out, async ({ store, sources }) => {
      const live = store.data.articles.filter((a) => !a.deletedAt)
      if (live.length === 0) throw new CliError('The library is empty: import some articles first.')
      const article = resolveArticle(positionals[0], live)
      let told = 0
      const result = await sources.find(article.id, limit, ({ done, total }) => {
        if (total < QUIET_BELOW || (done < total && done - told < total / 10)) return
        told = done
        out.note(`Indexing the library: ${done} of ${plural(total, 'article')}…`)
      })
      if (options.json) out.json(result)
      else printSources(result, article.title, out)
      return 0
    })
  }
}

function printSources(result: SourcesResult, title: string, out: Output): void {
  out.line(`Sources of “${oneLine(title)}” (${result.articleId})`)
  out.line()
  if (result.sources.length === 0) {
    out.line(`No article of the library shares a passage with it (${plural(result.compared, 'likely article')} compared).`)
    return
  }
  result.sources.forEach((s, i) => {
    const share = `${Math.max(1, Math.round(s.share * 100))}%`
    out.line(`${i + 1}. ${truncate(oneLine(s.title), 72)}  (${s.articleId})`)
    out.line(`   ${share} of the article, ${plural(s.pairs, 'passage')} shared`)
    for (const p of s.passages) {
      out.line(`   ${p.kind.padEnd(10)} “${truncate(p.text, EXCERPT_COLUMNS)}”`)
      if (p.kind !== 'verbatim') out.line(`   ${'source'.padEnd(10)} “${truncate(p.sourceText, EXCERPT_COLUMNS)}”`)
    }
    out.line()
  })
  out.line(`${plural(result.sources.length, 'source')} found among ${plural(result.compared, 'likely article')} compared.`)
}
