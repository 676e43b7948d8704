// Printing: lines, JSON, aligned tables and one-line excerpts. Commands write through an `Output` so
// that what goes to stdout (results) and to stderr (notices, errors) is decided in one place.
import { writeStd } from './std-write'

export interface Output {
  /** A line of results, on stdout. */
  line(text?: string): void
  /** A value as JSON on stdout, for `--json`. */
  json(value: unknown): void
  /** A notice or an error sentence, on stderr. */
  note(text: string): void
  /** Bytes of a file for stdout, as they are (`export --out -`): content, not a message. */
  write(text: string): Promise<void>
}

export function processOutput(): Output {
  return {
    line: (text = '') => writeStd(1, escapeControls(text, 'lines') + '\n'),
    json: (value) => writeStd(1, escapeControls(JSON.stringify(value, null, 2), 'json') + '\n'),
    note: (text) => writeStd(2, escapeControls(text, 'lines') + '\n'),
    write: (text) => new Promise((resolve) => writeStd(1, text, resolve))
  }
}

/**
 * What a terminal acts on rather than shows: C0 controls, DEL, C1 controls (U+009B starts an escape
 * sequence as ESC [ does), and the bidi embeddings, overrides and isolates, which reorder what follows.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g
// JSON.stringify already escapes C0 in strings; the rest can only stand inside strings, where \uXXXX is JSON.
const CONTROL_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

const hex = (c: string, digits: number) => c.charCodeAt(0).toString(16).padStart(digits, '0')

/**
 * Text as it may reach a terminal: every control character written out (\x1b, \u202e), so that a file
 * name cannot retitle the window, clear the screen or reorder a line. Every printer goes through this:
 * 'text' escapes line breaks too (a name on one line), 'lines' keeps the message's own line breaks, and
 * 'json' escapes within JSON's own syntax.
 */
export function escapeControls(text: string, style: 'text' | 'lines' | 'json' = 'text'): string {
  if (style === 'json') return text.replace(CONTROL_IN_JSON, (c) => `\\u${hex(c, 4)}`)
  return text.replace(style === 'lines' ? CONTROL_BUT_NEWLINE : CONTROL, (c) =>
    c.charCodeAt(0) <= 0xff ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`
  )
}

/** The sequences of valid UTF-8, and a lone byte that is not one, in a Latin-1 string of raw bytes. */
const UTF8_OR_BYTE =
  // eslint-disable-next-line no-control-regex
  /[\x00-\x7f]|[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}|([\s\S])/g

/**
 * A path to print: its characters, its bytes that are not UTF-8 as \xNN (not U+FFFD, which would hide
 * which name it was), and its control characters escaped, line breaks included.
 */
export function displayPath(file: string | Buffer): string {
  const text =
    typeof file === 'string'
      ? file
      : file
          .toString('latin1')
          .replace(UTF8_OR_BYTE, (seq, lone?: string) => (lone ? `\\x${hex(lone, 2)}` : Buffer.from(seq, 'latin1').toString('utf8')))
  return escapeControls(text)
}

const MARK = /\p{M}/u

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

/** Width of a string on a terminal, near enough: combining marks take no column. */
function width(text: string): number {
  // Most cells are plain ASCII: one column a character, without splitting the string.
  if (PRINTABLE_ASCII.test(text)) return text.length
  return [...text.replace(/\p{M}/gu, '')].length
}

/** Cuts a string to at most `max` columns, with an ellipsis when something was cut. */
export function truncate(text: string, max: number): string {
  if (width(text) <= max) return text
  // Counted as it goes: measuring the cut text again at each character took 0.1 s for 2,000 titles.
  let out = ''
  let columns = 0
  for (const ch of text) {
    const w = MARK.test(ch) ? 0 : 1
    if (columns + w > max - 1) break
    out += ch
    columns += w
  }
  return out.trimEnd() + '…'
}

/**
 * Text from an article on one line: runs of whitespace (line breaks included) become one space, and
 * other control characters go, so that an imported title cannot send escape sequences to the terminal.
 */
export function oneLine(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      // eslint-disable-next-line no-control-regex -- control characters are what is removed
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
      .trim()
  )
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
