// Inert documents for untrusted HTML. One jsdom window is made with jsdom's defaults — `runScripts`
// unset, so no script runs; `resources` unset, so nothing is fetched — and pages are parsed with its
// DOMParser. A DOMParser document has no browsing context: its iframes and frames get no windows of
// their own. (Parsed with `new JSDOM(html)`, every <iframe> gets a window: 1,000 iframes in a 40 KB
// file took 7 s and 1.3 GB.)
//
// jsdom is required on first use, not imported: loading it takes half a second, which plain-text and
// Markdown readers (and `diptych align a.txt b.txt`) never need.
import { createRequire } from 'node:module'
import type createDOMPurifyType from 'dompurify'
import type { DOMPurify } from 'dompurify'
import type * as Jsdom from 'jsdom'

const requireLazily = createRequire(import.meta.url)

interface Inert {
  window: Jsdom.JSDOM['window']
  purify: DOMPurify
}

let shared: Inert | undefined

function inert(): Inert {
  if (!shared) {
    const { JSDOM, VirtualConsole } = requireLazily('jsdom') as typeof Jsdom
    const createDOMPurify = requireLazily('dompurify') as typeof createDOMPurifyType
    // The silent virtual console keeps pages' CSS parse errors out of the app's log.
    const { window } = new JSDOM('<!DOCTYPE html>', { virtualConsole: new VirtualConsole() })
    shared = { window, purify: createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]) }
  }
  return shared
}

/** A document of the page that nothing in it can act on. */
export function inertDocument(html: string): Document {
  const { window } = inert()
  return new window.DOMParser().parseFromString(html, 'text/html')
}

/**
 * DOMPurify for nodes of inert documents. One instance serves every import: its configuration is
 * passed with each call, and it keeps no content between calls.
 */
export function inertPurifier(): DOMPurify {
  return inert().purify
}
