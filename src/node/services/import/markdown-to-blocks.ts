// Markdown to blocks through markdown-it's token stream; nothing is rendered to HTML.
import MarkdownIt from 'markdown-it'
import type { Token } from 'markdown-it'
import { MAX_LIST_LEVEL } from '../../../shared/limits'
import { headingLevel, type Block } from '../../../shared/model'
import { BlockBuilder, type BlockStyle } from './block-builder'
import { safeUrl } from '../../../shared/safe-url'

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
      case 'tr_open':
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
      case 'th_open':
      case 'td_open':
        if (this.out.hasPendingText) this.out.append(' | ')
        return
      case 'th_close':
      case 'td_close':
        // Cells of a row share one block.
        return
      case 'fence':
      case 'code_block':
        this.startBlock({ kind: 'preformatted' })
        this.out.append(token.content, true)
        return this.startBlock(this.containerStyle())
      case 'inline':
        return this.inline(token.children ?? [])
      default:
        // Closing tokens, rules and anything unknown end the block they are in.
        if (token.block && token.nesting <= 0) this.startBlock(this.containerStyle())
    }
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
          // Images are not text; their alt text describes a picture the article will not have.
          break
        default:
          if (t.content && t.nesting === 0 && !t.type.endsWith('_open') && !t.type.endsWith('_close')) this.out.append(t.content)
      }
    }
  }
}

export function markdownToBlocks(source: string, base?: string): Block[] {
  const walker = new MarkdownWalker(base)
  for (const token of markdown.parse(source, {})) walker.block(token)
  walker.out.flush()
  return walker.out.blocks
}
