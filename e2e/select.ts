// Selecting text in a pane as a reader would: a real DOM selection over the words, then the
// selectionchange the app listens to.
import type { Locator } from '@playwright/test'

/** Selects `text` in the pane's article (optionally the n-th occurrence); it may span blocks. */
export async function selectText(pane: Locator, text: string, occurrence = 0): Promise<void> {
  await pane.locator('.article-text').evaluate(
    (root, { text, occurrence }) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      const nodes: Text[] = []
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text)
      // Block boundaries read as a blank line, as in the canonical text.
      let flat = ''
      const map: { node: Text; at: number }[] = []
      let lastBlock: Element | null = null
      for (const node of nodes) {
        const block = node.parentElement!.closest('[data-start]')
        if (lastBlock && block !== lastBlock) flat += '\n\n'
        lastBlock = block
        map.push({ node, at: flat.length })
        flat += node.data
      }
      let index = -1
      for (let i = 0; i <= occurrence; i++) index = flat.indexOf(text, index + 1)
      if (index < 0) throw new Error(`text not found: ${text}`)
      const locate = (offset: number) => {
        let entry = map[0]
        for (const m of map) if (m.at <= offset) entry = m
        return { node: entry.node, offset: Math.min(offset - entry.at, entry.node.length) }
      }
      const a = locate(index)
      const b = locate(index + text.length)
      const range = document.createRange()
      range.setStart(a.node, a.offset)
      range.setEnd(b.node, b.offset)
      ;(a.node.parentElement as HTMLElement).scrollIntoView({ block: 'center' })
      const sel = window.getSelection()!
      sel.removeAllRanges()
      sel.addRange(range)
    },
    { text, occurrence }
  )
  await pane.page().getByRole('toolbar', { name: 'Highlight the selection' }).waitFor()
}

/** Clicks the middle of the first rectangle of `text` in the pane. */
export async function clickText(pane: Locator, text: string): Promise<void> {
  const point = await pane.locator('.article-text').evaluate(async (root, text) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(text)
      if (i >= 0) {
        ;(n.parentElement as HTMLElement).scrollIntoView({ block: 'center' })
        // What follows a scroll (a card placed again) happens before a reader could click: a frame.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
        const range = document.createRange()
        range.setStart(n, i)
        range.setEnd(n, i + text.length)
        const r = range.getClientRects()[0]
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 }
      }
    }
    throw new Error(`text not found: ${text}`)
  }, text)
  await pane.page().mouse.click(point.x, point.y)
}

/** The points just inside the start and the end of `text` in the pane, where it is now (no scrolling). */
export async function textEnds(pane: Locator, text: string): Promise<{ start: { x: number; y: number }; end: { x: number; y: number } }> {
  return pane.locator('.article-text').evaluate((root, text) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(text)
      if (i < 0) continue
      const range = document.createRange()
      range.setStart(n, i)
      range.setEnd(n, i + text.length)
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0)
      const first = rects[0]
      const last = rects[rects.length - 1]
      return { start: { x: first.left + 1, y: first.top + first.height / 2 }, end: { x: last.right - 1, y: last.top + last.height / 2 } }
    }
    throw new Error(`text not found: ${text}`)
  }, text)
}
