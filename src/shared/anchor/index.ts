// Selectors for a passage of an article's canonical text, and finding that passage again after the
// text has changed. Offsets count UTF-16 code units in the canonical text (see model.ts).
export { selectorsFor, CONTEXT_LENGTH } from './selectors-for'
export { anchor } from './anchor'
export { anchorMany } from './anchor-many'
export { findQuote } from './find-quote'
export type { AnchorOptions, AnchorResult, AnchorStatus, OrphanReason, Selectors } from './types'
