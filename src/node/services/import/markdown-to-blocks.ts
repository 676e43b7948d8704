// Markdown to blocks through markdown-it's token stream; nothing is rendered to HTML.
import MarkdownIt from 'markdown-it'
import type { Token } from 'markdown-it'
import { MAX_LIST_LEVEL } from '../../../shared/limits'
import { headingLevel, tableText, type Block, type TableRow } from '../../../shared/model'
import { BlockBuilder, cleanChunk, type BlockStyle } from './block-builder'
import { safeUrl } from '../../../shared/safe-url'
import { codeLanguage } from './code-language'
import { figureBlock } from './html-media'
import { imageSource } from './image-source'

// html: false — raw HTML is not recognised as HTML at all: it stays in the text, literally, as the
// author typed it. Bare addresses become links only with an explicit "http(s)://": "notes.md" is a
// file name, not a link to Moldova.
const markdown = new MarkdownIt('default', { html: false, linkify: true, typographer: false })
markdown.linkify.set({ fuzzyLink: false, fuzzyEmail: false })
// markdown-it leaves a link it distrusts (javascript:, data:) as literal "[text](url)" source. Let every
// link through as a link instead: safeUrl then drops the target and the reader keeps just the text.
markdown.validateLink = () => true

const MARK_TOKENS: Record<string, 'emphasis' | 'strong'> = { em_open: 'emphasis', strong_open: 'strong' }

class MarkdownWalker {
  readonly out = new BlockBuilder()
  private readonly lists: boolean[] = []
  private items = 0
  private quotes = 0
  /** For each link_open: whether it opened a mark (unsafe links keep their text, lose the link). */
  private readonly links: boolean[] = []
  /** The GFM table being read: its rows so far, and whether the walker is in its head. */
  private table: { rows: TableRow[]; head: boolean } | null = null

  constructor(private readonly base: string | undefined) {}

  /** The kind of block a paragraph becomes where the walker is now. */
  private containerStyle(): BlockStyle {
    if (this.items > 0) {
      // Deeper lists are shown at the deepest level the library keeps.
      return { kind: 'listItem', level: Math.min(this.lists.length, MAX_LIST_LEVEL), ordered: this.lists[this.lists.length - 1] ?? false }
    }
    return { kind: this.quotes > 0 ? 'quote' : 'paragraph' }
  }

  private startBlock(style: BlockStyle): void {
    this.out.flush()
    this.out.style = style
  }

  block(token: Token): void {
    switch (token.type) {
      case 'heading_open':
        return this.startBlock({ kind: 'heading', level: headingLevel(Number(token.tag.slice(1))) })
      case 'paragraph_open':
        return this.startBlock(this.containerStyle())
      case 'bullet_list_open':
      case 'ordered_list_open':
        this.lists.push(token.type === 'ordered_list_open')
        return this.startBlock(this.containerStyle())
      case 'bullet_list_close':
      case 'ordered_list_close':
        this.lists.pop()
        return this.startBlock(this.containerStyle())
      case 'list_item_open':
      case 'list_item_close':
        this.items += token.nesting
        return this.startBlock(this.containerStyle())
      case 'blockquote_open':
      case 'blockquote_close':
        this.quotes += token.nesting
        return this.startBlock(this.containerStyle())
      case 'table_open':
        this.out.flush()
        this.table = { rows: [], head: false }
        return
      case 'thead_open':
      case 'thead_close':
        if (this.table) this.table.head = token.nesting > 0
        return
      case 'tr_open':
        this.table?.rows.push({ header: this.table.head, cells: [] })
        return
      case 'table_close':
        return this.endTable()
      case 'fence':
      case 'code_block': {
        // The info string's first word names the language ("```ts title=x" is TypeScript).
        const language = codeLanguage(token.info.trim().split(/\s+/)[0])
        this.startBlock(language ? { kind: 'code', language } : { kind: 'code' })
        this.out.append(token.content, true)
        return this.startBlock(this.containerStyle())
      }
      case 'inline':
        if (this.table) return this.cell(token.children ?? [])
        return this.inline(token.children ?? [])
      default:
        // Closing tokens, rules and anything unknown end the block they are in.
        if (token.block && token.nesting <= 0) this.startBlock(this.containerStyle())
    }
  }

  /** `![alt](src "title")`: a figure after the paragraph it stands in, captioned by its title. */
  private image(t: Token): void {
    const src = imageSource(t.attrGet('src'), this.base)
    if (!src) return
    const alt = cleanChunk(t.content).replace(/\s+/g, ' ').trim()
    const title = cleanChunk(t.attrGet('title') ?? '').trim()
    this.out.addAfter(figureBlock({ src, alt }, { text: title, marks: [] }))
  }

  private cell(children: Token[]): void {
    const row = this.table?.rows[this.table.rows.length - 1]
    row?.cells.push(cellText(children))
  }

  private endTable(): void {
    const rows = (this.table?.rows ?? []).filter((r) => r.cells.length > 0)
    this.table = null
    const text = tableText(rows)
    if (rows.length > 0 && text.trim() !== '') this.out.addAfter({ kind: 'table', text, rows })
  }

  private inline(children: Token[]): void {
    for (const t of children) {
      switch (t.type) {
        case 'text':
          this.out.append(t.content)
          break
        case 'softbreak':
          this.out.append(' ')
          break
        case 'hardbreak':
          this.out.lineBreak()
          break
        case 'code_inline':
          this.out.openMark({ kind: 'code' })
          this.out.append(t.content, true)
          this.out.closeMark()
          break
        case 'em_open':
        case 'strong_open':
          this.out.openMark({ kind: MARK_TOKENS[t.type] })
          break
        case 'em_close':
        case 'strong_close':
          this.out.closeMark()
          break
        case 'link_open': {
          const href = safeUrl(t.attrGet('href'), this.base)
          this.links.push(!!href)
          if (href) this.out.openMark({ kind: 'link', href })
          break
        }
        case 'link_close':
          if (this.links.pop()) this.out.closeMark()
          break
        case 'image':
          this.image(t)
          break
        default:
          if (t.content && t.nesting === 0 && !t.type.endsWith('_open') && !t.type.endsWith('_close')) this.out.append(t.content)
      }
    }
  }
}

/** A cell's text: one line, tabs and breaks as spaces; a picture in a cell counts as its alt text. */
function cellText(children: Token[]): string {
  const text = children.map((t) => (t.type === 'softbreak' || t.type === 'hardbreak' ? ' ' : t.content)).join('')
  return cleanChunk(text).replace(/\s+/g, ' ').trim()
}

export function markdownToBlocks(source: string, base?: string): Block[] {
  const walker = new MarkdownWalker(base)
  for (const token of markdown.parse(source, {})) walker.block(token)
  walker.out.flush()
  return walker.out.blocks
}
