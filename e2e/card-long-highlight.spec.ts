// The card of a long highlighted paragraph is whole, in the pane, with its note field in sight, wherever
// the paragraph sits: squeezed into the few lines above the paragraph, it showed its head and no field.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

const TREND = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../resources/articles/trend-2024-05-16.json'), 'utf8')) as {
  blocks: { text: string }[]
}
/** About nine hundred characters: most of the pane's height. */
const LONG = TREND.blocks[7].text
const TYPED = 'Why so much at once?'

/** Scrolls the right pane as a reader would, until the paragraph starts near the pane's top or ends near
 * its bottom, and triple-clicks it, which selects it; the point clicked is where the paragraph is in view. */
async function selectParagraph(page: Page, where: 'top' | 'bottom'): Promise<Locator> {
  const pane = page.getByRole('region', { name: 'right pane' })
  const paragraph = pane.locator('.article-text [data-start]', { hasText: LONG.slice(0, 60) })
  const point = await paragraph.evaluate(async (el, where) => {
    const scroller = el.closest('.pane-scroll') as HTMLElement
    const s = scroller.getBoundingClientRect()
    const r = el.getBoundingClientRect()
    scroller.scrollTop += where === 'top' ? r.top - s.top - 130 : r.bottom - s.bottom + 40
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    const now = el.getBoundingClientRect()
    return { x: now.left + 40, y: (Math.max(now.top, s.top) + Math.min(now.bottom, s.bottom)) / 2 }
  }, where)
  await page.mouse.click(point.x, point.y, { clickCount: 3 })
  return paragraph
}

/** What a reader checks of the open card: all of it shows, inside the pane, its note field in sight and not covered. */
async function cardFit(card: Locator) {
  return card.evaluate((el) => {
    const box = el.getBoundingClientRect()
    const pane = el.closest('.pane-body')!.querySelector('.pane-scroll')!.getBoundingClientRect()
    const field = el.querySelector('textarea')!
    const f = field.getBoundingClientRect()
    return {
      hidden: el.scrollHeight - el.clientHeight,
      inPane: box.top >= pane.top && box.bottom <= pane.bottom && box.left >= pane.left && box.right <= pane.right,
      fieldInSight: f.top >= box.top && f.bottom <= box.bottom && document.elementFromPoint(f.left + f.width / 2, f.top + 10) === field
    }
  })
}

/** The paragraph's lines at least half in view in the pane and out from under the card. */
async function linesInSight(paragraph: Locator, card: Locator): Promise<number> {
  const box = (await card.boundingBox())!
  return paragraph.evaluate((el, box) => {
    const pane = el.closest('.pane-scroll')!.getBoundingClientRect()
    const range = document.createRange()
    range.selectNodeContents(el)
    const shown = (r: DOMRect) => {
      const top = Math.max(r.top, pane.top)
      const bottom = Math.min(r.bottom, pane.bottom)
      const under = Math.max(0, Math.min(bottom, box.y + box.height) - Math.max(top, box.y))
      return bottom - top - under
    }
    return Array.from(range.getClientRects()).filter((r) => r.width > 0 && shown(r) >= r.height / 2).length
  }, box)
}

for (const [width, height] of [
  [1024, 700],
  [720, 480]
]) {
  for (const where of ['top', 'bottom'] as const) {
    test(`the card of a long paragraph near the ${where} of the pane shows whole, its note field in sight, at ${width}×${height}`, async ({
      app
    }) => {
      const page = app.page
      await page.setViewportSize({ width, height })
      const pane = page.getByRole('region', { name: 'right pane' })
      const paneBox = await pane.boundingBox()
      const paragraph = await selectParagraph(page, where)
      await page.keyboard.press('n')
      await page.keyboard.type(TYPED, { delay: 0 })
      const card = page.getByRole('dialog', { name: /^Highlight: Members of the Belarusian delegation/ })
      await expect(card.getByRole('textbox', { name: 'Note' })).toHaveValue(TYPED)
      await page.screenshot({ path: `test-results/card-long-${where}-${width}.png` })
      expect(await cardFit(card)).toEqual({ hidden: 0, inPane: true, fieldInSight: true })
      // Where the pane has room for both, some of the paragraph stays in sight by the card.
      if (height >= 700) expect(await linesInSight(paragraph, card)).toBeGreaterThan(2)
      // Focusing the field scrolled nothing else: the pane is where it was.
      expect(await pane.boundingBox()).toEqual(paneBox)

      // Done, the reader clicks elsewhere: the note is kept.
      await page.getByRole('region', { name: 'left pane' }).locator('.article-text p').first().click()
      await expect(card).toBeHidden()
      await expect
        .poll(async () => {
          const lib = await page.evaluate(async () => await window.api.getLibrary())
          return lib.ok ? lib.value.highlights.map((h) => h.note) : []
        })
        .toEqual([TYPED])
    })
  }
}
