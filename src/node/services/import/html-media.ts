// The walker's pictures and tables: a <figure> or a lone <img> becomes a figure block, a <table> a
// table block whose cells are one line each. The walker passes itself in as `walk`, to write a
// caption or a cell into a builder of their own.
import { tableText, type Block, type FigureBlock, type FigureImage, type Mark, type TableRow } from '../../../shared/model'
import { BlockBuilder, cleanChunk, joinTexts } from './block-builder'
import { imageSource, isTinyImage, pixels } from './image-source'

/** Writes the children of `el` into `out` as the walker would, in a container of normal paragraphs. */
export type Walk = (el: Element, out: BlockBuilder, how: { cell?: boolean; images?: boolean }) => void

const MAX_ALT = 2_000
/** A `colspan` beyond this is a layout trick, not a table with that many columns. */
const MAX_COLSPAN = 20

/** The picture an <img> shows, or undefined when it has no usable source or is an icon or a pixel. */
export function imageOf(img: Element, base: string | undefined): FigureImage | undefined {
  const src = imageSource(img.getAttribute('src'), base)
  if (!src || isTinyImage(img)) return undefined
  const alt = cleanChunk(img.getAttribute('alt') ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_ALT)
  const image: FigureImage = { src, alt }
  const width = pixels(img.getAttribute('width'))
  const height = pixels(img.getAttribute('height'))
  if (width) image.width = width
  if (height) image.height = height
  return image
}

export function figureBlock(image: FigureImage, caption: { text: string; marks: Mark[] } = { text: '', marks: [] }): FigureBlock {
  const block: FigureBlock = { kind: 'figure', text: caption.text, image }
  if (caption.marks.length > 0) block.marks = caption.marks
  return block
}

/** Text written by `walk` into a builder of its own, as one piece. */
function textOf(el: Element, walk: Walk, how: Parameters<Walk>[2], separator: string) {
  const sub = new BlockBuilder()
  walk(el, sub, how)
  sub.flush()
  return joinTexts(sub.blocks, separator)
}

/**
 * A <figure>: a figure block per picture, the caption under the last; what else the figure holds
 * (a credit line, a quote) follows as blocks. Undefined when there is no usable picture: the caller
 * then reads the figure as ordinary blocks, caption included, so no word is lost.
 */
export function figureBlocks(el: Element, base: string | undefined, walk: Walk): Block[] | undefined {
  // A picture inside the caption (an icon, a credit logo) is not the figure's.
  const images = Array.from(el.querySelectorAll('img'))
    .filter((img) => !img.closest('figcaption'))
    .flatMap((img) => imageOf(img, base) ?? [])
  if (images.length === 0) return undefined
  const caption = Array.from(el.querySelectorAll('figcaption'))
  const text = caption.length > 0 ? textOf(caption[0], walk, { images: false }, '\n') : undefined
  const blocks = images.map((image, i) => figureBlock(image, i === images.length - 1 ? text : undefined))
  const rest = new BlockBuilder()
  for (const c of caption) c.remove()
  walk(el, rest, { images: false })
  rest.flush()
  return [...blocks, ...rest.blocks]
}

/** The rows of a table (not of tables inside it); for a table used for layout, its cells instead. */
export function tableRows(table: Element, walk: Walk): { rows: TableRow[]; layout?: Element[] } {
  const rowElements: { tr: Element; head: boolean }[] = []
  for (const child of Array.from(table.children)) {
    if (child.localName === 'tr') rowElements.push({ tr: child, head: false })
    else if (['thead', 'tbody', 'tfoot'].includes(child.localName)) {
      for (const tr of Array.from(child.children)) if (tr.localName === 'tr') rowElements.push({ tr, head: child.localName === 'thead' })
    }
  }
  const cellsOf = (tr: Element) => Array.from(tr.children).filter((c) => c.localName === 'td' || c.localName === 'th')
  const all = rowElements.flatMap(({ tr }) => cellsOf(tr))
  if (isLayout(rowElements.length, all)) return { rows: [], layout: all }

  const rows: TableRow[] = []
  for (const { tr, head } of rowElements) {
    const cells = cellsOf(tr)
    if (cells.length === 0) continue
    const texts = cells.flatMap((cell) => {
      const span = Math.min(MAX_COLSPAN, pixels(cell.getAttribute('colspan')) ?? 1)
      return [cellText(cell, walk), ...Array<string>(span - 1).fill('')]
    })
    if (texts.every((t) => t === '')) continue
    rows.push({ header: head || cells.every((c) => c.localName === 'th'), cells: texts })
  }
  return { rows }
}

/**
 * A table that lays out a page rather than data: a single cell, or a single row of cells that hold
 * paragraphs (columns of text side by side). Its cells are read as blocks.
 */
function isLayout(rowCount: number, cells: Element[]): boolean {
  if (cells.length === 1) return true
  return rowCount === 1 && cells.every((c) => c.localName === 'td' && c.querySelector('p, h1, h2, h3, h4, h5, h6, ul, ol, blockquote'))
}

/** A cell's text on one line: nested tables, paragraphs and line breaks become spaces. */
function cellText(cell: Element, walk: Walk): string {
  return textOf(cell, walk, { cell: true, images: false }, ' ')
    .text.replace(/[\t\n\r\f\v ]+/g, ' ')
    .trim()
}

export function tableBlock(rows: TableRow[]): Block | undefined {
  const text = tableText(rows)
  return rows.length > 0 && text.trim() !== '' ? { kind: 'table', text, rows } : undefined
}
