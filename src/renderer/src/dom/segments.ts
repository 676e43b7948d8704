// Splits a block's text at its marks' boundaries, so that each piece renders as text with its styles.
import type { Block, Mark } from '../../../shared/model'

export interface Segment {
  text: string
  emphasis: boolean
  strong: boolean
  code: boolean
  href?: string
}

export function segmentsOf(block: Block): Segment[] {
  const marks = (block.marks ?? []).filter((m) => m.end > m.start && m.start >= 0 && m.end <= block.text.length)
  if (marks.length === 0) return [{ text: block.text, emphasis: false, strong: false, code: false }]
  const cuts = new Set<number>([0, block.text.length])
  for (const m of marks) {
    cuts.add(m.start)
    cuts.add(m.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const out: Segment[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]]
    const over = marks.filter((m) => m.start <= from && m.end >= to)
    out.push({
      text: block.text.slice(from, to),
      emphasis: over.some((m) => m.kind === 'emphasis'),
      strong: over.some((m) => m.kind === 'strong'),
      code: over.some((m) => m.kind === 'code'),
      href: hrefIn(over)
    })
  }
  return out
}

function hrefIn(marks: readonly Mark[]): string | undefined {
  for (const m of marks) if (m.kind === 'link' && m.href) return m.href
  return undefined
}

/** An estimate of a block's height, so that off-screen blocks (content-visibility: auto) keep the scrollbar honest. */
export function estimatedHeight(block: Block, charsPerLine = 68, lineHeight = 30): number {
  const lines = Math.max(1, Math.ceil(block.text.length / charsPerLine))
  switch (block.kind) {
    case 'figure': {
      // A picture is shown at most as wide as the column (about 612 px at 68 characters).
      const { width, height } = block.image
      const picture = width && height ? Math.round((height * Math.min(width, 612)) / width) : 300
      return picture + (block.text ? lines * 21 + 8 : 0) + 36
    }
    case 'table':
      return block.rows.length * 31 + 30
    case 'code':
    case 'preformatted':
      return block.text.split('\n').length * 21 + 40
    default:
      return Math.round(lines * lineHeight * (block.kind === 'heading' ? 1.4 : 1) + 18)
  }
}
