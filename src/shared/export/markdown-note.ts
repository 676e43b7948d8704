// A reader's note is Markdown and stays Markdown in the export: emphasis, links, lists, tables and code
// blocks keep working. But the note sits inside a document whose structure we own (headings, one
// blockquote per highlight, block ids), so whatever could escape the note or change that structure is
// neutralised here. The rule: the exported note renders as Diptych renders it (CommonMark, no raw
// HTML, no Obsidian extensions), and nothing in it reaches past its last line.
//
// Why escape rather than indent or fence the note: indenting turns it into a code block in CommonMark
// and fencing shows it as code; both lose the reader's formatting. Escaping the few block starts that
// could add structure keeps everything else as written.
//
// What is neutralised, line by line, outside fenced code blocks:
// - block starts that would add structure: ATX headings, setext underlines (`===`, `---`), thematic
//   breaks, blockquotes (`>`), link reference definitions (they would act on the whole document);
//   also when they follow list markers or indentation, since a heading inside a list item is still a
//   heading. Indented code loses nothing but may show a backslash: we escape wherever in doubt.
// - HTML: every `<` becomes `&lt;`, so no viewer ever sees a tag (this also turns `<https://…>`
//   autolinks into text). Inside inline code this shows `&lt;`; a fenced block keeps `<` as written.
// - what would make the file load or run something: images (`![`) become links, links whose
//   destination is not http(s), mailto or an in-page anchor lose their link, fence info strings are kept
//   only for plain programming languages (Obsidian plugins run code blocks such as `dataviewjs`).
// - Obsidian syntax that could swallow what follows or hijack an id: `%%` comments, `$$` math blocks
//   and a trailing `^block-id`.
// Fenced code blocks are tracked exactly as CommonMark does; one left open is closed at the note's end.

import { normalizeText } from './markdown-text'

/**
 * A fence we track: only one starting in the first column, because a fence with 1–3 spaces before it
 * may belong to a list item of the note and end with that item, which we cannot see from here.
 */
const FENCE_OPENER = /^(?:(`{3,})([^`]*)|(~{3,})(.*))$/
const FENCE_LIKE = /^(?:`{3,}|~{3,})/
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/
const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/
const THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/
const SAFE_LINK_DESTINATION = /^[ \t]*(?:https?:\/\/|mailto:|#)/i
const BLOCK_ID_AT_END = /^\^[A-Za-z0-9-]+[ \t]*$/
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/
const STARTS_WITH_LETTER = /^[A-Za-z]/
const MAY_ESCAPE_INLINE = /[<!\]%$^]/

/** Languages whose fenced blocks are shown as code by every viewer; others lose their info string. */
const PLAIN_LANGUAGES = new Set(
  (
    'text txt plain markdown md js javascript jsx ts typescript tsx json yaml yml toml ini xml html css ' +
    'scss python py ruby rb go rust rs java kotlin scala c h cpp c++ csharp cs fsharp swift php perl r ' +
    'sql bash sh zsh shell console powershell ps1 latex tex diff haskell lua dart elixir erlang clojure'
  ).split(' ')
)

interface OpenFence {
  char: string
  length: number
}

/** The note as Markdown lines, ready to be placed between blank lines; empty when the note is blank. */
export function noteLines(note: string): string[] {
  const lines = normalizeText(note).split('\n')
  while (lines.length > 0 && lines[0].trim() === '') lines.shift()
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop()
  const out: string[] = []
  let fence: OpenFence | undefined
  for (const line of lines) {
    if (fence) {
      // Inside a fenced block everything is literal text until the closing fence.
      out.push(line)
      if (closesFence(line, fence)) fence = undefined
      continue
    }
    const opener = FENCE_OPENER.exec(line)
    if (opener) {
      const marker = opener[1] ?? opener[3]
      fence = { char: marker[0], length: marker.length }
      out.push(marker + safeInfoString(opener[2] ?? opener[4]))
    } else {
      out.push(line.trim() === '' ? '' : escapeNoteLine(line))
    }
  }
  if (fence) out.push(fence.char.repeat(fence.length))
  return out
}

/** CommonMark: up to 3 spaces, the same character at least as many times, then only spaces or tabs. */
function closesFence(line: string, fence: OpenFence): boolean {
  const match = /^ {0,3}(`+|~+)[ \t]*$/.exec(line)
  return match !== null && match[1][0] === fence.char && match[1].length >= fence.length
}

function safeInfoString(info: string): string {
  const language = info.trim().split(/[ \t]/)[0].toLowerCase()
  return PLAIN_LANGUAGES.has(language) ? language : ''
}

function escapeNoteLine(line: string): string {
  // A line starting with a letter opens no block: only its inline content may need escapes.
  if (STARTS_WITH_LETTER.test(line)) return escapeNoteInline(line)
  const { prefix, rest } = escapeBlockStart(line)
  return prefix + escapeNoteInline(rest)
}

/**
 * Walks over indentation and list markers (the containers a note may open) and escapes the first
 * character of anything that would start a block we do not allow. Returns the escaped prefix and the
 * rest of the line, which is inline content.
 */
function escapeBlockStart(line: string): { prefix: string; rest: string } {
  let prefix = ''
  let rest = line
  for (;;) {
    const indent = /^[ \t]*/.exec(rest)![0]
    prefix += indent
    rest = rest.slice(indent.length)
    if (rest === '') return { prefix, rest }
    if (startsForbiddenBlock(rest)) return { prefix: prefix + '\\' + rest[0], rest: rest.slice(1) }
    const marker = LIST_MARKER.exec(rest)
    if (!marker) return { prefix, rest }
    prefix += marker[0]
    rest = rest.slice(marker[0].length)
  }
}

function startsForbiddenBlock(text: string): boolean {
  return (
    THEMATIC_BREAK.test(text) ||
    SETEXT_UNDERLINE.test(text) ||
    ATX_HEADING.test(text) ||
    text[0] === '>' ||
    FENCE_LIKE.test(text) ||
    (text[0] === '[' && mayDefineReference(text))
  )
}

/**
 * `[label]: destination` defines a link for the whole document. A line starting with `[` is left alone
 * only when its first unescaped `]` is followed by something other than `:` (an inline link, a task
 * box, a wikilink); a label that goes on to the next line is escaped too.
 */
function mayDefineReference(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === ']') return text[i + 1] === ':'
  }
  return true
}

function escapeNoteInline(text: string): string {
  // Most lines have none of the characters the loop below changes (a backslash only keeps the next one).
  if (!MAY_ESCAPE_INLINE.test(text)) return text
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    const next = text[i + 1]
    if (char === '\\' && next !== undefined && ASCII_PUNCTUATION.test(next)) {
      // The reader's own escape: the next character is already literal.
      out += char + next
      i++
    } else if (char === '<') out += '&lt;'
    else if (char === '!' && next === '[') out += '\\!'
    else if (char === ']' && next === '(' && !SAFE_LINK_DESTINATION.test(text.slice(i + 2))) {
      out += ']\\('
      i++
    } else if ((char === '%' || char === '$') && (text[i - 1] === char || next === char)) out += '\\' + char
    else if (char === '^' && BLOCK_ID_AT_END.test(text.slice(i))) out += '\\^'
    else out += char
  }
  return out
}
