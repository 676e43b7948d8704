// Measures a reader would make with a ruler: how many characters of its own font a text column holds,
// whether a field shows its whole value, whether two boxes overlap.
import type { Locator, Page } from '@playwright/test'

/** Width of each pane's text column, in characters of the text's own font (its average character). */
export async function columnChars(page: Page): Promise<Record<string, number>> {
  return page.locator('.pane[data-article]').evaluateAll((panes) => {
    const out: Record<string, number> = {}
    for (const pane of panes) {
      const text = pane.querySelector<HTMLElement>('.article-text')
      const para = text?.querySelector<HTMLElement>('p[data-start], [data-start]')
      if (!text || !para) continue
      const sample = (para.textContent ?? '').slice(0, 300)
      const probe = document.createElement('span')
      probe.style.cssText = 'position:absolute;white-space:nowrap;visibility:hidden'
      probe.style.font = getComputedStyle(para).font
      probe.textContent = sample
      document.body.append(probe)
      const perChar = probe.getBoundingClientRect().width / sample.length
      probe.remove()
      out[(pane as HTMLElement).dataset.side!] = Math.floor(text.getBoundingClientRect().width / perChar)
    }
    return out
  })
}

/** Words of these elements' text broken across two lines. */
export async function brokenWords(elements: Locator): Promise<string[]> {
  return elements.evaluateAll((els) =>
    els.flatMap((el) => {
      const out: string[] = []
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n as Text
        for (const m of text.data.matchAll(/[^\s\u00ad-]+/g)) {
          const range = document.createRange()
          range.setStart(text, m.index)
          range.setEnd(text, m.index + m[0].length)
          const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)))
          if (tops.size > 1) out.push(m[0])
        }
      }
      return out
    })
  )
}

/** Selects (and other fields) whose chosen value is wider than the field shows. */
export async function cutFields(fields: Locator): Promise<string[]> {
  return fields.evaluateAll((els) =>
    els.flatMap((el) => {
      const select = el as HTMLSelectElement
      const label = select.selectedOptions[0]?.text ?? ''
      const probe = document.createElement('span')
      probe.style.cssText = 'position:absolute;white-space:nowrap;visibility:hidden'
      probe.style.font = getComputedStyle(select).font
      probe.textContent = label
      document.body.append(probe)
      const needed = probe.getBoundingClientRect().width
      probe.remove()
      // The field's padding, border and arrow take about 28 px of its width.
      return needed + 28 > select.getBoundingClientRect().width ? [label] : []
    })
  )
}

export async function overlaps(a: Locator, b: Locator): Promise<boolean> {
  const [ra, rb] = [await a.boundingBox(), await b.boundingBox()]
  if (!ra || !rb) return false
  return ra.x < rb.x + rb.width && rb.x < ra.x + ra.width && ra.y < rb.y + rb.height && rb.y < ra.y + ra.height
}
