// Walks sanitised article HTML into blocks: block elements start blocks, inline elements become marks.
import { MAX_LIST_LEVEL } from '../../../shared/limits'
import { headingLevel, type Block, type StyleMark } from '../../../shared/model'
import { BlockBuilder, type BlockStyle, type MarkStyle } from './block-builder'
import { safeUrl } from '../../../shared/safe-url'
import { codeLanguage, LANGUAGE_ATTRIBUTE } from './code-language'
import { figureBlock, figureBlocks, imageOf, tableBlock, tableRows, type Walk } from './html-media'

const HEADING = /^h([1-6])$/
/** Elements that start and end a block of their container's kind. */
// prettier-ignore
const BLOCK_ELEMENTS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'address', 'figure', 'figcaption', 'details',
  'summary', 'center', 'hgroup', 'caption', 'dl', 'dt', 'dd', 'table', 'tbody', 'thead', 'tfoot', 'tr'
])
const MARK_OF: Record<string, StyleMark['kind']> = {
  em: 'emphasis',
  i: 'emphasis',
  cite: 'emphasis',
  dfn: 'emphasis',
  var: 'emphasis',
  strong: 'strong',
  b: 'strong',
  code: 'code',
  kbd: 'code',
  samp: 'code',
  tt: 'code'
}
const LIST = new Set(['ul', 'ol', 'menu'])
/** Deeper nesting than this is an attack or a broken page; its text is kept without structure. */
const MAX_DEPTH = 400

interface Context {
  /** Kind of block that loose text in this container becomes. */
  style: BlockStyle
  listDepth: number
  ordered: boolean
  pre: boolean
  base?: string
  /** Inside a table cell: everything is text of that cell, nested tables too. */
  cell: boolean
  /** Whether an <img> here becomes a figure (not inside a caption, a cell or a figure already read). */
  images: boolean
}

const TEXT_NODE = 3
const ELEMENT_NODE = 1

export function htmlToBlocks(root: Node, base?: string): Block[] {
  const builder = new BlockBuilder()
  const ctx: Context = { style: { kind: 'paragraph' }, listDepth: 0, ordered: false, pre: false, base, cell: false, images: true }
  builder.style = ctx.style
  visitChildren(root, ctx, builder, 0)
  builder.flush()
  return builder.blocks
}

function visitChildren(node: Node, ctx: Context, out: BlockBuilder, depth: number): void {
  for (let child = node.firstChild; child; child = child.nextSibling) visit(child, ctx, out, depth + 1)
}

/** Ends the current block, then writes `node`'s children as blocks of `style`, then resumes ctx. */
function asBlock(node: Node, style: BlockStyle, ctx: Context, out: BlockBuilder, depth: number, inner: Partial<Context> = {}): void {
  out.flush()
  out.style = style
  visitChildren(node, { ...ctx, style, ...inner }, out, depth)
  out.flush()
  out.style = ctx.style
}

function visit(node: Node, ctx: Context, out: BlockBuilder, depth: number): void {
  if (node.nodeType === TEXT_NODE) {
    out.append(node.nodeValue ?? '', ctx.pre)
    return
  }
  if (node.nodeType !== ELEMENT_NODE) return
  if (depth > MAX_DEPTH) {
    out.append(node.textContent ?? '', ctx.pre)
    return
  }
  const el = node as Element
  const tag = el.localName
  const heading = HEADING.exec(tag)

  if (heading) return asBlock(el, { kind: 'heading', level: headingLevel(Number(heading[1])) }, ctx, out, depth)
  if (tag === 'pre') return asBlock(el, preStyle(el), ctx, out, depth, { pre: true })
  if (tag === 'blockquote') return asBlock(el, { kind: 'quote' }, ctx, out, depth)
  if (LIST.has(tag)) {
    return asBlock(el, ctx.style, ctx, out, depth, { listDepth: ctx.listDepth + 1, ordered: tag === 'ol' })
  }
  if (tag === 'li') {
    // A list item with several paragraphs becomes several list items of the same level: the model has
    // no paragraphs inside items, and this keeps every paragraph's text.
    const level = Math.min(Math.max(1, ctx.listDepth), MAX_LIST_LEVEL)
    return asBlock(el, { kind: 'listItem', level, ordered: ctx.ordered }, ctx, out, depth)
  }
  if (tag === 'br') return ctx.pre ? out.append('\n', true) : out.lineBreak()
  if (tag === 'hr') return out.flush()
  if (tag === 'img') {
    const image = ctx.images ? imageOf(el, ctx.base) : undefined
    if (image) out.addAfter(figureBlock(image))
    return
  }
  if (tag === 'figure' && ctx.images) {
    const blocks = figureBlocks(el, ctx.base, walkerFor(ctx, depth))
    if (blocks) return addAll(out, blocks)
  }
  if (tag === 'table' && !ctx.cell) return table(el, ctx, out, depth)
  if (tag === 'td' || tag === 'th') {
    // Inside a cell, a nested table's cells are words of that cell.
    out.append(' ')
    return visitChildren(el, ctx, out, depth)
  }
  if (BLOCK_ELEMENTS.has(tag)) return asBlock(el, ctx.style, ctx, out, depth)
  if (tag === 'q') {
    out.append('“')
    visitChildren(el, ctx, out, depth)
    out.append('”')
    return
  }

  const mark = inlineMark(el, ctx)
  if (mark) out.openMark(mark)
  visitChildren(el, ctx, out, depth)
  if (mark) out.closeMark()
}

/**
 * Code is a <pre> that says so: with a <code> inside (the HTML standard's way to mark computer code)
 * or a language. A bare <pre> is kept 'preformatted': poems, transcripts, ASCII diagrams and plain-text
 * mails use it too, and calling them code would export them as code and show them with a code label.
 */
function preStyle(pre: Element): BlockStyle {
  const language = codeLanguage(pre.getAttribute(LANGUAGE_ATTRIBUTE))
  if (language) return { kind: 'code', language }
  return pre.querySelector('code') ? { kind: 'code' } : { kind: 'preformatted' }
}

/** The walker as html-media calls it: the children of an element, into another builder. */
function walkerFor(ctx: Context, depth: number): Walk {
  return (el, into, how) => {
    into.style = { kind: 'paragraph' }
    visitChildren(el, { ...ctx, style: into.style, listDepth: 0, pre: false, ...how }, into, depth)
  }
}

function addAll(out: BlockBuilder, blocks: Block[]): void {
  out.flush()
  for (const block of blocks) out.addAfter(block)
}

function table(el: Element, ctx: Context, out: BlockBuilder, depth: number): void {
  const caption = Array.from(el.children).find((c) => c.localName === 'caption')
  if (caption) asBlock(caption, ctx.style, ctx, out, depth)
  const { rows, layout } = tableRows(el, walkerFor(ctx, depth))
  if (layout) {
    for (const cell of layout) asBlock(cell, ctx.style, ctx, out, depth)
    return
  }
  const block = tableBlock(rows)
  if (block) addAll(out, [block])
}

function inlineMark(el: Element, ctx: Context): MarkStyle | undefined {
  if (el.localName === 'a') {
    const href = safeUrl(el.getAttribute('href'), ctx.base)
    return href ? { kind: 'link', href } : undefined
  }
  const kind = MARK_OF[el.localName]
  // Inside preformatted text the whole block is code already.
  if (!kind || (ctx.pre && kind === 'code')) return undefined
  return { kind }
}
