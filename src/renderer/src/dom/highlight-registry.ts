// One CSS custom Highlight per look (a colour, the focused highlight, a flash, compare marks), shared
// by both panes, never one per annotation: a registered name per annotation gets slow at thousands.
const owners = new Map<string, Map<string, Range[]>>()

function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined'
}

function rebuild(name: string): void {
  if (!supported()) return
  const ranges: Range[] = []
  for (const byName of owners.values()) ranges.push(...(byName.get(name) ?? []))
  if (ranges.length === 0) CSS.highlights.delete(name)
  else CSS.highlights.set(name, new Highlight(...ranges))
}

/** Replaces what one owner (a pane, a feature) paints under each of the given names. */
export function paint(owner: string, byName: Map<string, Range[]>): void {
  const previous = owners.get(owner)
  owners.set(owner, byName)
  const names = new Set([...byName.keys(), ...(previous?.keys() ?? [])])
  for (const name of names) rebuild(name)
}

export function clear(owner: string): void {
  const previous = owners.get(owner)
  if (!previous) return
  owners.delete(owner)
  for (const name of previous.keys()) rebuild(name)
}
