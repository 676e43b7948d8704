// SVG pictures are kept, sanitised, rather than refused: diagrams and charts in technical articles are
// often SVG, and a placeholder would lose them. What is kept can neither run nor fetch anything: DOMPurify's
// SVG profile over an inert jsdom window (no script, no event handler, no foreignObject), and on top of it
// no `<style>` element (CSS can @import), no reference out of the file (an `href` other than `#fragment`,
// a `url(…)` other than `url(#…)`). The renderer shows it through <img>, which runs no script either, and
// the media route serves it with a CSP that forbids everything (app-media.ts): three walls, not one.
import createDOMPurify, { type DOMPurify } from 'dompurify'
import { JSDOM, VirtualConsole } from 'jsdom'

interface SvgPurifier {
  window: JSDOM['window']
  purify: DOMPurify
}

let shared: SvgPurifier | undefined

/** An own DOMPurify instance: its hooks must not reach the importer's (inert-dom.ts). */
function svgPurifier(): SvgPurifier {
  if (shared) return shared
  const { window } = new JSDOM('<!DOCTYPE html>', { virtualConsole: new VirtualConsole() })
  const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0])
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    const name = data.attrName.toLowerCase()
    const value = data.attrValue.trim()
    if ((name === 'href' || name.endsWith(':href')) && !value.startsWith('#')) data.keepAttr = false
    if (/url\s*\(\s*(?!['"]?#)/i.test(value) || /@import|expression\s*\(/i.test(value)) data.keepAttr = false
  })
  shared = { window, purify }
  return shared
}

/** The SVG document, sanitised and serialised as XML; undefined when no `<svg>` picture is left. */
export function sanitizeSvg(text: string): string | undefined {
  const { window, purify } = svgPurifier()
  const fragment = purify.sanitize(text, {
    USE_PROFILES: { svg: true, svgFilters: true },
    FORBID_TAGS: ['style', 'foreignObject', 'script'],
    RETURN_DOM_FRAGMENT: true
  })
  const root = [...fragment.children].find((e) => e.localName === 'svg')
  if (!root) return undefined
  // XML, not HTML, serialisation: a standalone .svg file is XML (`&nbsp;` would make it unreadable).
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new window.XMLSerializer().serializeToString(root)
}
