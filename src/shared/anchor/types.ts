import type { TextPositionSelector, TextQuoteSelector } from '../model'

/** What a highlight stores to find its passage again: the W3C quote and position selectors. */
export interface Selectors {
  quote: TextQuoteSelector
  position: TextPositionSelector
}

/**
 * How a passage was found again:
 * - `exact`: the quote is where the position says;
 * - `moved`: the exact quote, somewhere else (edits before it shifted it);
 * - `fuzzy`: a close but not identical copy of the quote (edits touched the passage itself).
 */
export type AnchorStatus = 'exact' | 'moved' | 'fuzzy'

/**
 * Why a passage was not found:
 * - `empty-quote`: the selector quotes nothing;
 * - `not-found`: nothing in the text is close enough to the quote;
 * - `ambiguous`: two places fit about equally well, and picking one could put the highlight in the wrong place;
 * - `low-confidence`: the best place fits too poorly, or the text reads as if the passage was deleted there.
 */
export type OrphanReason = 'empty-quote' | 'not-found' | 'ambiguous' | 'low-confidence'

export type AnchorResult =
  | {
      status: AnchorStatus
      /** [start, end) in the canonical text, in UTF-16 code units. */
      start: number
      end: number
      /** Confidence from 0 to 1: 1 for an exact hit, lower as quote, context and position disagree. */
      score: number
    }
  | { status: 'orphan'; reason: OrphanReason }

export interface AnchorOptions {
  /**
   * Where the quote is now expected to start, when the caller knows better than the stored position,
   * e.g. from the shift of a neighbouring highlight already anchored. The stored position stays a hint too.
   */
  expectedStart?: number
}
