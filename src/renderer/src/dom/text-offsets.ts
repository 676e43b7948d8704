// Between DOM positions and canonical offsets. Every block element carries `data-start`, its offset in
// the canonical text; inside a block, text nodes hold the block's text in order and nothing else.
export const BLOCK_SELECTOR = '[data-start]'

export function blockOf(node: Node | null): HTMLElement | null {
  const el = node instanceof Element ? node : (node?.parentElement ?? null)
  return el?.closest<HTMLElement>(BLOCK_SELECTOR) ?? null
}

function textNodes(block: HTMLElement): Text[] {
  const nodes: Text[] = []
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text)
  return nodes
}

/** Canonical offset of a DOM point, or null when the point is not inside article text. */
export function offsetOf(node: Node, offset: number): number | null {
  const block = blockOf(node)
  if (!block) return null
  const start = Number(block.dataset.start)
  if (node.nodeType !== Node.TEXT_NODE) {
    // A point between children: count the text of the children before it.
    const range = document.createRange()
    range.setStart(block, 0)
    range.setEnd(node, offset)
    return start + range.toString().length
  }
  let before = 0
  for (const text of textNodes(block)) {
    if (text === node) return start + before + offset
    before += text.length
  }
  return null
}

/** The DOM point of a canonical offset inside `root`; offsets in a block gap snap to the next block. */
export function pointAt(blocks: HTMLElement[], starts: number[], offset: number): { node: Node; offset: number } | null {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid] <= offset) lo = mid
    else hi = mid - 1
  }
  const block = blocks[lo]
  if (!block) return null
  let local = offset - starts[lo]
  const nodes = textNodes(block)
  for (const text of nodes) {
    if (local <= text.length) return { node: text, offset: local }
    local -= text.length
  }
  // Past the end of this block (the blank line between blocks): the start of the next one.
  const next = blocks[lo + 1]
  if (next) {
    const first = textNodes(next)[0]
    if (first) return { node: first, offset: 0 }
  }
  const last = nodes[nodes.length - 1]
  return last ? { node: last, offset: last.length } : null
}

export function rangeFor(blocks: HTMLElement[], starts: number[], start: number, end: number): Range | null {
  const a = pointAt(blocks, starts, start)
  const b = pointAt(blocks, starts, end)
  if (!a || !b) return null
  const range = document.createRange()
  range.setStart(a.node, a.offset)
  range.setEnd(b.node, b.offset)
  return range
}

/** Where a range starts on screen. A block skipped by content-visibility has no line boxes yet; its
 * element (sized by its estimate) stands in until it is rendered. */
export function topRect(range: Range): DOMRect {
  const first = range.getClientRects()[0]
  if (first) return first
  return blockOf(range.startContainer)?.getBoundingClientRect() ?? range.getBoundingClientRect()
}

/** Makes `range` the document's selection (the selection toolbar then offers to highlight it). */
export function selectRange(range: Range | null): void {
  const selection = window.getSelection()
  if (!range || !selection) return
  selection.removeAllRanges()
  selection.addRange(range)
}
