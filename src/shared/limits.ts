// Limits shared by every way a file becomes an article (import in the app, `diptych import`, `diptych align`).

/** Largest file read as one article: far beyond any article, small enough to parse in memory. */
export const MAX_ARTICLE_BYTES = 50 * 1024 * 1024
