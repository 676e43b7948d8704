// The export module's public API: Markdown (one article, a pair, the library) and W3C Web Annotations.

export { highlightBlockId } from './block-id'
export { copiedImageHref, createLinkResolver, NO_LINKS } from './export-types'
export type { ExportArticle, HighlightOrder, LinkResolver, LocatedHighlight, MarkdownExportOptions } from './export-types'
export { exportArticleMarkdown, exportPairMarkdown } from './markdown-article'
export { exportLibraryMarkdown } from './markdown-library'
export type { ExportedFile } from './markdown-library'
export { noteName, obsidianTag } from './obsidian-names'
export { exportWebAnnotations, parseWebAnnotations } from './webannotation'
export type {
  AnnotationCollectionJson,
  ImportedAnnotation,
  ImportedLink,
  WebAnnotationImport,
  WebAnnotationImportError
} from './webannotation'
export { readAnnotationItem, webAnnotationItems } from './webannotation-parse'
export type { AnnotationItem, AnnotationRead, SkippedAnnotation, WebAnnotationImportErrorKind } from './webannotation-parse'
export { exportHighlightMarkdown } from './markdown-single'
export { blockMarkdown, blocksMarkdown } from './markdown-blocks'
export type { BlockMarkdownOptions } from './markdown-blocks'
export { INDEX_MARK, INDEX_NOTE, libraryNotePlan } from './markdown-library'
export type { LibraryNotePlan, NotePlacement } from './markdown-library'
export { mergeManaged, renderManaged } from './managed-region'
export type { ManagedNote, MergeOutcome } from './managed-region'
export { frontMatterValue } from './front-matter-merge'
