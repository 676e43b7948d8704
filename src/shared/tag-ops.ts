// Tags across the library, as main stores them and the renderer shows them: "#quote" and "#Quote" are
// one tag, spelt as it was first written. Main's store recipes and the renderer's copy of the library
// both use these, so that a rename, merge or delete means the same on both sides.
import type { TagChange } from './api'
import type { Library } from './model'

export type Tagged = Pick<Library, 'highlights' | 'articles'>
type HasTags = { tags: string[] }

/** What two spellings of one tag have in common. Not locale-aware: main and the renderer must agree. */
export const foldTag = (tag: string): string => tag.toLowerCase()

export const sameTag = (a: string, b: string): boolean => foldTag(a) === foldTag(b)

export const hasTag = (tags: readonly string[], tag: string): boolean => tags.length > 0 && hasFolded(tags, foldTag(tag))

/** `hasTag` with the tag folded once by the caller, for a test run on every item of the library. */
const hasFolded = (tags: readonly string[], folded: string): boolean => tags.some((t) => foldTag(t) === folded)

/** Whether any highlight or article carries the tag: stops at the first. */
export const isTagUsed = (lib: Tagged, tag: string): boolean => {
  const folded = foldTag(tag)
  const carries = (i: HasTags) => i.tags.length > 0 && hasFolded(i.tags, folded)
  return lib.highlights.some(carries) || lib.articles.some(carries)
}

/** Tags trimmed, without empty ones and without repeats whatever their case; the first spelling stays. */
export function dedupeTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>()
  for (const raw of tags) {
    const tag = raw.trim()
    if (tag && !seen.has(foldTag(tag))) seen.set(foldTag(tag), tag)
  }
  return [...seen.values()]
}

/** Every tag of the library by its folded form, spelt as first met (highlights, then articles); `except`'s own tags are left out. */
export function tagSpellings(lib: Tagged, except?: HasTags): Map<string, string> {
  const spellings = new Map<string, string>()
  for (const item of [...lib.highlights, ...lib.articles]) {
    if (item === except) continue
    for (const tag of item.tags) if (!spellings.has(foldTag(tag))) spellings.set(foldTag(tag), tag)
  }
  return spellings
}

/** Tags without repeats, each spelt as in `spellings`; a tag new to it joins it, so that the next list
 * spelt with the same map (a batch of imported highlights) spells it the same way. */
export function spellTags(tags: readonly string[], spellings: Map<string, string>): string[] {
  return dedupeTags(tags).map((tag) => {
    const spelt = spellings.get(foldTag(tag))
    if (spelt === undefined) spellings.set(foldTag(tag), tag)
    return spelt ?? tag
  })
}

/** Tags as the library stores them: without repeats, each spelt as it is already elsewhere in the library. */
export function tagsAsInLibrary(lib: Tagged, tags: readonly string[], except?: HasTags): string[] {
  return spellTags(tags, tagSpellings(lib, except))
}

/** Each tag with the number of highlights and of articles (not in the trash) that carry it, by name. */
export function tagCounts(lib: Tagged): { tag: string; highlights: number; articles: number }[] {
  const counts = new Map<string, { tag: string; highlights: number; articles: number }>()
  const bump = (tag: string, key: 'highlights' | 'articles') => {
    const c = counts.get(foldTag(tag)) ?? { tag, highlights: 0, articles: 0 }
    c[key]++
    counts.set(foldTag(tag), c)
  }
  for (const h of lib.highlights) for (const t of h.tags) bump(t, 'highlights')
  for (const a of lib.articles) if (!a.deletedAt) for (const t of a.tags) bump(t, 'articles')
  return [...counts.values()].sort((a, b) => a.tag.localeCompare(b.tag))
}

/** The highlights and articles that carry a tag (in any spelling), with their tags as they are now. */
export function tagChangeOf(lib: Tagged, tag: string): TagChange {
  const touched = (items: readonly (HasTags & { id: string })[]) =>
    items.filter((x) => hasTag(x.tags, tag)).map((x) => ({ id: x.id, tags: [...x.tags] }))
  return { highlights: touched(lib.highlights), articles: touched(lib.articles) }
}

/** Whether two changes name the same items with the same tags before: applied, they do the same. */
export function sameTagChange(a: TagChange, b: TagChange): boolean {
  const same = (x: TagChange['highlights'], y: TagChange['highlights']) => {
    if (x.length !== y.length) return false
    const before = new Map(x.map((e) => [e.id, e.tags.join('\u0000')]))
    return y.every((e) => before.get(e.id) === e.tags.join('\u0000'))
  }
  return same(a.highlights, b.highlights) && same(a.articles, b.articles)
}

export const isEmptyTagChange = (change: TagChange): boolean => change.highlights.length === 0 && change.articles.length === 0

/** Sets the tags of every highlight and article a change names to `rewrite` of its tags before the
 * change; with no `rewrite`, puts them back as they were (undo). Items the library no longer has are skipped. */
export function applyTagChange(lib: Tagged, change: TagChange, rewrite: (before: string[]) => string[] = (before) => [...before]): void {
  // One pass over the items, looking each up among the change's few entries (not a map of 100,000 items).
  const apply = (items: readonly (HasTags & { id: string })[], entries: TagChange['highlights']) => {
    if (entries.length === 0) return
    const before = new Map(entries.map((e) => [e.id, e.tags]))
    for (const item of items) {
      const tags = before.get(item.id)
      if (tags) item.tags = rewrite(tags)
    }
  }
  apply(lib.highlights, change.highlights)
  apply(lib.articles, change.articles)
}

/** Whether every highlight and article a change names is in the library. */
export function tagChangeApplies(lib: Tagged, change: TagChange): boolean {
  const has = (items: readonly { id: string }[], entries: TagChange['highlights']) => {
    const ids = new Set(items.map((x) => x.id))
    return entries.every(({ id }) => ids.has(id))
  }
  return has(lib.highlights, change.highlights) && has(lib.articles, change.articles)
}

/** What renaming `from` to `to` does to one list of tags. A rename onto a tag that exists already is a
 * merge and keeps that tag's spelling; a rename that changes only the case respells the tag. */
export function renaming(lib: Tagged, from: string, to: string): (tags: readonly string[]) => string[] {
  const target = to.trim()
  const [foldedTarget, foldedFrom] = [foldTag(target), foldTag(from)]
  const isTarget = (t: string) => foldTag(t) === foldedTarget && foldedTarget !== foldedFrom
  let existing: string | undefined
  for (const items of [lib.highlights, lib.articles]) {
    for (const item of items) {
      existing = item.tags.length ? item.tags.find(isTarget) : undefined
      if (existing !== undefined) break
    }
    if (existing !== undefined) break
  }
  const spelt = existing ?? target
  return (tags) => dedupeTags(tags.map((t) => (sameTag(t, from) ? spelt : t)))
}

/** What deleting a tag (in any spelling) does to one list of tags. */
export const deleting =
  (tag: string) =>
  (tags: readonly string[]): string[] =>
    tags.filter((t) => !sameTag(t, tag))

/** Renames, merges or deletes a tag everywhere: `rewrite` is `renaming(…)` or `deleting(…)`. Returns the
 * tags as they were, for undo; an empty change when no highlight or article carries the tag. */
export function retag(lib: Tagged, tag: string, rewrite: (tags: readonly string[]) => string[]): TagChange {
  const change: TagChange = { highlights: [], articles: [] }
  const folded = foldTag(tag)
  const visit = (items: readonly (HasTags & { id: string })[], before: TagChange['highlights']) => {
    // Picked by `filter` first: in main the library is behind the store's recording proxy, where a loop
    // over the whole list would copy every item, and `filter` hands out only those that carry the tag.
    for (const item of items.filter((i) => i.tags.length > 0 && hasFolded(i.tags, folded))) {
      before.push({ id: item.id, tags: [...item.tags] })
      item.tags = rewrite(item.tags)
    }
  }
  visit(lib.highlights, change.highlights)
  visit(lib.articles, change.articles)
  return change
}
