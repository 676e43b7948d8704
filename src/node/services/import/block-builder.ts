// Collects text and inline marks into blocks, for the HTML and Markdown walkers alike. Marks are
// recorded as offsets while text is appended, so they can never point outside their block.
import type { Block, CodeBlock, HeadingBlock, LinkMark, ListItemBlock, Mark, PlainBlock, StyleMark } from '../../../shared/model'

/** What a block is, without its text: the kind, and a heading's level or a list item's depth and numbering. */
export type BlockStyle =
  | Pick<HeadingBlock, 'kind' | 'level'>
  | Pick<ListItemBlock, 'kind' | 'level' | 'ordered'>
  | Pick<PlainBlock, 'kind'>
  | Pick<CodeBlock, 'kind' | 'language'>

/** What a mark is, without its range: the kind, and a link's address. */
export type MarkStyle = Pick<StyleMark, 'kind'> | Pick<LinkMark, 'kind' | 'href'>

type OpenMark = MarkStyle & { start: number }

// C0 and C1 controls other than tab, line feed, carriage return and form feed: they cannot be shown
// and would only confuse search and anchoring.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g
// HTML's own whitespace: no-break spaces are text and are kept.
const COLLAPSIBLE = /[ \t\n\r\f]+/g

export function cleanChunk(raw: string): string {
  return raw.replace(CONTROL_CHARS, '').normalize('NFC')
}

export class BlockBuilder {
  readonly blocks: Block[] = []
  /** Style of the block being written; the walker sets it after a flush. */
  style: BlockStyle = { kind: 'paragraph' }
  // The block's text as the pieces appended, joined only at the end: a paragraph of 100,000 short
  // lines would otherwise be copied or scanned once per line (appending to one string and asking it
  // endsWith took time growing with the square of the paragraph's length).
  private parts: string[] = []
  private length = 0
  /** Whether the block so far has any character other than whitespace. */
  private visible = false
  private marks: Mark[] = []
  private readonly open: OpenMark[] = []
  /** Blocks met inside the block being written (a picture in a paragraph), placed after it. */
  private waiting: Block[] = []

  /** Whether the block so far has any text to show. */
  get hasPendingText(): boolean {
    return this.visible
  }

  private push(chunk: string): void {
    if (chunk === '') return
    this.parts.push(chunk)
    this.length += chunk.length
    if (!this.visible && chunk.trim() !== '') this.visible = true
  }

  private lastChar(): string {
    const last = this.parts[this.parts.length - 1]
    return last === undefined ? '' : last[last.length - 1]
  }

  /** Appends text, collapsing whitespace runs as a browser would, unless `preserve` (pre, code). */
  append(raw: string, preserve = false): void {
    let chunk = cleanChunk(raw)
    if (preserve) {
      this.push(chunk.replace(/\r\n?/g, '\n').replace(/\f/g, ''))
      return
    }
    chunk = chunk.replace(COLLAPSIBLE, ' ')
    if (chunk.startsWith(' ')) {
      const last = this.lastChar()
      if (last === '' || last === ' ' || last === '\n') chunk = chunk.slice(1)
    }
    this.push(chunk)
  }

  /** A line break inside the block; a second one in a row ends the block, as `<br><br>` paragraphs do. */
  lineBreak(): void {
    this.dropTrailingSpaces()
    if (this.length === 0) return
    if (this.lastChar() === '\n') {
      this.flush()
      return
    }
    this.push('\n')
  }

  /** Removes the spaces at the end of the text, whichever pieces they sit in. */
  private dropTrailingSpaces(): void {
    while (this.parts.length > 0) {
      const last = this.parts[this.parts.length - 1]
      let end = last.length
      while (end > 0 && last.charCodeAt(end - 1) === 0x20) end--
      this.length -= last.length - end
      if (end > 0) {
        this.parts[this.parts.length - 1] = last.slice(0, end)
        return
      }
      this.parts.pop()
    }
  }

  openMark(style: MarkStyle): void {
    this.open.push({ ...style, start: this.length })
  }

  /** Closes the innermost open mark (marks close in the order the document nests them). */
  closeMark(): void {
    const mark = this.open.pop()
    if (mark) this.record(mark, this.length)
  }

  /** Adds a finished block (a figure, a table): after the block being written, if it has text, else now. */
  addAfter(block: Block): void {
    if (this.visible) this.waiting.push(block)
    else this.blocks.push(block)
  }

  /** Ends the current block, if it has any text. Marks still open continue into the next block. */
  flush(): void {
    for (const mark of this.open) {
      this.record(mark, this.length)
      mark.start = 0
    }
    const block = this.visible ? finishBlock(this.style, this.parts.join(''), this.marks) : undefined
    if (block) this.blocks.push(block)
    if (this.waiting.length > 0) {
      this.blocks.push(...this.waiting)
      this.waiting = []
    }
    this.parts = []
    this.length = 0
    this.visible = false
    this.marks = []
  }

  private record(mark: OpenMark, end: number): void {
    if (end <= mark.start) return
    this.marks.push(
      mark.kind === 'link' ? { kind: mark.kind, start: mark.start, end, href: mark.href } : { kind: mark.kind, start: mark.start, end }
    )
  }
}

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c)

/**
 * Trims the block, moves its marks with the text and shrinks each one to its first and last visible
 * character; merges marks of one kind that touch. Returns undefined for a block with no text.
 */
export function finishBlock(style: BlockStyle, rawText: string, rawMarks: readonly Mark[]): Block | undefined {
  // Preformatted text keeps its indentation: only whole blank lines are trimmed at the start.
  // (trimStart/trimEnd rather than /\s+$/, which is quadratic on long runs of spaces.)
  const lead =
    style.kind === 'preformatted' || style.kind === 'code' ? leadingBlankLines(rawText) : rawText.length - rawText.trimStart().length
  const text = rawText.slice(lead).trimEnd()
  if (text.trim() === '') return undefined

  const marks: Mark[] = []
  for (const m of rawMarks) {
    let start = Math.max(0, m.start - lead)
    let end = Math.min(text.length, m.end - lead)
    while (start < end && isSpace(text[start])) start++
    while (end > start && isSpace(text[end - 1])) end--
    if (start < end) marks.push({ ...m, start, end })
  }
  const block = blockOf(style, text)
  const merged = mergeMarks(marks)
  if (merged.length > 0) block.marks = merged
  return block
}

function blockOf(style: BlockStyle, text: string): Block {
  switch (style.kind) {
    case 'heading':
      return { kind: style.kind, text, level: style.level }
    case 'listItem':
      return { kind: style.kind, text, level: style.level, ordered: style.ordered }
    case 'code':
      return style.language ? { kind: style.kind, text, language: style.language } : { kind: style.kind, text }
    default:
      return { kind: style.kind, text }
  }
}

function leadingBlankLines(text: string): number {
  let lead = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '\n') lead = i + 1
    else if (c !== ' ' && c !== '\t') break
  }
  return lead
}

function mergeMarks(marks: Mark[]): Mark[] {
  const key = (m: Mark) => `${m.kind}\u0000${m.kind === 'link' ? m.href : ''}`
  const sorted = [...marks].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.start - b.start))
  const out: Mark[] = []
  for (const m of sorted) {
    const last = out[out.length - 1]
    if (last && key(last) === key(m) && m.start <= last.end) {
      last.end = Math.max(last.end, m.end)
    } else {
      out.push({ ...m })
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end || (a.kind < b.kind ? -1 : 1))
}

/** Blocks (a caption's paragraphs) as one text, their marks moved along; figures and tables among them are left out. */
export function joinTexts(blocks: readonly Block[], separator: string): { text: string; marks: Mark[] } {
  let text = ''
  const marks: Mark[] = []
  for (const block of blocks) {
    if (block.kind === 'figure' || block.kind === 'table') continue
    if (text !== '') text += separator
    for (const m of block.marks ?? []) marks.push({ ...m, start: m.start + text.length, end: m.end + text.length })
    text += block.text
  }
  return { text, marks }
}
