// `diptych list`: the articles in the library, trash left out.
import { UsageError } from './args'
import { DATA_DIR_HELP, type Command } from './command'
import type { LibraryListing } from '../node/listing'
import { listKernel } from './list-kernel'
import { plural, table, type Output } from './output'

export interface ListedArticle {
  id: string
  title: string
  source: string | null
  published: string | null
  highlights: number
}

export const list: Command = {
  name: 'list',
  summary: 'list the articles in the library',
  help: `Usage: diptych list [--json] [--data-dir DIR]

Lists the articles in the library (not those in the trash): id, title, source, publication date and
how many highlights each has. Use the id with "diptych export --article ID" (a unique prefix of it is
enough).

Options:
  --json           print a JSON array of {id, title, source, published, highlights}
${DATA_DIR_HELP}`,
  options: { json: { type: 'boolean' } },

  async run({ options, positionals }, out) {
    if (positionals.length > 0) throw new UsageError(`Unexpected argument “${positionals[0]}”: list takes no arguments.`)
    const articles = listed(await listing(options['data-dir'], out))
    if (options.json) {
      out.json(articles)
      return 0
    }
    if (articles.length === 0) {
      out.line('The library is empty.')
      return 0
    }
    const rows = articles.map((a) => [a.id, a.title, a.source ?? '', a.published ?? '', String(a.highlights)])
    const columns = [
      { header: 'ID' },
      { header: 'TITLE', max: 60 },
      { header: 'SOURCE', max: 24 },
      { header: 'PUBLISHED' },
      { header: 'HIGHLIGHTS', right: true }
    ]
    // One write: a line at a time was a system call for each of 2,000 articles.
    out.line([...table(columns, rows), plural(articles.length, 'article')].join('\n'))
    return 0
  }
}

/**
 * What the list shows, read without checking every highlight when the library is as expected
 * (library-listing.ts); otherwise the library is opened the full way, which says what is wrong.
 */
async function listing(dataDir: unknown, out: Output): Promise<LibraryListing> {
  const quick = await listKernel.readLibraryListing(listKernel.dataDirOf(dataDir))
  if (quick) return quick
  // Loaded only here: the store, its services and schemas are most of the time a list takes to start.
  const { withLibrary } = await import('./library')
  return withLibrary(dataDir, out, async ({ store }) => {
    const highlightCounts = new Map<string, number>()
    for (const h of store.data.highlights) highlightCounts.set(h.articleId, (highlightCounts.get(h.articleId) ?? 0) + 1)
    return { articles: store.data.articles, highlightCounts }
  })
}

function listed({ articles, highlightCounts }: LibraryListing): ListedArticle[] {
  return articles
    .filter((a) => !a.deletedAt)
    .map((a): ListedArticle => ({
      id: a.id,
      title: a.title,
      source: a.source ?? null,
      published: a.published ?? null,
      highlights: highlightCounts.get(a.id) ?? 0
    }))
}
