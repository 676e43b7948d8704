// What "Find sources" answers: the articles of the library an article quotes or paraphrases, ranked
// by how much of it they share.
import type { PairKind, Span } from '../compare'

export interface SharedPassage {
  kind: PairKind
  /** The passage in the article asked about, and its counterpart in the source ([start, end) offsets
   *  into each one's canonical text). */
  a: Span
  b: Span
  /** Their words, cut to a few lines. */
  text: string
  sourceText: string
}

export interface ArticleSource {
  articleId: string
  title: string
  /** Characters of the article found in this source, quoted or paraphrased; share is their part of
   *  the article's text (0..1). */
  sharedChars: number
  share: number
  /** How many passages the two share. */
  pairs: number
  /** The first shared passages, in the article's order. */
  passages: SharedPassage[]
}

export interface SourcesResult {
  articleId: string
  sources: ArticleSource[]
  /** Articles the index proposed and the aligner read. */
  compared: number
  /** Articles in the index. */
  indexed: number
}

/** How far a build of the index has got; null when none is running. */
export interface SourcesProgress {
  done: number
  total: number
}

export const DEFAULT_SOURCES_LIMIT = 10
export const MAX_SOURCES_LIMIT = 100
