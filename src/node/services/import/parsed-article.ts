// What the importer hands back: an article as metadata plus blocks, or a failure a reader can understand.
import type { ArticleFormat, ArticleMeta, Block } from '../../../shared/model'
import type { Result } from '../../../shared/result'

/** An article's metadata as found in the file: the fields of ArticleMeta a source can give. */
export type ParsedMeta = Pick<ArticleMeta, 'title' | 'source' | 'author' | 'published' | 'lang' | 'dir' | 'description'> & {
  /** Canonical http(s) address of the article. */
  url?: string
  /** From Markdown front matter; empty lists are left out. */
  tags?: string[]
  format: Exclude<ArticleFormat, 'bundled'>
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

export type ParseResult = Result<ParsedArticle, ImportFailure>
