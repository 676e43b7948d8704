// DOMPurify over the article before it is walked into blocks: only text-bearing elements and pictures
// survive, with no attribute but those below. The walker then never meets a script, a handler or a frame;
// it checks each picture's address again (image-source.ts), as DOMPurify lets data: pictures through.
import { inertPurifier } from './inert-dom'

/** Elements that carry text or its structure; everything else is unwrapped or, below, dropped whole. */
// prettier-ignore
const ALLOWED_TAGS = [
  'a', 'abbr', 'address', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'center', 'cite',
  'code', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'main', 'mark', 'menu', 'ol', 'p', 'pre', 'q',
  'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'span', 'strike', 'strong', 'sub', 'summary', 'sup', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'tt', 'u', 'ul', 'var', 'wbr'
]
// A picture's address, description and size; a cell's span; a code block's language (code-language.ts).
const ALLOWED_ATTR = ['href', 'dir', 'lang', 'src', 'alt', 'width', 'height', 'colspan', 'data-lang']

/**
 * Removed with everything inside, on top of DOMPurify's own list (script, style, svg, math, iframe,
 * noscript, template, title, video, audio…): controls and embedded objects whose text is not prose.
 */
// prettier-ignore
const DROP_WITH_CONTENT = [
  'button', 'select', 'option', 'textarea', 'object', 'embed', 'applet', 'canvas', 'dialog', 'datalist', 'output',
  'map'
]

/**
 * Sanitises `container` and everything in it, in place. In place rather than through an HTML string:
 * serialising Readability's result and parsing it again cost more than half of a large page's import,
 * and mutation-XSS (markup that changes meaning when re-parsed) cannot arise when nothing is re-parsed
 * — the walker reads this very tree. `container` must be an allowed element, such as a div, of a
 * document from inertDocument.
 */
export function sanitizeInPlace(container: Element): Element {
  inertPurifier().sanitize(container, {
    IN_PLACE: true,
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ADD_FORBID_CONTENTS: DROP_WITH_CONTENT
  })
  return container
}

/** Moves the children of `parent` (say, a body) into a fresh div that sanitizeInPlace accepts. */
export function wrapChildren(parent: Element): Element {
  const div = parent.ownerDocument.createElement('div')
  while (parent.firstChild) div.appendChild(parent.firstChild)
  return div
}
