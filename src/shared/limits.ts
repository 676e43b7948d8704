import { foldTag } from './tag-ops'

// The bounds of what the library holds, in one place: the file schema that reads the library, the
// request schemas, every importer (articles, Web Annotation JSON, the command line) and the editors in
// the renderer use these numbers, so that nothing gets in by one path that another path then refuses.

/** Deepest list nesting a body keeps; a deeper item is shown at this level (the file schema's bound). */
export const MAX_LIST_LEVEL = 9
/** Characters in one tag, after trimming; a tag is one line of printable text. */
export const MAX_TAG_LENGTH = 100
/** Tags on one highlight or article. */
export const MAX_TAGS = 200
/** Characters in one note (Markdown). */
export const MAX_NOTE_LENGTH = 1_000_000
/** Characters in a highlight's quoted passage, and in the text kept before and after it. */
export const MAX_QUOTE_LENGTH = 200_000
export const MAX_QUOTE_CONTEXT = 1_000

// eslint-disable-next-line no-control-regex -- line breaks and control characters are what is folded
const TAG_SPACE = /[\s\u0000-\u001f\u007f-\u009f]+/g

/**
 * A tag as the library keeps it: one line, runs of spaces and line breaks folded into one space, trimmed,
 * cut to MAX_TAG_LENGTH (never inside a surrogate pair). '' when nothing is left.
 */
export function fitTag(raw: string): string {
  const folded = raw.replace(TAG_SPACE, ' ').trim()
  if (folded.length <= MAX_TAG_LENGTH) return folded
  const high = folded.charCodeAt(MAX_TAG_LENGTH - 1)
  const cut = high >= 0xd800 && high <= 0xdbff ? MAX_TAG_LENGTH - 1 : MAX_TAG_LENGTH
  return folded.slice(0, cut).trimEnd()
}

/** Tags made to fit, without repeats, at most MAX_TAGS; with what had to change, one sentence each. */
export function fitTags(raw: readonly string[]): { tags: string[]; changes: string[] } {
  const changes = new Set<string>()
  // By folded form: "#quote" and "#Quote" are one tag (see tag-ops.ts), kept as first written.
  const tags = new Map<string, string>()
  for (const tag of raw) {
    const fitted = fitTag(tag)
    if (fitted === '') {
      if (tag !== '') changes.add('an empty tag was left out')
      continue
    }
    if (fitted.length < tag.replace(TAG_SPACE, ' ').trim().length)
      changes.add(`a tag longer than ${MAX_TAG_LENGTH} characters was shortened`)
    else if (fitted !== tag.trim()) changes.add('line breaks or runs of spaces in a tag were made one space')
    const key = foldTag(fitted)
    const kept = tags.get(key)
    if (kept !== undefined) {
      if (kept !== fitted) changes.add('a tag repeated in another case was kept once, as first written')
      continue
    }
    tags.set(key, fitted)
  }
  const list = [...tags.values()]
  if (list.length > MAX_TAGS) changes.add(`tags beyond the first ${MAX_TAGS} were left out`)
  return { tags: list.slice(0, MAX_TAGS), changes: [...changes] }
}

/** What a pasted text or page is called where a file would have its name (an import's summary, a title). */
export const PASTED_TEXT_NAME = 'Pasted text'

/** Largest file read as one article (import in the app, `diptych import`, `diptych align`): far beyond any
 * article, small enough to parse in memory. */
export const MAX_ARTICLE_BYTES = 50 * 1024 * 1024

/** A web page larger than this is refused while it downloads (a saved article is far smaller). */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024
/** One picture larger than this is not saved; its figure keeps its alt text and can be retried. */
export const MAX_IMAGE_BYTES = 15 * 1024 * 1024
/** All the pictures of one article together; past it, the remaining ones are left as placeholders. */
export const MAX_ARTICLE_IMAGE_BYTES = 150 * 1024 * 1024
/** Pictures saved for one article at most; more than this is a gallery, not an article. */
export const MAX_IMAGES_PER_ARTICLE = 300
