// Find in the article of one pane: every match of the query (folded like search), painted with the
// CSS Highlight API under one name and the current one under another, the current one scrolled to.
// A match stays inside a block: the query is one line, blocks are separated by a blank line.
import { computed, ref, watch, type Ref } from 'vue'
import { findAll, type TextMatch } from '../../../shared/fold'
import { blockStarts, canonicalText } from '../../../shared/model'
import { clear, paint } from '../dom/highlight-registry'
import { BLOCK_SELECTOR, rangeFor } from '../dom/text-offsets'
import { useLibraryStore } from '../stores/library'
import { useReaderStore, type Side } from '../stores/reader'

const OWNER = 'find'
/** How far inside the pane's edges a match must be to count as showing. */
const MARGIN = 40

export function useFindInPane(side: Ref<Side>, query: Ref<string>) {
  const library = useLibraryStore()
  const reader = useReaderStore()
  const articleId = computed(() => reader.panes[side.value])
  const current = ref(0)
  /** The body is loaded by the pane; a find that opens first waits for it. */
  const body = computed(() => (articleId.value ? library.bodies.get(articleId.value) : undefined))
  const text = computed(() => (body.value ? canonicalText(body.value.blocks) : ''))
  const matches = computed<TextMatch[]>(() => findAll(text.value, query.value))

  function paneRange(match: TextMatch): Range | null {
    const pane = document.querySelector(`.pane[data-side-index="${side.value}"]`)
    if (!pane || !body.value) return null
    const blocks = Array.from(pane.querySelectorAll<HTMLElement>(BLOCK_SELECTOR))
    return blocks.length ? rangeFor(blocks, blockStarts(body.value.blocks), match.start, match.end) : null
  }

  function repaint(): void {
    const all = matches.value
    const ranges = all.map(paneRange)
    const others = ranges.filter((r, i): r is Range => r !== null && i !== current.value)
    const here = ranges[current.value]
    paint(
      OWNER,
      new Map([
        ['find-match', others],
        ['find-current', here ? [here] : []]
      ])
    )
  }

  /** Scrolls the match to a third of the way down, unless it shows already, as a browser's find does. */
  function reveal(match: TextMatch): void {
    const scroller = document.querySelector<HTMLElement>(`.pane[data-side-index="${side.value}"] .pane-scroll`)
    const range = paneRange(match)
    if (!scroller || !range) return
    const place = (): boolean => {
      const view = scroller.getBoundingClientRect()
      const box = range.getBoundingClientRect()
      if (box.top >= view.top + MARGIN && box.bottom <= view.bottom - MARGIN) return true
      scroller.scrollTop += box.top - view.top - view.height / 3
      return false
    }
    // Blocks far away have an estimated height until they are laid out: place again once they are.
    if (!place()) requestAnimationFrame(() => void place())
  }

  function show(): void {
    const match = matches.value[current.value]
    repaint()
    if (match) reveal(match)
  }

  /** Next (1) or previous (-1) match, round the end of the article. */
  function move(step: 1 | -1): void {
    const n = matches.value.length
    if (n === 0) return
    current.value = (current.value + step + n) % n
    show()
  }

  // A new query starts from the first match at or after where the reader is.
  watch([matches, articleId], () => {
    const at = articleId.value ? (library.settings.positions[articleId.value] ?? 0) : 0
    const next = matches.value.findIndex((m) => m.start >= at)
    current.value = Math.max(0, next)
    show()
  })

  // The pane renders its blocks a little after the body arrives.
  watch(body, () => setTimeout(repaint, 0))

  return { matches, current, move, repaint, stop: () => clear(OWNER) }
}
