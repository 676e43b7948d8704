// What every parse result must satisfy, checked as data: the tests run it over fixtures and fuzzed
// input, and a caller may run it before storing an article.
import { MAX_LIST_LEVEL } from '../../../shared/limits'
import { tableText, type Block, type Mark } from '../../../shared/model'
import { CODE_LANGUAGE } from './code-language'
import { imageSource } from './image-source'
import type { ImportFailureReason, ParseResult } from './parsed-article'
import { isSafeUrl, safeWebUrl } from '../../../shared/safe-url'

const KINDS = new Set(['heading', 'paragraph', 'quote', 'listItem', 'preformatted', 'figure', 'table', 'code'])
const MARKS = new Set(['emphasis', 'strong', 'code', 'link'])
const REASONS = new Set<ImportFailureReason>(['empty', 'binary', 'not-article', 'too-large', 'unreadable', 'unsupported'])
const FORMATS = new Set(['text', 'markdown', 'html'])

/** Problems found in a result, as sentences; an empty list means the result is well formed. */
export function parseResultProblems(result: ParseResult): string[] {
  const problems: string[] = []
  if (!result.ok) {
    const e = result.error
    if (e.kind !== 'import') problems.push(`failure kind is ${e.kind}`)
    if (!REASONS.has(e.reason)) problems.push(`unknown failure reason ${e.reason}`)
    if (typeof e.message !== 'string' || e.message.trim() === '') problems.push('failure has no message')
    return problems
  }
  const { meta, blocks } = result.value
  if (typeof meta.title !== 'string' || meta.title.trim() === '') problems.push('title is empty')
  if (!FORMATS.has(meta.format)) problems.push(`unknown format ${meta.format}`)
  if (meta.url !== undefined && safeWebUrl(meta.url) !== meta.url) problems.push(`url is not http(s): ${meta.url}`)
  if (meta.dir !== undefined && meta.dir !== 'ltr' && meta.dir !== 'rtl') problems.push(`dir is ${meta.dir}`)
  if (blocks.length === 0) problems.push('no blocks')
  blocks.forEach((b, i) => {
    if (!KINDS.has(b.kind)) problems.push(`block ${i} has kind ${b.kind}`)
    // A figure's text is its caption, which may be empty.
    if (typeof b.text !== 'string' || (b.kind !== 'figure' && b.text.trim() === '')) problems.push(`block ${i} has no text`)
    problems.push(...mediaProblems(b, i))
    if (b.kind === 'heading' && !(Number.isInteger(b.level) && b.level >= 1 && b.level <= 6))
      problems.push(`heading ${i} has level ${b.level}`)
    if (b.kind === 'listItem' && !(Number.isInteger(b.level) && b.level >= 1 && b.level <= MAX_LIST_LEVEL))
      problems.push(`list item ${i} has level ${b.level}`)
    if (b.kind === 'listItem' && typeof b.ordered !== 'boolean') problems.push(`list item ${i} has ordered ${String(b.ordered)}`)
    const level = b.kind !== 'heading' && b.kind !== 'listItem' && 'level' in b ? b.level : undefined
    if (level !== undefined) problems.push(`${b.kind} ${i} has level ${String(level)}`)
    const ordered = b.kind !== 'listItem' && 'ordered' in b ? b.ordered : undefined
    if (ordered !== undefined) problems.push(`${b.kind} ${i} has ordered ${String(ordered)}`)
    for (const m of b.marks ?? []) {
      if (!MARKS.has(m.kind)) problems.push(`block ${i} has a mark of kind ${m.kind}`)
      if (!(Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.start < m.end && m.end <= b.text.length)) {
        problems.push(`block ${i} has a mark out of bounds: ${m.start}–${m.end} of ${b.text.length}`)
      }
      const href = hrefOf(m)
      if (m.kind === 'link' ? !m.href || !isSafeUrl(m.href) : href !== undefined)
        problems.push(`block ${i} has a mark with href ${String(href)}`)
    }
  })
  return problems
}

/** What a figure, a table or a code block must hold beyond text. */
function mediaProblems(b: Block, i: number): string[] {
  const problems: string[] = []
  if (b.kind === 'figure') {
    const { src, alt, width, height } = b.image
    // Unresolved: a saved file's relative path stays as written; never another scheme than http(s).
    if (src !== undefined && imageSource(src) !== src) problems.push(`figure ${i} has src ${src}`)
    if (typeof alt !== 'string') problems.push(`figure ${i} has no alt text`)
    for (const n of [width, height]) if (n !== undefined && !(Number.isInteger(n) && n >= 1)) problems.push(`figure ${i} has size ${n}`)
  }
  if (b.kind === 'table') {
    if (b.rows.length === 0 || b.rows.some((r) => r.cells.length === 0)) problems.push(`table ${i} has an empty row`)
    if (b.rows.some((r) => r.cells.some((c) => /[\t\n]/.test(c)))) problems.push(`table ${i} has a cell of several lines`)
    if (b.text !== tableText(b.rows)) problems.push(`table ${i} has text that is not its cells`)
  }
  if (b.kind === 'code' && b.language !== undefined && !CODE_LANGUAGE.test(b.language))
    problems.push(`code ${i} has language ${b.language}`)
  return problems
}

/** A mark's href, read from what a parser sent: the types say only links have one; the data may disagree. */
function hrefOf(mark: Mark): unknown {
  return 'href' in mark ? mark.href : undefined
}
