// Real pages from Readability's test set (../shared/test-pages, read in place): what a reader would
// check after saving each one — which pictures arrive with which captions, which tables and which code.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Block, FigureBlock, TableBlock } from '../../../shared/model'
import { htmlToBlocks } from './html-to-blocks'
import { inertDocument } from './inert-dom'
import { resolveLazyImages } from './lazy-images'
import { parseArticle } from './parse-article'
import { sanitizeInPlace, wrapChildren } from './sanitize-html'
import { parseResultProblems } from './validate-parsed-article'

const PAGES = resolve(process.cwd(), '../shared/test-pages')
const page = (name: string) => readFileSync(resolve(PAGES, name, 'source.html'))
/** Large pages take seconds on a busy machine. */
const SLOW = 180_000

function blocksOf(name: string): Block[] {
  const result = parseArticle({ bytes: page(name), fileName: 'source.html' })
  expect(parseResultProblems(result)).toEqual([])
  if (!result.ok) throw new Error(result.error.message)
  return result.value.blocks
}
const figures = (blocks: Block[]) => blocks.filter((b): b is FigureBlock => b.kind === 'figure')
const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.kind === 'table')

describe.skipIf(!existsSync(PAGES))('saving the pages of the test set', () => {
  it('lazy-image-1 (Medium): the full pictures from <noscript>, not the blurred stand-ins, with their captions', { timeout: SLOW }, () => {
    const blocks = blocksOf('lazy-image-1')
    const figs = figures(blocks)
    expect(figs).toHaveLength(8)
    for (const f of figs) expect(f.image.src).toMatch(/^https:\/\/miro\.medium\.com\/max\/\d{4}\/1\*[\w-]+\.png$/)
    expect(figs.map((f) => f.text).filter(Boolean)).toEqual([
      'Memory leak in action',
      'Basic CPU monitoring',
      'Output of — prof',
      'The output of — prof-process',
      'Flame chart',
      'CPU profiling after optimizations'
    ])
    expect(figs[0].image).toMatchObject({ width: 1894, height: 970 })
    // Bare <pre> without <code> or a language: shown and exported as preformatted text, not as code.
    expect(blocks.filter((b) => b.kind === 'preformatted').map((b) => b.text)).toEqual([
      'node --prof app.js',
      'node --prof-process isolate-0xnnnnn-v8.log > processed.txt',
      'npm install inspector-api --save'
    ])
  })

  it('keep-images (Medium): 16 pictures, the photographer credited under each photo', { timeout: SLOW }, () => {
    const figs = figures(blocksOf('keep-images'))
    expect(figs).toHaveLength(16)
    expect(figs.filter((f) => f.text === 'Photo by Joan Bardeletti')).toHaveLength(7)
    expect(figs[2].text).toBe('Cristina Gil Lladanosa, at the Barcelona testing lab | photo by Joan Bardeletti')
    for (const f of figs) expect(f.image.src).toMatch(/^https:\/\/d262ilb51hltx0\.cloudfront\.net\//)
  })

  it('data-url-image: the 1×1 data: placeholders are dropped; the largest data-srcset candidate is kept', { timeout: SLOW }, () => {
    const figs = figures(blocksOf('data-url-image'))
    expect(figs.map((f) => f.image)).toEqual([
      {
        src: 'https://i.kinja-img.com/gawker-media/image/upload/c_scale,f_auto,fl_progressive,q_80,w_800/18zu12g5xzyxojpg.jpg',
        alt: 'Illustration for article titled The Spectacular Story Of Metroid'
      }
    ])
  })

  it('lazy-image-2 (Kotaku): every picture from its srcset, the largest candidate, none a data: placeholder', { timeout: SLOW }, () => {
    const figs = figures(blocksOf('lazy-image-2'))
    expect(figs).toHaveLength(56)
    for (const f of figs)
      expect(f.image.src).toMatch(/^https:\/\/i\.kinja-img\.com\/.*\/(?:c_fit|c_scale),f_auto,fl_progressive,q_80,w_(?:470|800)\//)
  })

  it('lazy-image-3: pictures only in data-src become figures, alt text kept', () => {
    const doc = inertDocument(page('lazy-image-3').toString('utf8'))
    resolveLazyImages(doc, undefined)
    const figs = figures(htmlToBlocks(sanitizeInPlace(wrapChildren(doc.body))))
    expect(figs.map((f) => [f.image.src?.slice(-27), f.image.alt])).toEqual([
      ['c6447d7d~tplv-k3u1fbpfcp-watermark.jpg'.slice(-27), 'performance.jpg'],
      ['c6447d7d~tplv-k3u1fbpfcp-watermark.png'.slice(-27), 'performance.jpg']
    ])
  })

  it('keep-tabular-data (Factorio): the progress table, 24 rows by 9 columns; no figure for its 20 px ticks', { timeout: SLOW }, () => {
    const blocks = blocksOf('keep-tabular-data')
    const [table] = tables(blocks)
    expect(tables(blocks)).toHaveLength(1)
    expect(table.rows).toHaveLength(24)
    // No-break spaces are the page's own (General&nbsp;UX).
    expect(table.rows[0].cells.map((c) => c.replace(/\u00a0/g, ' '))).toEqual([
      '',
      'General UX',
      'UX draft',
      'UX review',
      'UI mockup',
      'UI review',
      'Implementation draft',
      'Implementation review',
      'Final review'
    ])
    expect(table.rows.map((r) => r.cells[0].replace(/\u00a0/g, ' ')).slice(1, 3)).toEqual(['Load map', 'Save map'])
    expect(figures(blocks)).toHaveLength(13)
    expect(figures(blocks).some((f) => f.image.src?.includes('finished'))).toBe(false)
  })

  it('table-style-attributes: a page laid out in a one-row table is read as paragraphs', { timeout: SLOW }, () => {
    const blocks = blocksOf('table-style-attributes')
    expect(tables(blocks)).toEqual([])
    expect(blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('In December 2002, I'))).toBeDefined()
  })

  it('wikipedia-2: the climate table with its header row, and thumbnails with their captions', { timeout: SLOW }, () => {
    const blocks = blocksOf('wikipedia-2')
    const climate = tables(blocks).find((t) => t.rows[0].cells[0] === 'Location')!
    expect(climate.rows[0]).toEqual({ header: true, cells: ['Location', 'Jan/Feb (°C)', 'Jan/Feb (°F)', 'July (°C)', 'July (°F)'] })
    expect(climate.rows[1]).toEqual({ header: false, cells: ['Auckland', '23/16', '74/60', '14/7', '58/45'] })
    expect(climate.rows).toHaveLength(7)
    const figs = figures(blocks)
    expect(figs).toHaveLength(18)
    expect(figs.find((f) => f.text.startsWith('Detail from a 1657 map'))?.image).toMatchObject({
      alt: 'Brown square paper with Dutch writing and a thick red, curved line',
      width: 220,
      height: 171
    })
    expect(figs.find((f) => f.text === 'The endemic flightless kiwi is a national icon.')?.image.alt).toBe('Kiwi amongst sticks')
    // The caption is the figure's text, not a loose paragraph as well.
    expect(blocks.filter((b) => b.text === 'The endemic flightless kiwi is a national icon.')).toHaveLength(1)
  })
})
