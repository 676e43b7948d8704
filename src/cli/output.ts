// Printing: lines, JSON, aligned tables and one-line excerpts. Commands write through an `Output` so
// that what goes to stdout (results) and to stderr (notices, errors) is decided in one place.

export interface Output {
  /** A line of results, on stdout. */
  line(text?: string): void
  /** A value as JSON on stdout, for `--json`. */
  json(value: unknown): void
  /** A notice or an error sentence, on stderr. */
  note(text: string): void
}

export function processOutput(): Output {
  return {
    line: (text = '') => process.stdout.write(text + '\n'),
    json: (value) => process.stdout.write(JSON.stringify(value, null, 2) + '\n'),
    note: (text) => process.stderr.write(text + '\n')
  }
}

/** Width of a string on a terminal, near enough: combining marks take no column. */
function width(text: string): number {
  return [...text.replace(/\p{M}/gu, '')].length
}

/** Cuts a string to at most `max` columns, with an ellipsis when something was cut. */
export function truncate(text: string, max: number): string {
  if (width(text) <= max) return text
  const chars = [...text]
  let out = ''
  for (const ch of chars) {
    if (width(out + ch) > max - 1) break
    out += ch
  }
  return out.trimEnd() + '…'
}

/**
 * Text from an article on one line: runs of whitespace (line breaks included) become one space, and
 * other control characters go, so that an imported title cannot send escape sequences to the terminal.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim()
}

export interface Column {
  header: string
  /** Right-aligned, for numbers. */
  right?: boolean
  /** Longest a cell may be before it is cut. */
  max?: number
}

/** Rows under a header, each column as wide as its widest cell; no trailing spaces. */
export function table(columns: Column[], rows: string[][]): string[] {
  const cells = rows.map((row) => row.map((cell, i) => (columns[i].max ? truncate(oneLine(cell), columns[i].max!) : oneLine(cell))))
  const widths = columns.map((c, i) => Math.max(width(c.header), ...cells.map((r) => width(r[i] ?? ''))))
  const render = (row: string[]) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i] - width(cell))
        return columns[i].right ? pad + cell : cell + pad
      })
      .join('  ')
      .trimEnd()
  return [render(columns.map((c) => c.header)), ...cells.map(render)]
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`
