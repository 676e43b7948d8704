// What a search result shows of where it matched: one line of text, read as the reader would read it in
// the article. A text hit shows the paragraph it is in, not the end of the one before nor the start of
// the one after (with the break flattened to a space, they read as one sentence); a quote or a note
// that holds a paragraph break shows it as a pilcrow.
import { BLOCK_SEPARATOR } from '../../shared/model'

/** Characters shown on each side of a match; what one side cannot use (the paragraph ends) goes to the other. */
const CONTEXT = 60
/** Characters of a quote or a note shown. */
const EXCERPT = 200
/** How far a cut may move to fall between words. */
const WORD_SLACK = 15

/** A paragraph break (a blank line, however spaced) as a pilcrow; any other run of white space as one space. */
export function oneLine(text: string): string {
  return text.replace(/[^\S\n]*\n\s*\n\s*/g, ' ¶ ').replace(/\s+/g, ' ')
}

/** The match at [start, end) of `text` with up to CONTEXT characters around it, from its own paragraph;
 * an ellipsis where the paragraph goes on. */
export function snippet(text: string, start: number, end: number): string {
  const before = start > 0 ? text.lastIndexOf(BLOCK_SEPARATOR, start - 1) : -1
  const paraStart = before < 0 ? 0 : before + BLOCK_SEPARATOR.length
  const after = text.indexOf(BLOCK_SEPARATOR, end)
  const paraEnd = after < 0 ? text.length : after
  let from = Math.max(paraStart, start - CONTEXT)
  let to = Math.min(paraEnd, end + CONTEXT)
  const spare = 2 * CONTEXT - (start - from) - (to - end)
  from = Math.max(paraStart, from - spare)
  to = Math.min(paraEnd, to + spare)
  if (from > paraStart) from = wordStart(text, from, start)
  if (to < paraEnd) to = wordEnd(text, to, end)
  const shown = oneLine(text.slice(from, to)).trim()
  return `${from > paraStart ? '…' : ''}${shown}${to < paraEnd ? '…' : ''}`
}

/** A quote or a note as a result shows it: its start, on one line. */
export function excerpt(text: string): string {
  return oneLine(text.slice(0, EXCERPT))
}

/** A cut at `at`, moved forward past a partial word when a space is near (never past the match). */
function wordStart(text: string, at: number, limit: number): number {
  if (/\s/.test(text[at - 1] ?? ' ')) return at
  for (let i = at; i < Math.min(limit, at + WORD_SLACK); i++) if (/\s/.test(text[i])) return i + 1
  return at
}

/** A cut at `at`, moved back before a partial word when a space is near (never into the match). */
function wordEnd(text: string, at: number, limit: number): number {
  if (/\s/.test(text[at] ?? ' ')) return at
  for (let i = at - 1; i >= Math.max(limit, at - WORD_SLACK); i--) if (/\s/.test(text[i])) return i
  return at
}
