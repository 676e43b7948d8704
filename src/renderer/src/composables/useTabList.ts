// The WAI-ARIA tabs pattern with automatic activation (the panels show at once): ← and → move to the
// previous or next tab and select it, wrapping round; Home and End go to the first and the last. Only the
// selected tab is a Tab stop (roving tabindex), so Tab leaves the tab list for the selected panel.
import { useId, type Ref } from 'vue'

/** The tab a key moves to from `index` among `count` tabs, or null for a key that does not move. */
export function tabStep(key: string, index: number, count: number): number | null {
  if (key === 'ArrowRight') return (index + 1) % count
  if (key === 'ArrowLeft') return (index - 1 + count) % count
  if (key === 'Home') return 0
  if (key === 'End') return count - 1
  return null
}

export function useTabList<T extends string>(tabs: readonly T[], selected: Ref<T>) {
  const base = useId()
  const tabId = (t: T) => `${base}-tab-${t}`
  const panelId = (t: T) => `${base}-panel-${t}`

  function onKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
    const next = tabStep(event.key, tabs.indexOf(selected.value), tabs.length)
    if (next === null) return
    event.preventDefault()
    selected.value = tabs[next]
    // Focus moves now, not after the render: a key pressed next lands on the tab just selected.
    document.getElementById(tabId(tabs[next]))?.focus()
  }

  const tabAttrs = (t: T) => ({
    id: tabId(t),
    role: 'tab',
    'aria-selected': selected.value === t,
    'aria-controls': panelId(t),
    tabindex: selected.value === t ? 0 : -1
  })
  const panelAttrs = (t: T) => ({ id: panelId(t), role: 'tabpanel', 'aria-labelledby': tabId(t), hidden: selected.value !== t })

  return { tabAttrs, panelAttrs, onKeydown }
}
