// Changes to highlights, links and rejected pairs, and the questions asked before making them, in one
// place: main's store recipes and the renderer's copy of the library both go through these, so that
// the two sides cannot come to disagree about what a change does. Each works on anything shaped like
// the library (main's Library, the renderer's library store) and checks before it changes, so that a
// recipe replayed on a fresher library either applies whole or changes nothing.
import type { DeletedHighlight } from './api'
import type { Highlight, Library, Link, RejectedPair, TextPositionSelector } from './model'

export type HighlightsAndLinks = Pick<Library, 'highlights' | 'links'>

/** Puts `item` in place of the one with its id, or at the end when there is none. */
export function upsertById<T extends { id: string }>(list: T[], item: T): void {
  const i = list.findIndex((x) => x.id === item.id)
  if (i >= 0) list[i] = item
  else list.push(item)
}

/** The links that join this highlight to another, either way round. */
export function linksOf(links: readonly Link[], highlightId: string): Link[] {
  return links.filter((l) => l.from === highlightId || l.to === highlightId)
}

/** The same key for a link between two highlights whichever is `from`, for sets of the links there are. */
export const linkKey = (a: string, b: string): string => (a < b ? `${a} ${b}` : `${b} ${a}`)

/** The link between two highlights, whichever is `from`: two passages are linked once at most. */
export function linkBetween(links: readonly Link[], a: string, b: string): Link | undefined {
  return links.find((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a))
}

/** The highlight that covers exactly this span of an article, if there is one. */
export function highlightAt(highlights: readonly Highlight[], articleId: string, span: TextPositionSelector): Highlight | undefined {
  return highlights.find((h) => h.articleId === articleId && h.position.start === span.start && h.position.end === span.end)
}

/** Removes these highlights and every link that touches one of them. */
export function removeHighlights(lib: HighlightsAndLinks, ids: ReadonlySet<string>): void {
  lib.highlights = lib.highlights.filter((h) => !ids.has(h.id))
  lib.links = lib.links.filter((l) => !ids.has(l.from) && !ids.has(l.to))
}

/** Removes a highlight with its links; what was removed, so that undo brings back the same objects.
 * Spliced out, not filtered: a delete costs the one highlight, not a test of every other (main's change
 * log follows a splice without walking the list, see recording-proxy.ts). */
export function removeHighlight(lib: HighlightsAndLinks, id: string): DeletedHighlight | null {
  const i = lib.highlights.findIndex((h) => h.id === id)
  if (i < 0) return null
  const [highlight] = lib.highlights.splice(i, 1)
  const links = linksOf(lib.links, id)
  for (const link of links) lib.links.splice(lib.links.indexOf(link), 1)
  return { highlight, links }
}

/** Puts back a deleted highlight, and those of its links whose other end is still there; returns those links. */
export function restoreHighlight(lib: HighlightsAndLinks, deleted: DeletedHighlight): Link[] {
  upsertById(lib.highlights, deleted.highlight)
  // Searched for, not mapped: a map of the list reads (and, in main's change, copies) every highlight.
  const present = (id: string) => lib.highlights.some((h) => h.id === id)
  const links = deleted.links.filter((l) => present(l.from) && present(l.to))
  for (const link of links) upsertById(lib.links, link)
  return links
}

/** Removes a link; the link removed, or null when there was none with this id. */
export function removeLink(lib: Pick<Library, 'links'>, id: string): Link | null {
  const link = lib.links.find((l) => l.id === id)
  if (!link) return null
  lib.links = lib.links.filter((l) => l.id !== id)
  return link
}

/** One rejection: the same two articles and the same two passage starts. */
export function samePair(a: RejectedPair, b: RejectedPair): boolean {
  return a.articleA === b.articleA && a.articleB === b.articleB && a.a.start === b.a.start && a.b.start === b.b.start
}

/** Whether the reader rejected this proposal (passages `a` of articleA, `b` of articleB) before. */
export function isRejected(rejected: readonly RejectedPair[], pair: RejectedPair): boolean {
  return rejected.some((p) => samePair(p, pair))
}

/** Remembers a rejection, once. */
export function addRejectedPair(lib: Pick<Library, 'rejectedPairs'>, pair: RejectedPair): void {
  if (!isRejected(lib.rejectedPairs, pair)) lib.rejectedPairs.push({ ...pair, a: { ...pair.a }, b: { ...pair.b } })
}

/** Forgets a rejection: the pair is proposed again. */
export function removeRejectedPair(lib: Pick<Library, 'rejectedPairs'>, pair: RejectedPair): void {
  lib.rejectedPairs = lib.rejectedPairs.filter((p) => !samePair(p, pair))
}
