// Canonical offsets to DOM ranges in one pane. The block elements are looked up once per rendered
// article, since ranges are made by the thousand (every highlight, every compared passage).
import type { Ref } from 'vue'
import { rangeFor } from '../dom/text-offsets'

export function usePaneRanges(scroller: Ref<HTMLElement | null>, starts: Ref<number[]>) {
  let blockCache: HTMLElement[] | null = null

  function blockElements(): HTMLElement[] {
    if (!blockCache || blockCache.length === 0) blockCache = Array.from(scroller.value?.querySelectorAll<HTMLElement>('[data-start]') ?? [])
    return blockCache
  }

  /** The DOM range of canonical offsets in this pane. */
  function range(start: number, end: number): Range | null {
    return scroller.value ? rangeFor(blockElements(), starts.value, start, end) : null
  }

  /** The article changed or re-rendered: look the blocks up again. */
  function forgetBlocks(): void {
    blockCache = null
  }

  return { blockElements, range, forgetBlocks }
}
