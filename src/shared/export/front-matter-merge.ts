// Front matter shared between Diptych and the reader: Diptych owns a few keys (its export's title,
// tags, count…), the reader may add any other property, in Obsidian or by hand. Read line by line
// rather than through a YAML parser, so that every line of the reader's comes back byte for byte, in
// its place, whatever its style; only the entries of Diptych's own keys are rewritten.

/** A line of a file, with its line break ('' for a last line without one). */
export interface RawLine {
  text: string
  eol: string
}

export function rawLines(text: string): RawLine[] {
  const lines: RawLine[] = []
  let at = 0
  while (at < text.length) {
    const next = text.indexOf('\n', at)
    const end = next === -1 ? text.length : next + 1
    const line = text.slice(at, end)
    const eol = line.endsWith('\r\n') ? '\r\n' : line.endsWith('\n') ? '\n' : ''
    lines.push({ text: line.slice(0, line.length - eol.length), eol })
    at = end
  }
  return lines
}

export const joinRaw = (lines: readonly RawLine[]): string => lines.map((line) => line.text + line.eol).join('')

/** One top-level entry: its key (null for a comment or blank line of its own) and its lines. */
export interface FrontMatterEntryLines {
  key: string | null
  lines: RawLine[]
}

/** `key:` at the start of a line, not a list item, comment or indented continuation; quotes around the key taken off. */
const KEY_LINE = /^(?!- |-$|#)("(?:[^"\\]|\\.)*"|'[^']*'|[^\s:][^:]*?)\s*:(?:\s|$)/

/**
 * Splits the lines between the `---` lines into entries. A key's entry runs over the lines indented
 * under it and list items; comments and blank lines stand alone, so that they stay where the reader
 * put them even when the entry above them is Diptych's and is rewritten.
 */
export function frontMatterEntries(lines: readonly RawLine[]): FrontMatterEntryLines[] {
  const entries: FrontMatterEntryLines[] = []
  for (const line of lines) {
    const key = KEY_LINE.exec(line.text)
    const last = entries.at(-1)
    const continues = /^(\s+\S|- |-$)/.test(line.text)
    if (key) entries.push({ key: unquote(key[1]), lines: [line] })
    else if (continues && last && last.key !== null) last.lines.push(line)
    else entries.push({ key: null, lines: [line] })
  }
  return entries
}

function unquote(key: string): string {
  if (key.startsWith('"')) return key.slice(1, -1).replace(/\\(.)/g, '$1')
  if (key.startsWith("'")) return key.slice(1, -1)
  return key
}

/** A scalar value as written on its key's line: quotes taken off; undefined for a list or an empty value. */
export function scalarValue(entry: FrontMatterEntryLines): string | undefined {
  const line = entry.lines[0].text
  const value = line
    .slice(line.indexOf(':') + 1)
    .replace(/\s+#.*$/, '')
    .trim()
  if (value === '') return undefined
  if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) {
    try {
      return JSON.parse(value) as string
    } catch {
      return value.slice(1, -1)
    }
  }
  if (value.startsWith("'") && value.endsWith("'") && value.length >= 2) return value.slice(1, -1).replace(/''/g, "'")
  return value
}

/** The file's front matter: where it is and its entries; undefined when the file does not start with one. */
export interface FrontMatterBlock {
  /** A byte order mark before the opening `---`, kept as it is. */
  bom: string
  open: RawLine
  entries: FrontMatterEntryLines[]
  close: RawLine
  /** The lines after the closing `---`. */
  rest: RawLine[]
}

export function readFrontMatter(text: string): FrontMatterBlock | undefined {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : ''
  const lines = rawLines(text.slice(bom.length))
  if (lines.length === 0 || lines[0].text.trimEnd() !== '---') return undefined
  const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line.text))
  if (close === -1) return undefined
  return { bom, open: lines[0], entries: frontMatterEntries(lines.slice(1, close)), close: lines[close], rest: lines.slice(close + 1) }
}

/** The value of one key of a file's front matter, as a string; undefined when the file has no such scalar. */
export function frontMatterValue(text: string, key: string): string | undefined {
  const entry = readFrontMatter(text)?.entries.find((e) => e.key === key)
  return entry && scalarValue(entry)
}

/** Diptych's fields as they are to be written: a key and its lines (without line breaks). */
export interface OwnedField {
  key: string
  lines: string[]
}

/**
 * The reader's entries as they were, Diptych's replaced by `fields`: an owned key keeps its place, an
 * owned key no longer written goes, a new one comes after the one before it in `fields` (or first).
 * `keep` names owned keys whose existing entry stays as it is (the export date, when nothing else changed).
 */
export function mergeFrontMatter(
  entries: readonly FrontMatterEntryLines[],
  fields: readonly OwnedField[],
  owned: ReadonlySet<string>,
  eol: string,
  keep: ReadonlySet<string> = new Set()
): FrontMatterEntryLines[] {
  const fresh = new Map(fields.map((field) => [field.key, field]))
  const asEntry = (field: OwnedField): FrontMatterEntryLines => ({ key: field.key, lines: field.lines.map((text) => ({ text, eol })) })
  const out: FrontMatterEntryLines[] = []
  const placed = new Set<string>()
  for (const entry of entries) {
    if (entry.key === null || !owned.has(entry.key)) {
      out.push(entry)
      continue
    }
    const field = fresh.get(entry.key)
    // An owned key written twice (by hand) keeps only its first place.
    if (!field || placed.has(entry.key)) continue
    placed.add(entry.key)
    out.push(keep.has(entry.key) ? entry : asEntry(field))
  }
  let after = -1
  for (const field of fields) {
    const at = out.findIndex((entry) => entry.key === field.key)
    if (at !== -1) {
      after = at
      continue
    }
    out.splice(after + 1, 0, asEntry(field))
    after++
  }
  return out
}
