// The sentences a check for a new edition ends with, in the app and on the command line.
import type { ArticleMeta, Edition } from '../../../shared/model'
import { editionDate } from '../../../shared/editions'

type Outcome =
  | { status: 'unchanged'; meta: ArticleMeta }
  | { status: 'new-edition'; meta: ArticleMeta; edition: Edition; from: Edition; moved: number; revised: number; stayed: number }

const highlights = (n: number) => (n === 1 ? '1 highlight' : `${n} highlights`)

export function checkMessage(outcome: Outcome): string {
  if (outcome.status === 'unchanged') return `“${outcome.meta.title}” has not changed since it was saved.`
  const { edition, from, moved, revised, stayed } = outcome
  const parts = [`A new edition of “${outcome.meta.title}” was saved (edition ${edition.n}).`]
  if (moved > 0) parts.push(`${highlights(moved)} moved to it unchanged.`)
  if (revised > 0) parts.push(`${highlights(revised)} moved to it with changed wording.`)
  if (stayed > 0) parts.push(`${highlights(stayed)} stayed on the edition of ${editionDate(from.savedAt)}.`)
  return parts.join(' ')
}
