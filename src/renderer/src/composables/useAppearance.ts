// The reader's appearance settings, applied to the whole app once the library is read: the theme as a
// data attribute that styles/themes.css keys on, the type as custom properties the reading column uses.
// A change of type keeps the first visible passage of each pane where it was.
import { nextTick, watch, type Ref } from 'vue'
import { appearanceOf, type Appearance, type ReadingFont } from '../../../shared/model'
import { useLibraryStore } from '../stores/library'

export const FONT_STACKS: Record<ReadingFont, string> = {
  literata: "Literata, 'DejaVu Serif', Georgia, serif",
  inter: "Inter, 'Liberation Sans', system-ui, sans-serif",
  atkinson: "'Atkinson Hyperlegible', Verdana, 'DejaVu Sans', sans-serif"
}

export const FONT_NAMES: Record<ReadingFont, string> = {
  literata: 'Literata (serif)',
  inter: 'Inter (sans)',
  atkinson: 'Atkinson Hyperlegible'
}

export function applyAppearance(a: Appearance, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = a.theme
  root.style.setProperty('--reading-font', FONT_STACKS[a.font])
  root.style.setProperty('--reading-size', `${a.size}px`)
  root.style.setProperty('--reading-leading', String(a.lineHeight))
  root.style.setProperty('--reading-measure', `${a.lineLength}ch`)
}

/** What a pane offers to keep its place: where its reader is, and a way back there. */
export interface PlaceKeeper {
  topOffset(): number | null
  keepAt(start: number, end: number): Promise<void>
}

/** Applies the appearance now and on every change; `panes` keep their place across a change of type. */
export function useAppearance(panes: Ref<(PlaceKeeper | null)[]>): void {
  const library = useLibraryStore()
  const key = (a: Appearance) => JSON.stringify(a)
  let shown = ''

  async function change(a: Appearance): Promise<void> {
    const offsets = panes.value.map((p) => p?.topOffset() ?? null)
    // The new font is loaded before it is used, so that the text reflows once, at its final size.
    await document.fonts?.load(`${a.size}px ${FONT_STACKS[a.font]}`).catch(() => undefined)
    applyAppearance(a)
    await nextTick()
    await Promise.all(panes.value.map((p, i) => (p && offsets[i] ? p.keepAt(offsets[i], offsets[i] + 1) : undefined)))
  }

  // A slider sends many changes: each waits for the one before, and only the latest waiting one runs.
  let waiting: Appearance | null = null
  let busy = false
  async function schedule(a: Appearance): Promise<void> {
    waiting = a
    if (busy) return
    busy = true
    while (waiting) {
      const next: Appearance = waiting
      waiting = null
      await change(next)
    }
    busy = false
  }

  // Until the library is read, the page keeps the theme it was served in (shared/first-paint.ts) rather
  // than paint the defaults for a moment.
  watch(
    () => (library.loaded ? appearanceOf(library.settings) : null),
    (a) => {
      if (!a) return
      const next = key(a)
      if (next === shown) return
      const first = shown === ''
      shown = next
      if (first) applyAppearance(a)
      else void schedule(a)
    },
    { immediate: true }
  )
}
