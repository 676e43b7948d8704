import type { Edition, Id } from '../model'

/** What "Check for a new edition" found for one article. */
export interface EditionCheck {
  articleId: Id
  title: string
  /** unchanged: the same text as the latest edition; new-edition: saved; failed: see `message`. */
  status: 'unchanged' | 'new-edition' | 'failed'
  /** One sentence for the reader. */
  message: string
  /** The edition just saved. */
  edition?: Edition
  /** Highlights moved onto it with the same words, with their wording changed, and left on the older edition. */
  moved: number
  revised: number
  stayed: number
}

/** The latest edition of an article: its last one, or the text first saved when it has never changed. */
export function latestEditionNumber(editions: readonly Edition[] | undefined): number {
  return editions?.at(-1)?.n ?? 1
}

/** How an edition is named for the reader: the day it was saved, e.g. "30 November 2026". */
export function editionDate(savedAt: string): string {
  const date = new Date(savedAt)
  if (Number.isNaN(date.getTime())) return savedAt
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
}

/** The latest edition as an export names it ("2, saved 30 November 2026"); none for an article never re-fetched with changes. */
export function latestEditionLabel(meta: { editions?: readonly Edition[] }): string | undefined {
  const latest = meta.editions?.at(-1)
  return latest && latest.n > 1 ? `${latest.n}, saved ${editionDate(latest.savedAt)}` : undefined
}
