// Plain text to blocks: paragraphs at blank lines, list-item lines as list items, "> " lines as quotes;
// the first line is the title when it stands alone and reads as one.
import { MAX_LIST_LEVEL } from '../../../shared/limits'
import type { Block } from '../../../shared/model'
import { cleanChunk } from './block-builder'
import type { ParsedArticle } from './parsed-article'
import { directionOfText } from './text-direction'
import { LIST_ITEM, looksLikeTitle } from './title-line'

/** Normalised line breaks; a form feed (page break) counts as a blank line. */
export function normalizeNewlines(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n\n')
    .replace(/^\uFEFF/, '')
}

const BLANK_LINES = /\n(?:[ \t\u00a0\v]*\n)+/
/** "-----", "=====", "* * *": rules and setext underlines, not text. */
const RULE_LINE = /^\s*([-=*_~#])(?:\s*\1){2,}\s*$/
const HAS_TEXT = /[\p{L}\p{N}]/u

const indentWidth = (s: string) => s.replace(/\t/g, '    ').length
const collapse = (s: string) => s.replace(/[ \t\u00a0\v]+/g, ' ').trim()

function chunkBlocks(chunk: string): Block[] {
  const lines = chunk.split('\n').filter((l) => l.trim() !== '')
  if (lines.length === 0) return []
  if (lines.every((l) => /^\s*>/.test(l))) {
    // An e-mail style quotation.
    const text = collapse(lines.map((l) => l.replace(/^\s*>+ ?/, '')).join(' '))
    return text ? [{ kind: 'quote', text }] : []
  }

  const blocks: Block[] = []
  let current: { block: Block; parts: string[] } | undefined
  const indents: number[] = []
  const flush = () => {
    if (current) {
      current.block.text = collapse(current.parts.join(' '))
      if (current.block.text) blocks.push(current.block)
    }
    current = undefined
  }
  for (const line of lines) {
    if (RULE_LINE.test(line)) {
      flush()
      continue
    }
    const item = LIST_ITEM.exec(line)
    if (item) {
      flush()
      const indent = indentWidth(item[1])
      while (indents.length > 0 && indent < indents[indents.length - 1]) indents.pop()
      if (indents.length === 0 || indent > indents[indents.length - 1]) indents.push(indent)
      const ordered = /\d/.test(item[2])
      current = {
        block: { kind: 'listItem', text: '', level: Math.min(indents.length, MAX_LIST_LEVEL), ordered },
        parts: [line.slice(item[0].length)]
      }
    } else if (current && (current.block.kind === 'paragraph' || /^\s/.test(line))) {
      // Indented lines continue a list item; any line continues a paragraph.
      current.parts.push(line)
    } else {
      flush()
      indents.length = 0
      current = { block: { kind: 'paragraph', text: '' }, parts: [line] }
    }
  }
  flush()
  return blocks
}

/** Chunks of text between blank lines; chunks with no letter or digit (rules, ornaments) are left out. */
function textChunks(text: string): string[] {
  return cleanChunk(normalizeNewlines(text))
    .split(BLANK_LINES)
    .filter((c) => HAS_TEXT.test(c))
}

export function plainTextBlocks(text: string): Block[] {
  return textChunks(text).flatMap(chunkBlocks)
}

/** The article; its title is the first line when that line stands alone and reads as a title. */
export function parsePlainText(text: string, fallbackTitle: string): ParsedArticle {
  const chunks = textChunks(text)
  let blocks = chunks.flatMap(chunkBlocks)
  let title = fallbackTitle
  const first = blocks[0]
  // A title underlined with "=====" is still one line.
  const firstIsOneLine = chunks.length > 0 && chunks[0].split('\n').filter((l) => l.trim() && !RULE_LINE.test(l)).length === 1
  if (first && first.kind === 'paragraph' && blocks.length > 1 && firstIsOneLine && looksLikeTitle(first.text)) {
    title = first.text
    blocks = blocks.slice(1)
  }
  const sample = blocks
    .slice(0, 50)
    .map((b) => b.text)
    .join(' ')
  return { meta: { title, dir: directionOfText(sample), format: 'text' }, blocks }
}
