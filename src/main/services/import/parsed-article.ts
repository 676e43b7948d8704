// What the importer hands back: an article as metadata plus blocks, or a failure a reader can understand.
import type { Block, TextDirection } from '../../../shared/model'

export interface ParsedMeta {
  title: string
  /** Publisher or site name. */
  source?: string
  author?: string
  /** ISO date (YYYY-MM-DD) or date-time as given by the source. */
  published?: string
  /** Canonical http(s) address of the article. */
  url?: string
  /** BCP 47 language tag, e.g. "en" or "ar-EG". */
  lang?: string
  dir?: TextDirection
  description?: string
  /** From Markdown front matter; empty lists are left out. */
  tags?: string[]
  format: 'text' | 'markdown' | 'html'
}

export interface ParsedArticle {
  meta: ParsedMeta
  blocks: Block[]
}

export type ImportFailureReason = 'empty' | 'binary' | 'not-article' | 'too-large' | 'unreadable' | 'unsupported'

export interface ImportFailure {
  kind: 'import'
  reason: ImportFailureReason
  /** A sentence for the reader that names the file. */
  message: string
}

export type ParseResult = { ok: true; article: ParsedArticle } | { ok: false; error: ImportFailure }
