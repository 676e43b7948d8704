// An article named on the command line: by its id, as "diptych list" shows it, or a prefix of it.
import type { ArticleMeta } from '../shared/model'
import { CliError } from './command'

/** An article by its id or by a prefix no other article's id shares, as git takes commit ids. */
export function resolveArticle(id: string, articles: readonly ArticleMeta[]): ArticleMeta {
  const exact = articles.find((a) => a.id === id)
  if (exact) return exact
  const matches = articles.filter((a) => a.id.startsWith(id))
  if (matches.length === 1) return matches[0]
  if (matches.length > 1) throw new CliError(`The id “${id}” fits ${matches.length} articles; give more of it.`)
  throw new CliError(`No article in the library has the id “${id}” (see "diptych list").`)
}
