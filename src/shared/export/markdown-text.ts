// Plain text the reader did not write as Markdown (quotes, titles, sources) turned into Markdown that
// renders as exactly that text: in CommonMark + GFM viewers (markdown-it, GitHub) and in Obsidian.
//
// Two kinds of escape, each where it works everywhere:
// - HTML-significant characters become entities (`<` → `&lt;`, an entity-like `&` → `&amp;`), so no
//   viewer, even one that passes raw HTML through, ever sees a tag: the exported file is inert.
// - Markdown-significant characters get a backslash (`\*`, `\#`, `\[`), which CommonMark and Obsidian
//   both honour for any ASCII punctuation.

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * What every reader-supplied string goes through before it is written: line endings become `\n`,
 * control characters other than tab and newline are dropped (they have no place in a text file, and
 * Markdown parsers treat NUL specially), and lone surrogates become U+FFFD (UTF-8 cannot hold them, so
 * writing the file would replace them anyway).
 */
export function normalizeText(text: string): string {
  // Most text has none of these: one test instead of three replacements (a library export normalises every quote).
  if (!NEEDS_NORMALIZING.test(text)) return text
  return text.replace(/\r\n?/g, '\n').replace(CONTROL_CHARS, '').replace(LONE_SURROGATE, '\uFFFD')
}
// eslint-disable-next-line no-control-regex -- the characters normalizeText changes
const NEEDS_NORMALIZING = /[\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]/

/** Removes spaces and tabs at both ends: the characters Markdown itself drops at the edges of a line. */
export function trimSpaceTab(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && (text[start] === ' ' || text[start] === '\t')) start++
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--
  return start === 0 && end === text.length ? text : text.slice(start, end)
}

/** Characters with inline meaning in CommonMark, GFM or Obsidian wherever they stand in a line. */
const ALWAYS_ESCAPED = new Set(['\\', '`', '*', '_', '[', ']', '#', '|', '~', '$', '^'])
/** Characters that only mean something doubled (`==highlight==`, `%%comment%%` in Obsidian). */
const ESCAPED_WHEN_DOUBLED = new Set(['=', '%'])
/** At the start of a line these open a blockquote, a list or a setext underline. */
const ESCAPED_AT_LINE_START = new Set(['>', '-', '+', '='])
const ENTITY_LIKE = /^&#?[A-Za-z0-9]+;/
/** Every character the loop below may escape anywhere in a line (a superset, for the quick test). */
const MAY_NEED_ESCAPE = /[<&\\`*_[\]#|~$^=%]/
/** What may open a block at the start of a line: `>`, `-`, `+`, `=` or a digit. */
const LINE_START_SYNTAX = /^[>+=\-\d]/
/** `1.` or `1)` opens an ordered list; CommonMark allows up to nine digits. */
const ORDERED_MARKER = /^\d{1,9}(?=[.)])/

/**
 * One line of plain text as Markdown inline content. `lineStart` says the line begins a line of the
 * document (a paragraph or blockquote line), where block syntax must be escaped too; heading content
 * and link text do not need that. Spaces and tabs at the ends are dropped, as Markdown would drop them.
 */
export function escapeLine(raw: string, lineStart: boolean): string {
  const line = trimSpaceTab(raw)
  // Most lines of prose need no escape at all: say so with one test rather than a loop over every character.
  if (!MAY_NEED_ESCAPE.test(line) && !(lineStart && LINE_START_SYNTAX.test(line))) return line
  const ordered = lineStart ? ORDERED_MARKER.exec(line) : null
  let out = ''
  for (let i = 0; i < line.length; i++) {
    const char = line[i]
    if (char === '<') out += '&lt;'
    else if (char === '&' && ENTITY_LIKE.test(line.slice(i))) out += '&amp;'
    else if (ALWAYS_ESCAPED.has(char)) out += '\\' + char
    else if (ESCAPED_WHEN_DOUBLED.has(char) && (line[i - 1] === char || line[i + 1] === char)) out += '\\' + char
    else if (i === 0 && lineStart && ESCAPED_AT_LINE_START.has(char)) out += '\\' + char
    else if (ordered && i === ordered[0].length) out += '\\' + char
    else out += char
  }
  return out
}

/**
 * A quote as the paragraphs a Markdown reader will see: normalised, each line trimmed of spaces and
 * tabs, runs of blank lines collapsed into one paragraph break. Markdown cannot say more than this
 * (two blank lines read as one), so this is also what a round trip through a Markdown parser returns.
 */
export function quoteParagraphs(text: string): string[][] {
  const paragraphs: string[][] = []
  let current: string[] = []
  for (const raw of normalizeText(text).split('\n')) {
    const line = trimSpaceTab(raw)
    if (line !== '') current.push(line)
    else if (current.length > 0) {
      paragraphs.push(current)
      current = []
    }
  }
  if (current.length > 0) paragraphs.push(current)
  return paragraphs
}

/** A quote as a blockquote: every line keeps its `>`, and a blank line inside becomes `>` alone. */
export function blockquoteLines(quote: string): string[] {
  const paragraphs = quoteParagraphs(quote)
  // An empty quote still gets its blockquote, so that every highlight has exactly one.
  if (paragraphs.length === 0) return ['>']
  const lines: string[] = []
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) lines.push('>')
    for (const line of paragraph) lines.push('> ' + escapeLine(line, true))
  })
  return lines
}

/** A title on one line, as it appears in a heading or a link: newlines become spaces. */
export function singleLine(text: string, fallback = 'Untitled'): string {
  const line = trimSpaceTab(normalizeText(text).replace(/[\n\t]+/g, ' '))
  return line === '' ? fallback : line
}

/** `# Title` with the title escaped, so that `#`, `>` or `---` in it stay text. */
export function headingLine(level: number, text: string): string {
  return '#'.repeat(level) + ' ' + escapeLine(singleLine(text), false)
}

/**
 * The text shown for a wikilink (`[[target|alias]]`). Obsidian ends the target at `#`, `^` or `|` and
 * the link at `]]`, so those become spaces and brackets become parentheses; `<`, `>`, backticks and
 * backslashes go too, because inside a wikilink Obsidian would not honour an escape for them.
 */
export function wikilinkAlias(title: string): string {
  const cleaned = singleLine(title)
    .replace(/\[/g, '(')
    .replace(/\]/g, ')')
    .replace(/[|#^<>`\\]/g, ' ')
    .replace(/ {2,}/g, ' ')
  return trimSpaceTab(cleaned) || 'Untitled'
}

/** Only http(s) URLs become links; anything else (javascript:, file:, data:) is not written as a link. */
export function httpUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined
  const trimmed = url.trim()
  return /^https?:\/\/[^\s/?#]+/i.test(trimmed) ? trimmed : undefined
}

/**
 * A URL as a Markdown link destination: characters that could end the destination or start other
 * syntax are percent-encoded, so `[original](…)` always closes where it should.
 */
export function linkDestination(url: string): string {
  const text = normalizeText(url)
  let out = ''
  let i = 0
  for (const char of text) {
    // An existing %XX escape is kept as it is, so an already-encoded URL is not encoded twice.
    if (/[A-Za-z0-9\-._~:/?#@!$&'*+,;=]/.test(char) || (char === '%' && /^%[0-9A-Fa-f]{2}/.test(text.slice(i)))) {
      out += char
    } else {
      out += encodeURIComponent(char).replace(/\(/g, '%28').replace(/\)/g, '%29')
    }
    i += char.length
  }
  return out
}
