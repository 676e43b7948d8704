// A block's text as its segments render it: plain text nodes, styled spans and links. A functional
// component (no instance of its own), shared by the plain blocks and the captions and code of
// MediaBlock; every piece of text goes in as text, never as HTML.
import { h, Text, type FunctionalComponent, type VNode } from 'vue'
import type { Segment } from '../dom/segments'

interface Props {
  segments: readonly Segment[]
  /** Code blocks are styled as code already: no span per code mark. */
  plainCode?: boolean
}

export const SegmentNodes: FunctionalComponent<Props, { openLink: (href: string) => true }> = (props, { emit }) =>
  props.segments.map((seg): VNode => {
    const styled = { em: seg.emphasis, strong: seg.strong, code: seg.code && !props.plainCode }
    if (seg.href) {
      const href = seg.href
      return h(
        'a',
        {
          href,
          rel: 'noreferrer noopener',
          class: styled,
          onClick: (event: MouseEvent) => {
            event.preventDefault()
            emit('openLink', href)
          }
        },
        seg.text
      )
    }
    return styled.em || styled.strong || styled.code ? h('span', { class: styled }, seg.text) : h(Text, seg.text)
  })
SegmentNodes.props = ['segments', 'plainCode']
SegmentNodes.emits = ['openLink']
