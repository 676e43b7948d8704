// The paragraph cursor, for a reader without a mouse: a visible focus that moves from block to block
// (j / k), a selection that grows from it (Shift+arrows), and the block itself as what h / n / t and
// 1–5 highlight when nothing is selected. The cursor is the focused block of the active pane.
import { readSelection } from './useSelectionTracker'
import { useAnnotationStore } from '../stores/annotations'
import { useLibraryStore } from '../stores/library'
import { useReaderStore, type Side } from '../stores/reader'

const paneOf = (side: Side) => document.querySelector<HTMLElement>(`.pane[data-side-index="${side}"][data-article]`)
const blocksOf = (pane: HTMLElement) => Array.from(pane.querySelectorAll<HTMLElement>('.article-text [data-start]'))
/**
 * The caret at the start of a block's text: in its first text node that has any (not in an empty
 * anchor Vue leaves between rows), since a selection that starts on a <table> or <tbody> itself does
 * not move word by word (Chromium's Selection.modify).
 */
function collapseAtStart(block: HTMLElement): void {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, (n) =>
    (n as Text).length > 0 ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP
  )
  window.getSelection()?.collapse(walker.nextNode() ?? block, 0)
}

export function usePaneCursor() {
  const reader = useReaderStore()
  const library = useLibraryStore()
  const annotations = useAnnotationStore()
  let last: HTMLElement | null = null

  function activePane(): { side: Side; pane: HTMLElement } | null {
    for (const side of [reader.activeSide, (1 - reader.activeSide) as Side]) {
      const pane = paneOf(side)
      if (pane) return { side, pane }
    }
    return null
  }

  /** The block the cursor is on, if the focus is in a pane's text. */
  function cursorBlock(): HTMLElement | null {
    const el = document.activeElement as HTMLElement | null
    return el?.matches('.article-text [data-start]') ? el : null
  }

  function place(block: HTMLElement): void {
    block.tabIndex = -1
    block.focus({ preventScroll: true })
    block.scrollIntoView({ block: 'nearest' })
    collapseAtStart(block)
    last = block
  }

  /** j / k: the next or previous block; from nothing, the first block in view. */
  function move(step: 1 | -1): boolean {
    const at = activePane()
    if (!at) return false
    const blocks = blocksOf(at.pane)
    const current = cursorBlock()
    let i = current ? blocks.indexOf(current) + step : -1
    if (i < 0 || !current) {
      const top = at.pane.querySelector('.pane-scroll')?.getBoundingClientRect().top ?? 0
      i = Math.max(
        0,
        blocks.findIndex((b) => b.getBoundingClientRect().bottom > top)
      )
    }
    const block = blocks[Math.min(Math.max(i, 0), blocks.length - 1)]
    if (block) place(block)
    return !!block
  }

  /** Shift+arrows: a word at a time sideways, to a block's end (or start) up and down. */
  function extend(event: KeyboardEvent): boolean {
    const block = cursorBlock() ?? (document.activeElement?.closest('.pane-scroll') ? last : null)
    const sel = window.getSelection()
    if (!block || !sel) return false
    if (sel.rangeCount === 0 || !block.contains(sel.anchorNode)) collapseAtStart(block)
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      sel.modify('extend', event.key === 'ArrowRight' ? 'forward' : 'backward', 'word')
      return true
    }
    const forward = event.key === 'ArrowDown'
    const blocks = blocksOf(block.closest<HTMLElement>('.pane')!)
    const focusBlock =
      (sel.focusNode instanceof Element ? sel.focusNode : sel.focusNode?.parentElement)?.closest<HTMLElement>('[data-start]') ?? block
    // At the block's edge already: on to the next (or previous) block's.
    const rest = document.createRange()
    rest.selectNodeContents(focusBlock)
    if (forward) rest.setStart(sel.focusNode!, sel.focusOffset)
    else rest.setEnd(sel.focusNode!, sel.focusOffset)
    const target = rest.toString() === '' ? (blocks[blocks.indexOf(focusBlock) + (forward ? 1 : -1)] ?? focusBlock) : focusBlock
    const edge = document.createRange()
    edge.selectNodeContents(target)
    if (forward) sel.extend(edge.endContainer, edge.endOffset)
    else sel.extend(edge.startContainer, edge.startOffset)
    return true
  }

  /** What h / n / t act on: the selection, else the whole block at the cursor. */
  function target() {
    const selected = readSelection()
    if (selected) return selected
    const block = cursorBlock()
    if (!block) return null
    window.getSelection()?.selectAllChildren(block)
    return readSelection()
  }

  /** [ / ]: the next or previous highlight in the active pane, its card opened. */
  function jumpHighlight(step: 1 | -1): boolean {
    const at = activePane()
    const articleId = at?.pane.dataset.article
    if (!at || !articleId) return false
    const list = [...library.highlightsOf(articleId)].sort((a, b) => a.position.start - b.position.start)
    const open = list.find((h) => h.id === annotations.openCard?.id)
    const from = open ? open.position.start : Number(cursorBlock()?.dataset.start ?? (step > 0 ? -1 : Infinity)) - (step > 0 ? 1 : 0)
    const next = step > 0 ? list.find((h) => h.position.start > from) : list.findLast((h) => h.position.start < from)
    if (!next) return true
    const block = blocksOf(at.pane).findLast((b) => Number(b.dataset.start) <= next.position.start)
    if (block) place(block)
    reader.scrollTo(at.side, next.position.start, next.position.end)
    annotations.openCard = { id: next.id, focus: null, side: at.side }
    return true
  }

  /** After a highlight is made from the toolbar, the focus goes back to the text it was made in. */
  function refocus(): void {
    if (last?.isConnected && (document.activeElement === document.body || !document.activeElement)) last.focus({ preventScroll: true })
  }

  return { move, extend, target, jumpHighlight, refocus }
}
