// `diptych refresh [ID...]`: fetches articles saved from a URL again, as the app's "Check for a new
// edition" does; a changed text becomes a new edition, the earlier ones kept.
import type { EditionCheck } from '../shared/editions/types'
import { UsageError } from './args'
import { DATA_DIR_HELP, type Command } from './command'
import { resolveArticle } from './resolve-article'
import { withLibrary } from './library'
import { oneLine, plural } from './output'

export const refreshCommand: Command = {
  name: 'refresh',
  summary: 'fetch articles saved from the web again and keep each changed text as a new edition',
  help: `Usage: diptych refresh [ID...] [--json] [--data-dir DIR]

Fetches again each article saved from a web address (all of them when no ID is given; IDs as
"diptych list" shows them, or a prefix no other id shares). When the page's text changed, it becomes
the article's new edition: the earlier editions are kept with their dates, highlights move to the new
text, and those whose passage is gone stay on the edition they were made on. Prints one line per
article (unchanged, new edition, or failed with the reason) and a summary. Exit code 1 if any failed.

Options:
  --json           print a JSON array with one result per article:
                   {articleId, title, status, message, edition?, moved, revised, stayed}
${DATA_DIR_HELP}`,
  options: { json: { type: 'boolean' } },

  async run({ options, positionals }, out) {
    const results = await withLibrary(options['data-dir'], out, async ({ store, editions }) => {
      const live = store.data.articles.filter((a) => !a.deletedAt)
      const chosen = positionals.length > 0 ? positionals.map((id) => resolveArticle(id, live)) : live.filter((a) => a.url)
      if (chosen.length === 0) throw new UsageError('No article in the library was saved from a web address; there is nothing to refresh.')
      const checks: EditionCheck[] = []
      for (const [i, article] of chosen.entries()) {
        if (!options.json) out.note(`[${i + 1}/${chosen.length}] Checking “${oneLine(article.title)}”…`)
        const check = await editions.check(article.id)
        checks.push(check)
        if (!options.json) out.line(describe(check))
      }
      return checks
    })
    if (options.json) out.json(results)
    else out.line(summary(results))
    return results.some((r) => r.status === 'failed') ? 1 : 0
  }
}

function describe(check: EditionCheck): string {
  const head = `${check.articleId} “${oneLine(check.title)}”`
  if (check.status === 'unchanged') return `${head}: unchanged`
  if (check.status === 'failed') return `${head}: failed: ${oneLine(check.message)}`
  return `${head}: new edition ${check.edition?.n}: ${oneLine(check.message.replace(/^.*?\(edition \d+\)\.\s*/, '') || 'no highlights to move.')}`
}

function summary(results: readonly EditionCheck[]): string {
  const count = (status: EditionCheck['status']) => results.filter((r) => r.status === status).length
  return `${plural(results.length, 'article')} checked: ${count('unchanged')} unchanged, ${count('new-edition')} new edition${count('new-edition') === 1 ? '' : 's'}, ${count('failed')} failed.`
}
