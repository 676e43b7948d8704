// Pictures with captions that are not <figure>s: MediaWiki's `thumb` boxes, WordPress's `wp-caption`,
// galleries. Turned into <figure><img><figcaption> while their class names are still there (Readability
// drops classes), so that the caption stays with its picture instead of becoming a loose paragraph.

/** Class names that publishing systems give a picture's caption. */
const CAPTION_CLASSES = ['thumbcaption', 'wp-caption-text', 'gallerytext', 'image-caption', 'caption-text']
/** How far up from the caption the box holding the picture may be. */
const MAX_LEVELS = 3

const words = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()

export function figuresFromCaptions(doc: Document): void {
  const selector = CAPTION_CLASSES.map((c) => `.${c}`).join(', ')
  for (const caption of Array.from(doc.querySelectorAll(selector))) {
    if (!caption.isConnected || caption.closest('figure')) continue
    let box = caption.parentElement
    for (let level = 0; box && level < MAX_LEVELS; level++, box = box.parentElement) {
      const images = box.querySelectorAll('img')
      if (images.length > 1 || box.localName === 'body') break
      // The box holds the picture and the caption and nothing else that would be lost.
      if (images.length === 1 && words(box) === words(caption)) {
        const figure = doc.createElement('figure')
        const figcaption = doc.createElement('figcaption')
        while (caption.firstChild) figcaption.appendChild(caption.firstChild)
        figure.append(images[0], figcaption)
        box.replaceWith(figure)
        break
      }
    }
  }
}
