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
