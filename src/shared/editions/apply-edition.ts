// The library change that saves a new edition: a recipe body (store.update), plain and replayable on a
// fresher library, touching only what it finds as it was computed against.
import type { Edition, Highlight, Library } from '../model'
import type { HighlightMove } from './move-highlights'
import { latestEditionNumber } from './types'

export interface NewEdition {
  articleId: string
  /** The edition the highlights were moved from (the latest when the check began). */
  from: Edition
  edition: Edition
  /** Pictures the new text shows, besides those the article had. */
  assets: string[]
  /** Each move with the selectors the highlight had when it was computed. */
  moves: { move: HighlightMove; was: Pick<Highlight, 'quote' | 'position'> }[]
}

/** Thrown when another process saved an edition of the same article meanwhile. */
export class EditionConflict extends Error {}

export function applyNewEdition(lib: Library, change: NewEdition): void {
  const article = lib.articles.find((a) => a.id === change.articleId)
  if (!article) throw new EditionConflict('the article is no longer in the library')
  if (latestEditionNumber(article.editions) !== change.from.n) throw new EditionConflict('another edition was saved meanwhile')
  article.editions = [...(article.editions ?? [change.from]), change.edition]
  article.textHash = change.edition.textHash
  article.wordCount = change.edition.words
  if (change.assets.length > 0) article.assets = [...new Set([...(article.assets ?? []), ...change.assets])]
  const byId = new Map(lib.highlights.map((h) => [h.id, h]))
  for (const { move, was } of change.moves) {
    const h = byId.get(move.id)
    // Changed or moved by the reader since: left as it is, and anchored as any highlight is.
    if (!h || h.edition !== undefined || h.position.start !== was.position.start || h.quote.exact !== was.quote.exact) continue
    if (move.outcome === 'stayed') h.edition = change.from.n
    else if (move.outcome === 'moved' || move.outcome === 'revised') {
      h.quote = move.selectors.quote
      h.position = move.selectors.position
      if (move.outcome === 'revised') h.revised = { before: move.before, after: move.after, edition: change.edition.n }
    }
  }
}
