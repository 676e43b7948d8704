import { BitPattern, anchoredDistances, reverse } from './bit-vector'
import { CONTEXT_LENGTH } from './selectors-for'

/**
 * Extra characters of text read beyond the stored context's own length, as a share of it, so that
 * text inserted next to the quote costs its length once (an insertion) instead of twice (a
 * substitution for every character it pushes out of a fixed-width window). Half the context covers
 * the insertion of a word or a short clause; a longer one is a rewrite and should cost.
 */
const INSERTION_ROOM = 0.5

/**
 * What one edit that inserts or deletes n characters costs. An editor adds or removes a sentence in
 * one stroke, so counting it by characters would make such edits look unlikely and let a chance
 * look-alike win; 4 plus an eighth of the length keeps it dearer than a typo or two while growing
 * slowly with n.
 */
export function eventCost(n: number): number {
  return n <= 0 ? 0 : Math.min(n, 4 + Math.ceil(n / 8))
}

/** Measures how well the text around a candidate place agrees with a quote's stored prefix and suffix. */
export class ContextScorer {
  private readonly prefixPattern: BitPattern
  private readonly suffixPattern: BitPattern

  /**
   * Context shorter than selectorsFor() takes (less one unit it may trim off a surrogate pair) means the
   * passage sat at the start or end of the text. Not reaching that edge then costs one more edit, so
   * that a look-alike in the middle of the text fits a little worse than the real one at the edge. Only
   * one: text added at the start of an article (a title, a dek) is an ordinary edit, and charging it
   * by its length would make the real passage lose to a look-alike with a typo in its context.
   */
  readonly atTextStart: boolean
  readonly atTextEnd: boolean

  constructor(
    readonly prefix: string,
    readonly suffix: string
  ) {
    this.atTextStart = prefix.length < CONTEXT_LENGTH - 1
    this.atTextEnd = suffix.length < CONTEXT_LENGTH - 1
    // The prefix is read backward from the quote's start, so that its end stays pinned to the quote
    // while its far end floats: that is the side where context is cut arbitrarily anyway.
    this.prefixPattern = new BitPattern(reverse(prefix))
    this.suffixPattern = new BitPattern(suffix)
  }

  /** Edits between the stored prefix and the text ending at `start`. */
  prefixErrors(text: string, start: number): number {
    if (this.matchesPrefix(text, start)) return 0
    const count = Math.min(start, Math.ceil(this.prefix.length * (1 + INSERTION_ROOM)))
    return bestAlignment(anchoredDistances(this.prefixPattern, text, start, -1, count), this.atTextStart, count === start)
  }

  /** Edits between the stored suffix and the text starting at `end`. */
  suffixErrors(text: string, end: number): number {
    if (this.matchesSuffix(text, end)) return 0
    const count = Math.min(text.length - end, Math.ceil(this.suffix.length * (1 + INSERTION_ROOM)))
    return bestAlignment(anchoredDistances(this.suffixPattern, text, end, 1, count), this.atTextEnd, count === text.length - end)
  }

  /** Whether the text shows exactly the stored prefix before `start`. */
  matchesPrefix(text: string, start: number): boolean {
    return text.endsWith(this.prefix, start) && (!this.atTextStart || start === this.prefix.length)
  }

  /** Whether the text shows exactly the stored suffix after `end`. */
  matchesSuffix(text: string, end: number): boolean {
    return text.startsWith(this.suffix, end) && (!this.atTextEnd || end + this.suffix.length === text.length)
  }

  /** Whether the text shows exactly the stored prefix before `start` and the stored suffix after `end`. */
  matchesExactly(text: string, start: number, end: number): boolean {
    return contextMatches(text, start, end, this.prefix, this.suffix)
  }
}

/**
 * Whether the text shows exactly `prefix` before `start` and `suffix` after `end`, reaching the text's
 * edge where the stored context did. Two string comparisons: the test for an unchanged passage.
 */
export function contextMatches(text: string, start: number, end: number, prefix: string, suffix: string): boolean {
  return (
    text.endsWith(prefix, start) &&
    (prefix.length >= CONTEXT_LENGTH - 1 || start === prefix.length) &&
    text.startsWith(suffix, end) &&
    (suffix.length >= CONTEXT_LENGTH - 1 || end + suffix.length === text.length)
  )
}

/**
 * Fewest edits over the alignments tried. When the context should end at the text's edge, only an
 * alignment that reads up to the edge (the last one, if the read got there) avoids the one extra edit.
 */
function bestAlignment(distances: Int32Array, atEdge: boolean, edgeRead: boolean): number {
  let best = Infinity
  for (let j = 0; j < distances.length; j++) best = Math.min(best, distances[j])
  if (!atEdge) return best
  return edgeRead ? Math.min(best + 1, distances[distances.length - 1]) : best + 1
}
