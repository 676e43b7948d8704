import { describe, expect, it } from 'vitest'
import { inertDocument } from './inert-dom'
import { removeNeverContent } from './page-furniture'
import { parseArticle } from './parse-article'

describe('removeNeverContent', () => {
  it('removes consent banners by their usual names, and only short ones', () => {
    const doc = inertDocument(`<body>
      <div id="CybotCookiebotDialog">Cookiebot banner</div>
      <div class="cc-window cookie-consent">Consent class banner</div>
      <section class="gdpr-notice">GDPR notice</section>
      <div class="recipe cookie-recipe">Chocolate chip cookie recipe card</div>
      <article class="privacy-notice">${'A long article about privacy notices. '.repeat(60)}</article>
      <div role="dialog">Subscribe modal</div><dialog open>Native dialog</dialog>
      <script>var x = 'script text'</script><style>.a{}</style><noscript>Enable JavaScript</noscript>
      <svg><text>svg label</text></svg><iframe srcdoc="<p>framed</p>"></iframe>
    </body>`)
    removeNeverContent(doc)
    const text = doc.body.textContent!.replace(/\s+/g, ' ')
    for (const gone of [
      'Cookiebot banner',
      'Consent class banner',
      'GDPR notice',
      'Subscribe modal',
      'Native dialog',
      'script text',
      'Enable JavaScript',
      'svg label'
    ]) {
      expect(text).not.toContain(gone)
    }
    expect(text).toContain('Chocolate chip cookie recipe card')
    expect(text).toContain('A long article about privacy notices.')
  })

  it('keeps a consent banner out of a short article, where Readability scores the whole page', () => {
    const page = `<!DOCTYPE html><html><head><title>Short news</title></head><body>
      <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies to continue reading.</div>
      <article><h1>Short news</h1><p>The ferry will run an extra crossing on Saturdays from June, the operator said, after a busy spring.</p>
      <p>Tickets for the new crossing go on sale next week at the harbour office and online.</p></article></body></html>`
    const result = parseArticle({ bytes: new TextEncoder().encode(page), fileName: 'short.html' })
    if (!result.ok) throw new Error(result.error.message)
    const text = result.value.blocks.map((b) => b.text).join('\n')
    expect(text).toContain('extra crossing on Saturdays')
    expect(text).not.toContain('We use cookies')
  })
})
