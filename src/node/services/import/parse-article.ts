// The importer's entry points: untrusted bytes or pasted text in, an article or a typed failure out.
// Runs in the main process (plain Node); never throws.
import { ok } from '../../../shared/result'
import { decodeBytes } from './decode-text'
import { detectFormat, looksLikeMarkdown, MARKDOWN_EXTENSIONS, TEXT_EXTENSIONS } from './detect-format'
import { failures, fileSubject, pastedSubject, type Subject } from './import-failure'
import { parseHtmlFragment, parseHtmlPage } from './parse-html'
import { parseMarkdown } from './parse-markdown'
import { parsePlainText } from './parse-plain-text'
import type { ParsedArticle, ParseResult } from './parsed-article'
import { fileExtension, looksLikeBinaryText, looksLikeWebArchive, sniffSignature } from './sniff-binary'
import { fileStem } from './title-line'
import type { WebOrigin } from './worker-parser'
import { MAX_ARTICLE_BYTES, PASTED_TEXT_NAME } from '../../../shared/limits'

export type { ImportFailure, ImportFailureReason, ParsedArticle, ParsedMeta, ParseResult } from './parsed-article'

/** Largest file imported as one article: far beyond any article, small enough to parse in memory. */
export const MAX_IMPORT_BYTES = MAX_ARTICLE_BYTES

export const PASTED_TITLE = PASTED_TEXT_NAME

function done(article: ParsedArticle, subject: Subject): ParseResult {
  return article.blocks.length > 0 ? ok(article) : failures.noText(subject)
}

function parseText(text: string, format: 'text' | 'markdown', subject: Subject, fallbackTitle: string): ParseResult {
  return done(format === 'markdown' ? parseMarkdown(text, fallbackTitle) : parsePlainText(text, fallbackTitle), subject)
}

function parseBytes(bytes: Uint8Array, fileName: string, maxBytes: number, subject: Subject, web?: WebOrigin): ParseResult {
  if (bytes.length > maxBytes) return failures.tooLarge(subject, bytes.length, maxBytes)
  if (bytes.length === 0) return failures.empty(subject)

  const sniffed = sniffSignature(bytes, fileName)
  if (sniffed?.kind === 'binary') return failures.binary(subject, sniffed.looksLike)
  if (sniffed?.kind === 'unsupported') return failures.unsupported(subject, sniffed.what, sniffed.advice)

  const extension = fileExtension(fileName)
  // Only an HTML page can declare its own encoding; in text and Markdown a "charset" is just words.
  const mayDeclare = !MARKDOWN_EXTENSIONS.has(extension) && !TEXT_EXTENSIONS.has(extension)
  const decoded = decodeBytes(bytes, mayDeclare, web?.charset)
  if (!decoded.ok) return failures.binary(subject, 'binary data')
  const text = decoded.value.text
  if (text.trim() === '') return failures.empty(subject)
  if (looksLikeBinaryText(text)) return failures.binary(subject, 'binary data')
  if (looksLikeWebArchive(text)) {
    return failures.unsupported(subject, 'a saved web archive (MHTML)', 'Save the page as “Web page, HTML only” and import that.')
  }

  const title = fileStem(fileName) || 'Untitled'
  const format = detectFormat(text, extension)
  if (format === 'html') return parseHtmlPage(text, subject, title, web?.url)
  return parseText(text, format, subject, title)
}

/**
 * Reads a file's bytes as an article. Any exception inside becomes an `unreadable` failure. `web`: the
 * page was fetched from that address (relative links and pictures resolve against it).
 */
export function parseArticle(
  input: { bytes: Uint8Array; fileName: string; web?: WebOrigin },
  options: { maxBytes?: number } = {}
): ParseResult {
  let subject = fileSubject('')
  try {
    const fileName = typeof input?.fileName === 'string' ? input.fileName : ''
    subject = fileSubject(fileName)
    if (!(input.bytes instanceof Uint8Array)) return failures.unreadable(subject)
    return parseBytes(input.bytes, fileName, options?.maxBytes ?? MAX_IMPORT_BYTES, subject, input.web)
  } catch {
    return failures.unreadable(subject)
  }
}

/**
 * Windows puts a CF_HTML header ("Version:0.9 StartHTML:…") before the markup on the clipboard; it is
 * bookkeeping, not text.
 */
function withoutClipboardHeader(html: string): string {
  if (!/^\s*Version:\d/.test(html)) return html
  const start = html.indexOf('<')
  return start >= 0 ? html.slice(start) : ''
}

/** Text or HTML pasted into the library; the HTML is preferred, as it keeps headings, lists and links. */
export function parsePasted(input: { text?: string; html?: string }): ParseResult {
  const subject = pastedSubject
  try {
    const html = typeof input?.html === 'string' ? withoutClipboardHeader(input.html) : ''
    const text = typeof input?.text === 'string' ? input.text : ''
    const size = Math.max(Buffer.byteLength(html), Buffer.byteLength(text))
    if (size > MAX_IMPORT_BYTES) return failures.tooLarge(subject, size, MAX_IMPORT_BYTES)
    if (html.trim() !== '') {
      const fromHtml = parseHtmlFragment(html, subject, PASTED_TITLE)
      if (fromHtml.ok || text.trim() === '') return fromHtml
    }
    if (text.trim() === '') return failures.empty(subject)
    return parseText(text, looksLikeMarkdown(text) ? 'markdown' : 'text', subject, PASTED_TITLE)
  } catch {
    return failures.unreadable(subject)
  }
}
