// Reads exported Markdown back with markdown-it (HTML enabled, as the most permissive viewer would) and
// yaml, into the parts the export's layout promises; used by the export's structure tests.
import MarkdownIt, { type Token } from 'markdown-it'
import { expect } from 'vitest'
import YAML from 'yaml'

export const viewer = new MarkdownIt({ html: true })
/** How Diptych shows a note: CommonMark without raw HTML. */
export const diptych = new MarkdownIt({ html: false })

export interface ReadHighlight {
  quote: string
  /** The diptych:// link after the quote, taken off it (the quote above is without it). */
  link?: string
  /** Token types found inside the quote's paragraphs, to prove nothing but text came out. */
  quoteTokenTypes: Set<string>
  blockId: string
  color: string
  tags: string[]
  linkLines: string[]
  noteHtml: string
}

export interface ReadDocument {
  frontMatter: Record<string, unknown>
  headings: string[]
  highlights: ReadHighlight[]
  tokens: Token[]
}

export function inlineText(token: Token, types?: Set<string>): string {
  return (token.children ?? [])
    .map((child) => {
      types?.add(child.type)
      return child.type === 'softbreak' || child.type === 'hardbreak' ? '\n' : child.content
    })
    .join('')
}

/** The `[↗](diptych://…)` that ends a quote's last paragraph: taken out of the token stream, its address returned. */
function quoteLink(inline: Token | undefined): string | undefined {
  const children = inline?.children ?? []
  const [open, text, close] = children.slice(-3)
  if (open?.type !== 'link_open' || text?.content !== '↗' || close?.type !== 'link_close') return undefined
  const href = open.attrGet('href') ?? undefined
  if (!href?.startsWith('diptych://')) return undefined
  children.splice(-3, 3)
  return href
}

/** Splits off the front matter, then walks the top-level tokens as the layout describes them. */
export function readExport(markdown: string): ReadDocument {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown)
  if (!match) throw new Error('no front matter')
  const env: { references?: Record<string, unknown> } = {}
  const tokens = viewer.parse(markdown.slice(match[0].length), env)
  // A link reference definition would act on the whole document: there must be none.
  expect(env.references ?? {}).toEqual({})
  const top = tokens.filter((token) => token.level === 0)
  const headings: string[] = []
  const highlights: ReadHighlight[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (token.level !== 0) continue
    if (token.type === 'heading_open') headings.push(`${token.tag} ${inlineText(tokens[i + 1])}`)
    if (token.type !== 'blockquote_open') continue
    const close = tokens.findIndex((t, j) => j > i && t.type === 'blockquote_close' && t.level === 0)
    const types = new Set<string>()
    const inlines = tokens.slice(i, close).filter((t) => t.type === 'inline')
    const link = quoteLink(inlines.at(-1))
    const paragraphs = inlines.map((t) => inlineText(t, types))
    if (link) paragraphs[paragraphs.length - 1] = paragraphs[paragraphs.length - 1].replace(/ $/, '')
    // After the quote: the block id paragraph, the meta paragraph, then the note up to the next quote or heading.
    const blockId = inlineText(tokens[close + 2])
    const meta = inlineText(tokens[close + 5]).split('\n')
    const [color, ...tags] = meta[0].split(' ').filter((word) => word !== '·')
    let end = close + 7
    // A marker of a repeated export (an HTML comment) ends the note too.
    while (end < tokens.length && !(tokens[end].level === 0 && /^(blockquote_open|heading_open|html_block)$/.test(tokens[end].type))) end++
    const noteHtml = viewer.renderer.render(tokens.slice(close + 7, end), viewer.options, {})
    highlights.push({
      quote: paragraphs.join('\n\n'),
      link,
      quoteTokenTypes: types,
      blockId,
      color,
      tags,
      linkLines: meta.slice(1),
      noteHtml
    })
    i = end - 1
  }
  expect(top.length).toBeGreaterThan(0)
  return { frontMatter: YAML.parse(match[1]) as Record<string, unknown>, headings, highlights, tokens }
}
