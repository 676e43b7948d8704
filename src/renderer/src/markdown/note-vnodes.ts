// A note's Markdown as Vue nodes, built from markdown-it's tokens with raw HTML off. No HTML string is
// ever made, so nothing a note holds can become markup; links are checked and open in the browser.
import MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import { h, type VNode, type VNodeArrayChildren } from 'vue'
import { safeUrl } from '../../../shared/safe-url'

const md = new MarkdownIt({ html: false, linkify: true, typographer: false })

// prettier-ignore
const BLOCK_TAGS = new Set([
  'p', 'ul', 'ol', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td'
])
const INLINE_TAGS = new Set(['em', 'strong', 's', 'a'])

interface Frame {
  tag: string
  props: Record<string, unknown>
  children: VNodeArrayChildren
}

function build(tokens: Token[], openLink: (href: string) => void): VNodeArrayChildren {
  const root: Frame = { tag: 'root', props: {}, children: [] }
  const stack: Frame[] = [root]
  const top = () => stack[stack.length - 1]
  for (const token of tokens) {
    if (token.nesting === 1) {
      const frame: Frame = { tag: token.tag, props: {}, children: [] }
      if (token.tag === 'a') {
        const href = safeUrl(token.attrGet('href')) ?? null
        frame.props = href ? { href, rel: 'noreferrer', onClick: (e: Event) => (e.preventDefault(), openLink(href)) } : {}
        if (!href) frame.tag = 'span'
      }
      stack.push(frame)
    } else if (token.nesting === -1) {
      const frame = stack.pop()!
      // Headings inside a note stay small: a note is not a document.
      const tag = /^h[1-6]$/.test(frame.tag) ? 'h4' : frame.tag
      const allowed = BLOCK_TAGS.has(frame.tag) || INLINE_TAGS.has(frame.tag) || frame.tag === 'span'
      top().children.push(h(allowed ? tag : 'span', frame.props, frame.children))
    } else if (token.type === 'inline') {
      top().children.push(...build(token.children ?? [], openLink))
    } else if (token.type === 'text') {
      top().children.push(token.content)
    } else if (token.type === 'code_inline') {
      top().children.push(h('code', token.content))
    } else if (token.type === 'fence' || token.type === 'code_block') {
      top().children.push(h('pre', h('code', token.content)))
    } else if (token.type === 'softbreak') {
      top().children.push('\n')
    } else if (token.type === 'hardbreak') {
      top().children.push(h('br'))
    } else if (token.type === 'hr') {
      top().children.push(h('hr'))
    } else if (token.type === 'image') {
      // Images are never loaded; the alt text stands in.
      top().children.push(token.content)
    }
  }
  return root.children
}

export function noteVNodes(note: string, openLink: (href: string) => void): VNode {
  return h('div', { class: 'note-body' }, build(md.parse(note, {}), openLink))
}
