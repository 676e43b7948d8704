// Names that Obsidian and file systems accept: tags, and note (file) names built from article titles.

import { normalizeText } from './markdown-text'

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u

/**
 * A reader's tag as an Obsidian tag, without the `#`; undefined when nothing usable is left.
 * Obsidian tags hold letters, digits, `_`, `-` and `/` (nesting) and no spaces, so spaces become hyphens,
 * quotes and apostrophes are dropped ("don't" → "dont") and other characters become hyphens
 * ("rock&roll" → "rock-roll"). An `_` is kept only between two word characters: anywhere else it could
 * pair with another one into emphasis in a CommonMark viewer. A tag of digits alone is not a tag in
 * Obsidian, so it gets a `tag-` prefix.
 */
export function obsidianTag(raw: string): string | undefined {
  // A library has a few hundred tags on a hundred thousand highlights: each is worked out once.
  if (tagCache.has(raw)) return tagCache.get(raw)
  if (tagCache.size >= TAG_CACHE_SIZE) tagCache.clear()
  const tag = tagOf(raw)
  tagCache.set(raw, tag)
  return tag
}

const tagCache = new Map<string, string | undefined>()
const TAG_CACHE_SIZE = 10_000

function tagOf(raw: string): string | undefined {
  let tag = normalizeText(raw)
    .normalize('NFC')
    .trim()
    .replace(/^#+/, '')
    .replace(/['’‘"“”`]/g, '')
    .replace(/[^\p{L}\p{N}\p{M}_/-]+/gu, '-')
  tag = tag.replace(/_/g, (underscore, index: number) =>
    WORD_CHAR.test(tag[index - 1] ?? '') && WORD_CHAR.test(tag[index + 1] ?? '') ? underscore : '-'
  )
  tag = tag
    .replace(/-{2,}/g, '-')
    .replace(/\/{2,}/g, '/')
    .replace(/^[-/]+|[-/]+$/g, '')
  if (tag === '') return undefined
  return /[\p{L}\p{M}_]/u.test(tag) ? tag : 'tag-' + tag
}

/** A highlight's tags as Obsidian tags, in the reader's order, without empties or case-duplicates. */
export function obsidianTags(raw: readonly string[]): string[] {
  const seen = new Set<string>()
  const tags: string[] = []
  for (const tag of raw.map(obsidianTag)) {
    if (tag === undefined || seen.has(tag.toLowerCase())) continue
    seen.add(tag.toLowerCase())
    tags.push(tag)
  }
  return tags
}

/** Longest note name, in code points: far below every file system's 255-byte limit, even in UTF-8. */
export const MAX_NOTE_NAME = 80
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\..*)?$/i

/**
 * A file name (without `.md`) from an article title, which is also a valid wikilink target:
 * no `/ \ : * ? " < > |` (file systems), no `[ ] # ^` or `%%` (they break a wikilink target in
 * Obsidian), no backticks, no control or format characters (bidi overrides could disguise the name),
 * no leading dots (hidden files), no trailing dots or spaces (Windows drops them), not a reserved
 * Windows device name.
 */
export function noteName(title: string): string {
  const cleaned = normalizeText(title)
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/[/\\:*?"<>|[\]#^`]/g, ' ')
    .replace(/%{2,}/g, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[.\s]+/u, '')
  let name = truncateCodePoints(cleaned, MAX_NOTE_NAME).replace(/[.\s]+$/u, '')
  if (name === '') name = 'Untitled'
  if (WINDOWS_RESERVED.test(name)) name += '_'
  return name
}

/** Cuts at a word boundary when there is one in the second half, so that names end with whole words. */
function truncateCodePoints(text: string, max: number): string {
  const points = Array.from(text)
  if (points.length <= max) return text
  const cut = points.slice(0, max).join('')
  const lastSpace = cut.lastIndexOf(' ')
  return lastSpace > cut.length / 2 ? cut.slice(0, lastSpace) : cut
}

/**
 * Unique note names for the given titles, in order: a repeated name gets ` (2)`, ` (3)`… Names are
 * compared case-insensitively because macOS and Windows file systems do; `reserved` names (such as the
 * index) are never given out.
 */
export function uniqueNoteNames(titles: readonly string[], reserved: readonly string[] = []): string[] {
  const taken = new Set(reserved.map((name) => name.toLowerCase()))
  return titles.map((title) => {
    const base = noteName(title)
    let name = base
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`
      name = truncateCodePoints(base, MAX_NOTE_NAME - suffix.length).replace(/[.\s]+$/u, '') + suffix
    }
    taken.add(name.toLowerCase())
    return name
  })
}
