// HTML to an article: jsdom builds an inert document (no script runs, nothing is fetched, no frame
// opens), Readability finds the article in it, DOMPurify cleans what Readability kept, and the walker
// makes blocks of it.
import { Readability } from '@mozilla/readability'
import type { Block } from '../../../shared/model'
import { ok } from '../../../shared/result'
import { articleTitle, cleanByline, dropRepeatedHeader, hasLetters } from './html-article-fields'
import { estimateNestingDepth, flattenBeyondDepth } from './html-depth'
import { readHtmlMetadata, type HtmlMetadata } from './html-metadata'
import { htmlToBlocks } from './html-to-blocks'
import { failures, type Subject } from './import-failure'
import { inertDocument } from './inert-dom'
import { firstText, metaLanguage } from './meta-values'
import type { ParsedMeta, ParseResult } from './parsed-article'
import { FURNITURE, removeAll, removeNeverContent } from './page-furniture'
import { sanitizeInPlace, wrapChildren } from './sanitize-html'
import { resolveDirection } from './text-direction'
import { resolveLazyImages } from './lazy-images'
import { markCodeLanguages } from './code-language'
import { figuresFromCaptions } from './caption-figures'

/** Fewer letters than this in the whole page is "hardly any text": about one sentence. */
export const MIN_PAGE_LETTERS = 80
/**
 * Markup nested deeper than this is refused before jsdom sees it (its parse time grows with the square
 * of the depth: 2,000 levels take 5 s). Chrome's own parser stops nesting at 512.
 */
export const MAX_MARKUP_DEPTH = 1024
/** Deeper elements are reduced to their text before Readability, whose time grows faster still. */
export const MAX_READABLE_DEPTH = 100

/** The page as an inert document of bounded depth, or undefined when it is nested beyond reason. */
function boundedDocument(html: string): Document | undefined {
  if (estimateNestingDepth(html, MAX_MARKUP_DEPTH) > MAX_MARKUP_DEPTH) return undefined
  const doc = inertDocument(html)
  flattenBeyondDepth(doc.documentElement, MAX_READABLE_DEPTH)
  return doc
}

/**
 * Makes relative links resolve against the page's address (where it was fetched from, else its canonical
 * address): Readability rewrites links with the document's base URL, which is otherwise about:blank.
 * A <base href> of the page itself, resolved against that address, comes first, as in a browser.
 */
function setBase(doc: Document, url: string | undefined): string | undefined {
  const existing = doc.querySelector('base[href]')
  const current = existing ? absoluteUrl(existing.getAttribute('href') ?? '', url) : undefined
  if (current && /^https?:/i.test(current)) {
    existing!.setAttribute('href', current)
    return current
  }
  existing?.remove()
  if (!url) return undefined
  const base = doc.createElement('base')
  base.setAttribute('href', url)
  ;(doc.head ?? doc.documentElement).prepend(base)
  return url
}

function absoluteUrl(href: string, base: string | undefined): string | undefined {
  try {
    return new URL(href, base).href
  } catch {
    return undefined
  }
}

/**
 * What Readability and DOMPurify would lose, settled first: lazy pictures get their real address, and
 * code blocks keep their language in an attribute that survives both (Readability drops classes).
 */
export function prepareMedia(doc: Document, base: string | undefined, relative = true): void {
  resolveLazyImages(doc, base, relative)
  figuresFromCaptions(doc)
  markCodeLanguages(doc)
}

function blocksFrom(container: Element, base: string | undefined): Block[] {
  return htmlToBlocks(sanitizeInPlace(container), base)
}

/** A saved or fetched web page (fetched from `pageUrl`): Readability decides what the article is. */
export function parseHtmlPage(html: string, subject: Subject, fallbackTitle: string, pageUrl?: string): ParseResult {
  const doc = boundedDocument(html)
  if (!doc) return failures.tooDeep(subject, MAX_MARKUP_DEPTH)
  const meta = readHtmlMetadata(doc)
  const base = setBase(doc, pageUrl ?? meta.url)
  // Before removeNeverContent, which drops the <noscript> holding some pages' real pictures.
  prepareMedia(doc, base)
  removeNeverContent(doc)
  const body = doc.body
  if (!body || !hasLetters(body.textContent ?? '', MIN_PAGE_LETTERS)) return failures.notArticle(subject)

  const documentTitle = doc.title
  // The serializer hands back Readability's element itself instead of its HTML: see sanitizeInPlace.
  const reader = new Readability<Element>(doc, { serializer: (el) => el as Element }).parse()
  let blocks = reader?.content ? blocksFrom(wrapChildren(reader.content), base) : []
  if (blocks.length === 0) {
    // Readability gave up on a page that still has text: take the body without its furniture, from a
    // fresh parse, as Readability has taken the first document apart. (Bounded: it was the first time.)
    const page = boundedDocument(html)!
    prepareMedia(page, setBase(page, pageUrl ?? meta.url))
    removeNeverContent(page)
    removeAll(page, FURNITURE)
    blocks = page.body ? blocksFrom(wrapChildren(page.body), base) : []
  }
  if (blocks.length === 0) return failures.notArticle(subject)

  const title = articleTitle([meta.title, reader?.title, documentTitle], meta.source ?? reader?.siteName, blocks, fallbackTitle)
  const author = firstText(meta.author, cleanByline(reader?.byline))
  if (title.fromFirstBlock && blocks.length > 1) blocks = blocks.slice(1)
  blocks = dropRepeatedHeader(blocks, title.text, author)
  return ok({
    meta: articleMeta(meta, {
      title: title.text,
      author,
      source: firstText(meta.source, reader?.siteName),
      published: meta.published ?? firstText(reader?.publishedTime),
      lang: meta.lang ?? metaLanguage(reader?.lang),
      declaredDir: meta.declaredDir ?? reader?.dir ?? undefined,
      blocks
    }),
    blocks
  })
}

/**
 * HTML from the clipboard: the reader chose exactly this passage, so Readability (which would judge
 * short passages as clutter) is not asked; the HTML is only sanitised and walked.
 */
export function parseHtmlFragment(html: string, subject: Subject, fallbackTitle: string): ParseResult {
  const doc = boundedDocument(html)
  if (!doc) return failures.tooDeep(subject, MAX_MARKUP_DEPTH)
  const meta = readHtmlMetadata(doc)
  prepareMedia(doc, undefined, false)
  removeNeverContent(doc)
  const blocks = doc.body ? blocksFrom(wrapChildren(doc.body), undefined) : []
  if (blocks.length === 0) return failures.noText(subject)
  const title = articleTitle([meta.title, doc.title], meta.source, blocks, fallbackTitle)
  const body = title.fromFirstBlock && blocks.length > 1 ? blocks.slice(1) : blocks
  return ok({ meta: articleMeta(meta, { ...meta, title: title.text, blocks: body }), blocks: body })
}

interface Resolved extends HtmlMetadata {
  title: string
  blocks: Block[]
}

function articleMeta(found: HtmlMetadata, r: Resolved): ParsedMeta {
  const text = r.blocks
    .slice(0, 50)
    .map((b) => b.text)
    .join(' ')
  const meta: ParsedMeta = {
    title: r.title,
    source: r.source,
    author: r.author,
    published: r.published,
    url: found.url,
    lang: r.lang,
    dir: resolveDirection(r.declaredDir, r.lang, text),
    description: found.description,
    format: 'html'
  }
  // Leave out what is unknown rather than store undefined fields.
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) as ParsedMeta
}
