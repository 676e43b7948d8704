// Fetching a web page as an article: the page through the guarded client, parsed by the importer's
// parser with the page's address as the base of its links and pictures, the reader's failures explained.
import { shownUrl, WEB_SENTENCES } from '../../error-messages'
import { err, ok, type Result } from '../../../shared/result'
import { MAX_PAGE_BYTES } from '../../../shared/limits'
import { formatMegabytes } from '../import/import-failure'
import type { ParsedArticle } from '../import/parsed-article'
import type { Parser } from '../import/worker-parser'
import { AddressPolicy } from './address-policy'
import type { AssetSaver, PictureLimits } from './save-pictures'
import type { Transport } from './transport'
import type { UrlRun } from './url-requests'
import { WebClient, type WebClientOptions } from './web-client'

export interface WebImportOptions {
  /** The library's asset store; without one, pictures stay placeholders. */
  assets?: AssetSaver
  /** Electron's session fetch (Platform.webFetch); undici in Node otherwise. */
  platformFetch?: Transport
  /** Timeouts; tests make them short. */
  client?: Pick<WebClientOptions, 'connectTimeoutMs' | 'totalTimeoutMs'>
  /** A fresh address policy for each import; tests pass one that pretends a page is on the internet. */
  policy?: () => AddressPolicy
  maxPageBytes?: number
  pictures?: Partial<PictureLimits>
}

export interface FetchedArticle {
  article: ParsedArticle
  /** Where the page was, after redirects. */
  url: string
  /** The address the page names as its own, when it differs. */
  canonicalUrl?: string
}

const EXTENSION_OF: Record<string, string> = { 'text/plain': 'txt', 'text/markdown': 'md', 'text/x-markdown': 'md' }

/** A client for one import (or one retry), with its own address policy. */
export function webClient(options: WebImportOptions, policy = options.policy?.() ?? new AddressPolicy()): WebClient {
  return new WebClient({ ...options.client, platformFetch: options.platformFetch, policy })
}

/** Fetches and parses the page at `raw`. Throws WebError (cancelled, timed out…); parse failures are values. */
export async function fetchArticle(
  raw: string,
  client: WebClient,
  parser: Parser,
  run: UrlRun,
  maxBytes = MAX_PAGE_BYTES
): Promise<Result<FetchedArticle, string>> {
  run.report({ phase: 'connecting' })
  const page = await client.get(raw, {
    want: 'page',
    maxBytes,
    signal: run.signal,
    onBytes: (bytes, totalBytes) => run.report({ phase: 'downloading', bytes, totalBytes })
  })
  run.report({ phase: 'reading' })
  const url = new URL(page.url)
  // The name only decides how the bytes are read (HTML, Markdown, text) and a title of last resort.
  const fileName = `${url.hostname}.${EXTENSION_OF[page.type] ?? 'html'}`
  const parsed = await parser.parse({ kind: 'file', bytes: page.bytes, fileName, web: { url: page.url, charset: page.charset } })
  run.signal.throwIfAborted()
  const shown = shownUrl(page.url)
  if (!parsed.ok) {
    const { reason, message } = parsed.error
    if (reason === 'not-article' || reason === 'empty') return err(WEB_SENTENCES.notArticle(shown))
    if (reason === 'too-large') return err(WEB_SENTENCES.pageTooLarge(shown, formatMegabytes(maxBytes)))
    if (reason === 'binary') return err(WEB_SENTENCES.notWebPage(shown, 'binary data'))
    return err(message)
  }
  const { meta } = parsed.value
  const canonicalUrl = meta.url && meta.url !== page.url ? meta.url : undefined
  // A page that does not name its site is known by its host.
  const source = meta.source ?? url.hostname.replace(/^www\./, '')
  return ok({ article: { ...parsed.value, meta: { ...meta, source, url: page.url } }, url: page.url, canonicalUrl })
}
