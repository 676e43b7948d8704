// Pictures as a reader mode sees them, settled before Readability and DOMPurify look at the page:
// every <img> ends with one usable `src` (the largest candidate a lazy-loading script would have
// chosen) or is removed, <picture> becomes its <img>, and an <img> inside <noscript> replaces the
// placeholder beside it. Readability's own lazy-image pass then finds nothing left to guess.
import { imageSource, isTinyImage, largestCandidate } from './image-source'

/** Attributes where lazy-loading scripts keep the real address, most specific first. */
const LAZY_SRCSETS = ['data-srcset', 'data-lazy-srcset', 'srcset']
const LAZY_SRCS = ['data-src', 'data-original', 'data-lazy-src', 'data-lazy', 'data-hi-res-src', 'data-full-src', 'data-url']
/** Source types the asset store may accept; a <source> of another type (AVIF, JPEG XL) is passed over. */
const SOURCE_TYPES = /^(?:|image\/(?:jpeg|png|gif|webp))$/i

/**
 * `relative`: whether a relative address is kept as a path beside the file (a saved page); pasted HTML
 * has no file and no page, so its relative pictures could never be found.
 */
export function resolveLazyImages(doc: Document, base: string | undefined, relative = true): void {
  for (const noscript of Array.from(doc.querySelectorAll('noscript'))) unwrapNoscriptImage(noscript)
  for (const picture of Array.from(doc.querySelectorAll('picture'))) settlePicture(picture, base)
  for (const img of Array.from(doc.querySelectorAll('img'))) settleImage(img, base, relative)
}

/** The image a `<noscript>` holds alone, put where the script would have shown it. */
function unwrapNoscriptImage(noscript: Element): void {
  const img = singleImage(noscript)
  if (!img) return
  const beside = noscript.previousElementSibling
  const placeholder = beside && singleImage(beside)
  if (placeholder && beside) {
    // Keep the better-sized copy's size when the noscript copy has none.
    for (const name of ['width', 'height', 'alt']) {
      if (!img.hasAttribute(name) && placeholder.hasAttribute(name)) img.setAttribute(name, placeholder.getAttribute(name)!)
    }
    beside.replaceWith(img)
    noscript.remove()
  } else {
    noscript.replaceWith(img)
  }
  dropStandIns(img)
}

/**
 * A blurred low-resolution copy drawn at the same size until the script swaps in the real picture
 * (Medium's `max/60/…?q=20`): other images of that size in the same box, before the real one.
 */
function dropStandIns(img: Element): void {
  const [w, h] = [img.getAttribute('width'), img.getAttribute('height')]
  if (!w || !h) return
  const box = img.closest('figure') ?? img.parentElement?.parentElement
  for (const other of Array.from(box?.querySelectorAll('img') ?? [])) {
    const before = other.compareDocumentPosition(img) & 4 // Node.DOCUMENT_POSITION_FOLLOWING
    if (other !== img && before && other.getAttribute('width') === w && other.getAttribute('height') === h) other.remove()
  }
}

/** The one <img> that `el` is or holds with no text around it, else null. */
function singleImage(el: Element): Element | null {
  let node: Element | undefined = el
  while (node) {
    if (node.localName === 'img') return node
    if (node.children.length !== 1 || (node.textContent ?? '').trim() !== '') return null
    node = node.children[0]
  }
  return null
}

function settlePicture(picture: Element, base: string | undefined): void {
  let img = picture.querySelector('img')
  const own = img ? lazySource(img, base) : undefined
  const fromSources = Array.from(picture.querySelectorAll('source'))
    .filter((s) => SOURCE_TYPES.test(s.getAttribute('type') ?? ''))
    .map((s) => largestCandidate(s.getAttribute('data-srcset'), base) ?? largestCandidate(s.getAttribute('srcset'), base))
    .find((src) => src !== undefined)
  const src = own ?? fromSources ?? (img ? imageSource(img.getAttribute('src'), base) : undefined)
  if (!img) img = picture.ownerDocument.createElement('img')
  if (src) img.setAttribute('src', src)
  else img.removeAttribute('src')
  stripLazyAttributes(img)
  picture.replaceWith(img)
}

function settleImage(img: Element, base: string | undefined, relative: boolean): void {
  const src = lazySource(img, base) ?? imageSource(img.getAttribute('src'), base)
  if (!src || isTinyImage(img) || (!relative && !/^https?:/i.test(src))) {
    img.remove()
    return
  }
  img.setAttribute('src', src)
  stripLazyAttributes(img)
}

/** Where a lazy-loading script would have loaded the image from: the largest srcset candidate, else a data-src. */
function lazySource(img: Element, base: string | undefined): string | undefined {
  for (const name of LAZY_SRCSETS) {
    const src = largestCandidate(img.getAttribute(name), base)
    if (src) return src
  }
  for (const name of LAZY_SRCS) {
    const src = imageSource(img.getAttribute(name), base)
    if (src) return src
  }
  return undefined
}

function stripLazyAttributes(img: Element): void {
  for (const attr of Array.from(img.attributes)) {
    if (attr.name === 'srcset' || attr.name === 'sizes' || attr.name.startsWith('data-')) img.removeAttribute(attr.name)
  }
}
