// Which parser reads a file: the extension says what the reader meant, the content says what it can be.
import type { ParsedMeta } from './parsed-article'

export type Format = ParsedMeta['format']

export const HTML_EXTENSIONS = new Set(['html', 'htm', 'xhtml', 'xht', 'shtml'])
export const MARKDOWN_EXTENSIONS = new Set(['md', 'markdown', 'mdown', 'mkd', 'mkdn', 'mdwn', 'mdtxt', 'mdtext'])
export const TEXT_EXTENSIONS = new Set(['txt', 'text'])

const SNIFF_CHARS = 4096

/** A whole HTML document: doctype, or <html>/<head>/<body> before any text (comments allowed). */
export function looksLikeHtmlDocument(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS).replace(/^\uFEFF/, '')
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>])/i.test(head)
}

/** Any HTML element at all: an .html file without one is plain text with the wrong name. */
export function hasMarkup(text: string): boolean {
  return /<[a-z][a-z0-9-]*[\s/>]|<!doctype/i.test(text.slice(0, 65_536))
}

/** Signals that plain text does not give by accident: front matter, "# " headings, fences, [links](…). */
export function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, 65_536)
  return (
    /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.test(head) ||
    /^#{1,6}[ \t]+\S/m.test(head) ||
    /^(?:```|~~~)/m.test(head) ||
    // Bounded repeats: a line of ten thousand "[" must not make this quadratic.
    /\[[^[\]\n]{1,300}\]\((?:https?:|mailto:|\/|#)[^()\s]{0,2000}\)/.test(head)
  )
}

export function detectFormat(text: string, extension: string): Format {
  if (HTML_EXTENSIONS.has(extension)) return hasMarkup(text) ? 'html' : 'text'
  if (MARKDOWN_EXTENSIONS.has(extension)) return 'markdown'
  // A .txt holding HTML is read as the text it is: the reader named it text.
  if (TEXT_EXTENSIONS.has(extension)) return 'text'
  if (looksLikeHtmlDocument(text)) return 'html'
  return looksLikeMarkdown(text) ? 'markdown' : 'text'
}
