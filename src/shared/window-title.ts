// The window title names what is open, so that the window can be told apart in the task switcher.
const MAX_TITLE = 60

function short(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim()
  return t.length > MAX_TITLE ? t.slice(0, MAX_TITLE - 1).trimEnd() + '…' : t
}

/** "Left title — Right title · Diptych", one title when one pane is open, "Diptych" when none is. */
export function windowTitle(titles: readonly (string | null | undefined)[]): string {
  const open = titles.filter((t): t is string => Boolean(t && t.trim())).map(short)
  return open.length ? `${open.join(' — ')} · Diptych` : 'Diptych'
}
