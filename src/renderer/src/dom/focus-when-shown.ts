// Moving the keyboard focus to what a diptych:// link opened, once it is on the page: the pane, the
// highlight's card, the orphan's entry appear a few frames after the link is taken.
const WAIT_MS = 5_000

/** Focuses the first element matching `selector` as soon as there is one (gives up after a few seconds). */
export function focusWhenShown(selector: string, options: FocusOptions = {}): void {
  const until = performance.now() + WAIT_MS
  const attempt = () => {
    const el = document.querySelector<HTMLElement>(selector)
    if (el) el.focus(options)
    else if (performance.now() < until) requestAnimationFrame(attempt)
  }
  requestAnimationFrame(attempt)
}

/** The selector of a pane's scrolling text. */
export const paneText = (side: 0 | 1) => `.pane[data-side-index="${side}"] .pane-scroll`
