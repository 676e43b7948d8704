// Whether the library and the comparison can sit beside the text, or must lie over it: a panel docks
// only if each open pane keeps a text column of at least MIN_CHARS characters of the reading font.
import { computed, onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue'
import { appearanceOf } from '../../../shared/model'
import { useLibraryStore } from '../stores/library'
import { FONT_STACKS } from './useAppearance'

export const MIN_CHARS = 40
export const COMPARE_WIDTH = 400
/** A narrow pane sets its text smaller (reader.css, the container query under 440 px) … */
const NARROW_TYPE = 0.85
/** … with 12 px margins, and room for a scrollbar and the coverage strip. */
const PANE_CHROME = 2 * 12 + 16 + 8

const SAMPLE = 'The appeals court ruled on Tuesday that the contract for the new container terminal stands.'

/** The average width of a character of running text in `font` at `px`. */
function charWidth(font: string, px: number): number {
  const canvas = document.createElement('canvas').getContext('2d')
  if (!canvas) return px / 2
  canvas.font = `${px}px ${font}`
  return canvas.measureText(SAMPLE).width / SAMPLE.length
}

/** The narrowest pane whose text column still holds MIN_CHARS characters; shared with the sidebar. */
export const paneMinWidth = ref(360)

export function useLayoutFit(opts: { openCount: Ref<number>; comparing: Ref<boolean>; pairsShown: Ref<boolean> }) {
  const library = useLibraryStore()
  const width = ref(window.innerWidth)
  const onResize = () => (width.value = window.innerWidth)
  onMounted(() => window.addEventListener('resize', onResize))
  onBeforeUnmount(() => window.removeEventListener('resize', onResize))

  async function remeasure(): Promise<void> {
    const a = appearanceOf(library.settings)
    await document.fonts?.load(`${a.size}px ${FONT_STACKS[a.font]}`).catch(() => undefined)
    paneMinWidth.value = Math.ceil(MIN_CHARS * charWidth(FONT_STACKS[a.font], a.size * NARROW_TYPE) + PANE_CHROME)
  }
  watch(() => JSON.stringify(appearanceOf(library.settings)), remeasure, { immediate: true })

  // Between two compared panes, the gutter that draws their pairs: narrower on a small window.
  const gutter = computed(() => (opts.pairsShown.value ? (width.value < 900 ? 40 : 64) : 12))
  const libraryWidth = computed(() => (width.value <= 900 ? 220 : 280))
  const needed = computed(() => {
    const panes = Math.max(1, opts.openCount.value)
    return panes * paneMinWidth.value + (panes === 2 ? gutter.value : 0)
  })
  const compareDocked = computed(() => width.value - COMPARE_WIDTH >= needed.value)
  const libraryDocked = computed(
    () => width.value - (opts.comparing.value && compareDocked.value ? COMPARE_WIDTH : 0) - libraryWidth.value >= needed.value
  )
  return { width, gutter, compareDocked, libraryDocked }
}
