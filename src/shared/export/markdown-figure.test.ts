import { describe, expect, it } from 'vitest'
import type { FigureBlock } from '../model'
import { figureLines } from './markdown-figure'

const name = `${'a'.repeat(64)}.png`
const figure = (image: FigureBlock['image'], text = 'The chart, in 2024.'): FigureBlock => ({ kind: 'figure', text, image })

describe('a figure in a Markdown export', () => {
  it('points at the copy beside the export by default, alt text and caption escaped', () => {
    expect(figureLines(figure({ alt: 'A [red] chart', asset: name }), {})).toEqual([
      `![A \\[red\\] chart](assets/${name})`,
      'The chart, in 2024.'
    ])
  })

  it('points wherever the export says, e.g. the library’s own copy', () => {
    const lines = figureLines(figure({ alt: 'x', asset: name }), { imageHref: (n) => `file:///home/me/My Library/assets/${n}` })
    expect(lines[0]).toBe(`![x](file:///home/me/My%20Library/assets/${name})`)
  })

  it('keeps the alt text and caption of a picture that was not saved', () => {
    expect(figureLines(figure({ alt: 'A chart', src: 'https://example.org/c.png' }), {})).toEqual(['*A chart*', 'The chart, in 2024.'])
  })
})
