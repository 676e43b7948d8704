import type { Selectors } from './types'

/**
 * Characters of context kept on each side of a quote. 32 is what Hypothesis and the W3C examples use:
 * long enough to tell apart repeats of a short quote in prose, short enough that an edit next to the
 * passage leaves most of it intact.
 */
export const CONTEXT_LENGTH = 32

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/**
 * The selectors for text[start, end). Throws RangeError for an empty or out-of-range selection: a
 * highlight of nothing could never be anchored again, so it is a caller's bug, not a reader's error.
 */
export function selectorsFor(text: string, start: number, end: number): Selectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`cannot describe [${start}, ${end}) in a text of length ${text.length}`)
  }
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH)
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH)
  // Context is cut at a fixed length, which can split an emoji or other astral character in two; a
  // lone surrogate would then reach the library file and the exports. Cutting one unit shorter avoids it.
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart)) && isHighSurrogate(text.charCodeAt(prefixStart - 1))) {
    prefixStart++
  }
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1)) && isLowSurrogate(text.charCodeAt(suffixEnd))) {
    suffixEnd--
  }
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd)
    },
    position: { start, end }
  }
}
