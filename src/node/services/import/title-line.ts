// Whether a line of text reads as a title: short, one line, not a sentence, not a list item.

/** Longer lines are the first sentence of the text, not its title. */
export const MAX_TITLE_CHARS = 150
const MAX_TITLE_WORDS = 20

export function looksLikeTitle(line: string): boolean {
  const text = line.trim()
  if (!text || text.includes('\n') || text.length > MAX_TITLE_CHARS) return false
  if (text.split(/\s+/).length > MAX_TITLE_WORDS) return false
  if (!/[\p{L}\p{N}]/u.test(text)) return false
  // A sentence ends with a full stop, a comma or a colon; a title may end with ? or !, or nothing.
  if (/[.,;:]$/.test(text) && !/\.\.\.$|…$/.test(text)) return false
  return !looksLikeListItem(text)
}

/** "- item", "* item", "• item", "1. item", "2) item". */
export const LIST_ITEM = /^([ \t]*)([-*+•◦▪‣]|\d{1,3}[.)])[ \t]+(?=\S)/

export function looksLikeListItem(line: string): boolean {
  return LIST_ITEM.test(line)
}

export function fileStem(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? '').trim()
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(0, dot) : base
}
