// The domain of Diptych: what an article, a highlight, a tag and a link are, and what the library holds.
// Pure types and small pure helpers only: no Node, no DOM, no Electron.

// 2: figures, tables and code blocks; articles name the assets they use and their canonical address.
export const SCHEMA_VERSION = 2

export type Id = string

export const HEADING_LEVELS = [1, 2, 3, 4, 5, 6] as const
export type HeadingLevel = (typeof HEADING_LEVELS)[number]

/** The heading level nearest to `n`: what a source's `h7` or `h0` is shown as. */
export function headingLevel(n: number): HeadingLevel {
  return HEADING_LEVELS[Math.min(6, Math.max(1, Math.trunc(n) || 1)) - 1]
}

/** Where an inline mark lies in its block's text; offsets count UTF-16 code units within that text. */
interface MarkRange {
  start: number
  end: number
}

export interface StyleMark extends MarkRange {
  kind: 'emphasis' | 'strong' | 'code'
}

export interface LinkMark extends MarkRange {
  kind: 'link'
  /** An http(s) or mailto URL, already checked by the importer. */
  href: string
}

/** An inline mark over a block's text. */
export type Mark = StyleMark | LinkMark

interface BlockContent {
  /** Plain text; never HTML. */
  text: string
  marks?: Mark[]
}

export interface HeadingBlock extends BlockContent {
  kind: 'heading'
  level: HeadingLevel
}

export interface ListItemBlock extends BlockContent {
  kind: 'listItem'
  /** Nesting depth, 1 for an item of a top-level list (at most MAX_LIST_LEVEL). */
  level: number
  /** Whether the list is numbered. */
  ordered: boolean
}

export interface PlainBlock extends BlockContent {
  kind: 'paragraph' | 'quote' | 'preformatted'
}

/** A picture of the article. The block's text is its caption, possibly empty. */
export interface FigureImage {
  /**
   * Where the picture came from, as the page named it: an http(s) URL resolved against the page, or for
   * a saved file a path relative to that file. Kept to retry a failed download and to cite the picture.
   */
  src?: string
  /** File name in the library's `assets` folder (`<sha256 hex>.<ext>`) once the picture is saved; absent when it could not be. */
  asset?: string
  /** The picture's alternative text; empty when the page gave none. */
  alt: string
  width?: number
  height?: number
}

export interface FigureBlock extends BlockContent {
  kind: 'figure'
  image: FigureImage
}

export interface TableRow {
  /** A row of header cells (`th`), shown and exported as such. */
  header: boolean
  /** Each cell's plain text: one line, without tabs. */
  cells: string[]
}

/** A table; its text is `tableText(rows)`, so that cells can be highlighted, searched and compared. */
export interface TableBlock extends BlockContent {
  kind: 'table'
  rows: TableRow[]
}

export interface CodeBlock extends BlockContent {
  kind: 'code'
  /** The language when the page says it (`language-js`, a fence's info string), lower case. */
  language?: string
}

export type Block = HeadingBlock | ListItemBlock | PlainBlock | FigureBlock | TableBlock | CodeBlock
export type BlockKind = Block['kind']

export type TextDirection = 'ltr' | 'rtl'

export type ArticleFormat = 'text' | 'markdown' | 'html' | 'bundled'

export interface ArticleMeta {
  id: Id
  title: string
  /** Publisher or site name, e.g. "Anadolu Agency". */
  source?: string
  author?: string
  /** ISO date (YYYY-MM-DD) or date-time as given by the source. */
  published?: string
  url?: string
  /** The address the page names as its own (`<link rel=canonical>`), when it differs from `url`. */
  canonicalUrl?: string
  lang?: string
  dir?: TextDirection
  /** A short line that says what the article is, e.g. the section or a dek. */
  description?: string
  format: ArticleFormat
  /** File name the article was imported from, if any. */
  importedFrom?: string
  addedAt: string
  wordCount: number
  /** Hash of the canonical text, used to recognise duplicates. */
  textHash: string
  tags: string[]
  /** Files of the library's `assets` folder that this article's figures show, so that unused ones can be removed. */
  assets?: string[]
  /** Set when the article is in the trash. */
  deletedAt?: string
  /**
   * The editions of an article saved from a URL, oldest first, once it was fetched again and its text had
   * changed (editions.ts). The last is the body in `articles/<id>.json`; the earlier ones are kept read-only.
   */
  editions?: Edition[]
}

/** One text of an article as the site served it at one time. */
export interface Edition {
  /** 1 for the text first saved, then 2, 3… */
  n: number
  /** When Diptych saved this text (ISO date-time). */
  savedAt: string
  /** textHash of this edition's text. */
  textHash: string
  words: number
}

export interface ArticleBody {
  id: Id
  blocks: Block[]
}

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number]

/** W3C Web Annotation TextQuoteSelector over the canonical text. */
export interface TextQuoteSelector {
  exact: string
  prefix: string
  suffix: string
}

/** W3C Web Annotation TextPositionSelector over the canonical text: [start, end). */
export interface TextPositionSelector {
  start: number
  end: number
}

export interface Highlight {
  id: Id
  articleId: Id
  color: HighlightColor
  quote: TextQuoteSelector
  position: TextPositionSelector
  /** Markdown, rendered without raw HTML. */
  note: string
  tags: string[]
  createdAt: string
  updatedAt: string
  /** Set when the highlight's passage is not in the latest edition: the edition (Edition.n) it stayed on. */
  edition?: number
  /** Set when a new edition changed the wording of the passage: what it said before, and says now. */
  revised?: HighlightRevision
}

export interface HighlightRevision {
  before: string
  after: string
  /** The edition whose text brought the change. */
  edition: number
}

export const LINK_RELATIONS = ['quotes', 'paraphrases', 'contradicts', 'related'] as const
export type LinkRelation = (typeof LINK_RELATIONS)[number]

/** A link joins two highlights, usually one in each pane; `from` is the one that quotes or paraphrases `to`. */
export interface Link {
  id: Id
  from: Id
  to: Id
  relation: LinkRelation
  createdAt: string
}

/** A compare proposal the reader rejected, remembered for that pair of articles. */
export interface RejectedPair {
  articleA: Id
  articleB: Id
  /** Character ranges of the proposal in each article, so that it stays hidden on the next Compare. */
  a: TextPositionSelector
  b: TextPositionSelector
}

export interface Settings {
  /** The article open in the left and the right pane; null when that pane is closed. */
  panes: [Id | null, Id | null]
  /** Share of the window width given to the left pane, 0.2–0.8. */
  split: number
  /** Reading position of each article: canonical offset of the first visible character. */
  positions: Record<Id, number>
  lastColor: HighlightColor
  syncScroll: boolean
  seeded: boolean
  /** How text and the app look; missing in libraries written before it existed (read as the defaults). */
  appearance?: Appearance
  /** The window's zoom level in the desktop app (desktop.ts); missing: actual size. */
  zoom?: number
}

export const THEMES = ['light', 'sepia', 'dark', 'system'] as const
export type Theme = (typeof THEMES)[number]
/** The bundled reading fonts: a serif, a sans, and a font made for low-vision readers. */
export const READING_FONTS = ['literata', 'inter', 'atkinson'] as const
export type ReadingFont = (typeof READING_FONTS)[number]

export interface Appearance {
  theme: Theme
  font: ReadingFont
  /** Text size in CSS pixels. */
  size: number
  /** Line height, a multiple of the text size. */
  lineHeight: number
  /** Longest line, in characters of the reading font. */
  lineLength: number
}

export const APPEARANCE_LIMITS = {
  size: { min: 14, max: 28, step: 1 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.05 },
  lineLength: { min: 40, max: 100, step: 2 }
} as const

export function defaultAppearance(): Appearance {
  return { theme: 'system', font: 'literata', size: 18, lineHeight: 1.65, lineLength: 68 }
}

export function appearanceOf(settings: Pick<Settings, 'appearance'>): Appearance {
  return { ...defaultAppearance(), ...settings.appearance }
}

export interface Library {
  schemaVersion: number
  /** Bumped on every write, so that a writer can tell that another process wrote since it last read. */
  revision: number
  articles: ArticleMeta[]
  highlights: Highlight[]
  links: Link[]
  rejectedPairs: RejectedPair[]
  settings: Settings
}

export function defaultSettings(): Settings {
  return {
    panes: [null, null],
    split: 0.5,
    positions: {},
    lastColor: 'yellow',
    syncScroll: false,
    seeded: false
  }
}

export function emptyLibrary(): Library {
  return {
    schemaVersion: SCHEMA_VERSION,
    revision: 0,
    articles: [],
    highlights: [],
    links: [],
    rejectedPairs: [],
    settings: defaultSettings()
  }
}

/** Blocks are joined by a blank line; every offset in the app counts in this text. */
export const BLOCK_SEPARATOR = '\n\n'

export function canonicalText(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join(BLOCK_SEPARATOR)
}

/** Cells are separated by a tab and rows by a line break in a table's text. */
export const TABLE_CELL_SEPARATOR = '\t'
export const TABLE_ROW_SEPARATOR = '\n'

/** The text of a table: what its cells say, in reading order, for offsets, search and compare. */
export function tableText(rows: readonly TableRow[]): string {
  return rows.map((row) => row.cells.join(TABLE_CELL_SEPARATOR)).join(TABLE_ROW_SEPARATOR)
}

/** Start offset of each block in the canonical text. */
export function blockStarts(blocks: readonly Block[]): number[] {
  const starts: number[] = []
  let offset = 0
  for (const block of blocks) {
    starts.push(offset)
    offset += block.text.length + BLOCK_SEPARATOR.length
  }
  return starts
}

export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)
  return matches ? matches.length : 0
}
