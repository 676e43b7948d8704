// Parts of a saved page that are never the article, removed before Readability scores the page.

/** Never text of an article. */
// prettier-ignore
const NEVER_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'canvas',
  'svg', 'math', 'dialog'
])
const DIALOG_ROLES = new Set(['dialog', 'alertdialog'])

/** Page furniture, removed only when the body itself has to stand in for the article. */
export const FURNITURE =
  'nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"], ' +
  '[role="complementary"], [role="search"]'

/**
 * Consent banners by the names their vendors and authors give them. Readability drops most of them,
 * but not when a short article makes it fall back to scoring everything; "cookie" alone is not enough
 * (recipe sites have "cookie-recipe" cards).
 */
const CONSENT =
  /(?:cookie|consent|gdpr|privacy|cmp)[-_]?(?:banner|bar|notice|consent|popup|modal|wall|dialog|overlay|law|message|prompt)|onetrust|cookiebot|didomi|qc-cmp|usercentrics|truste-/i
/** A banner is a few sentences; a long element matching the names above is something else. */
const MAX_BANNER_CHARS = 1500

export function removeAll(root: ParentNode, selector: string): void {
  for (const el of Array.from(root.querySelectorAll(selector))) el.remove()
}

function isNeverContent(el: Element): boolean {
  if (NEVER_TAGS.has(el.localName)) return true
  if (DIALOG_ROLES.has(el.getAttribute('role') ?? '') || el.getAttribute('aria-modal') === 'true') return true
  const names = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`
  return names.length > 1 && CONSENT.test(names) && (el.textContent ?? '').length < MAX_BANNER_CHARS
}

/**
 * One pass over a static list of the elements. (Not getElementsByTagName: copying jsdom's live
 * collection took 1.7 s for 6,000 elements, against 60 ms for querySelectorAll.)
 */
export function removeNeverContent(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    // Elements inside one removed already are skipped.
    if (el.isConnected && isNeverContent(el)) el.remove()
  }
}
