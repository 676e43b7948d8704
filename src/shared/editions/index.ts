// Editions of an article saved from a URL: moving highlights onto a new text, and what changed between two.
export { moveHighlights, type HighlightMove, type HighlightToMove } from './move-highlights'
export { TextMap, type MappedRange } from './text-map'
export { editionDiff, wordChanges, type EditionDiff, type EditionRow, type EditionRowKind } from './edition-diff'
export { editionDate, latestEditionLabel, latestEditionNumber, type EditionCheck } from './types'
export { applyNewEdition, EditionConflict, type NewEdition } from './apply-edition'
