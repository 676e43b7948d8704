import type { ContextScorer } from './context'
import type { Candidate } from './find-approx'

/**
 * A candidate's cost is counted in edits, so that quote errors, context errors and distance trade
 * against one another in one unit. Distance is cheap up to POSITION_SLACK characters, because edits
 * elsewhere shift a passage by their net length all the time; beyond it each doubling of the distance
 * costs POSITION_WEIGHT edits. So a place 4 K characters from where the passage was expected needs to
 * fit about 8 edits better than one right there, and a place a megabyte away about 24.
 */
const POSITION_SLACK = 256
const POSITION_WEIGHT = 2

export function positionCost(distance: number): number {
  return POSITION_WEIGHT * Math.log2(1 + distance / POSITION_SLACK)
}

export interface Scored extends Candidate {
  prefixErrors: number
  suffixErrors: number
  /** Characters from the nearest place the passage was expected to start. */
  distance: number
  /** Quote, context and position evidence against this place, in edits: lower is better. */
  cost: number
}

/** Distance from `start` to the nearest hint. */
export function distanceToHints(start: number, hints: readonly number[]): number {
  let best = Infinity
  for (const h of hints) best = Math.min(best, Math.abs(start - h))
  return best
}

export function score(text: string, c: Candidate, context: ContextScorer, hints: readonly number[]): Scored {
  const prefixErrors = context.prefixErrors(text, c.start)
  const suffixErrors = context.suffixErrors(text, c.end)
  const distance = distanceToHints(c.start, hints)
  const cost = c.quoteErrors + prefixErrors + suffixErrors + positionCost(distance)
  return { ...c, prefixErrors, suffixErrors, distance, cost }
}

/** Whether the candidate shows exactly the stored quote and context. */
export function isPerfect(c: Scored): boolean {
  return c.quoteErrors === 0 && c.prefixErrors === 0 && c.suffixErrors === 0
}

/**
 * Confidence from 0 to 1 for the reader: the share of the stored quote and context that the place
 * reproduces, less the position cost.
 */
export function confidence(c: Scored, size: number): number {
  return Math.max(0, Math.min(1, 1 - c.cost / Math.max(1, size)))
}
