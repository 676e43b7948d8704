import { describe, expect, it } from 'vitest'
import { anchor } from './anchor'
import { selectorsFor } from './selectors-for'

const ARTICLE = [
  'The foreign minister held a press conference in the capital on Monday.',
  'He said the talks with the neighbouring country would resume next week, after a pause of two months.',
  'Asked about the border incident, he said the matter was closed and that both sides had moved on.',
  'The agency report quoted officials who asked not to be named.'
].join('\n\n')

function select(text: string, passage: string) {
  const start = text.indexOf(passage)
  if (start < 0) throw new Error(`not in text: ${passage}`)
  return selectorsFor(text, start, start + passage.length)
}

describe('anchor', () => {
  it('finds an unchanged passage exactly, with full confidence', () => {
    const s = select(ARTICLE, 'the talks with the neighbouring country')
    expect(anchor(ARTICLE, s)).toEqual({ status: 'exact', ...s.position, score: 1 })
  })

  it('follows a passage shifted by an edit before it', () => {
    const s = select(ARTICLE, 'the talks with the neighbouring country')
    const text = 'Breaking: ' + ARTICLE
    expect(anchor(text, s)).toEqual({ status: 'moved', start: s.position.start + 10, end: s.position.end + 10, score: 1 })
  })

  it('tells repeats of a short quote apart by their context', () => {
    const second = ARTICLE.indexOf('he said the matter')
    const s = selectorsFor(ARTICLE, second, second + 'he said'.length)
    const text = 'Note: ' + ARTICLE
    expect(anchor(text, s)).toMatchObject({ status: 'moved', start: second + 6, end: second + 13 })
  })

  it('finds a passage edited inside, bounded by its context', () => {
    const s = select(ARTICLE, 'would resume next week, after a pause of two months')
    const text = ARTICLE.replace('after a pause of two months', 'after a pause of almost three months')
    const start = text.indexOf('would resume')
    expect(anchor(text, s)).toMatchObject({ status: 'fuzzy', start, end: text.indexOf('.', start) })
  })

  it('orphans a deleted passage rather than pick a look-alike next to it', () => {
    const s = select(ARTICLE, 'Asked about the border incident, he said the matter was closed and that both sides had moved on.')
    const text = ARTICLE.replace(s.quote.exact + '\n\n', '')
    expect(anchor(text, s)).toMatchObject({ status: 'orphan' })
  })

  it('orphans a short quote deleted from a sentence where it recurs', () => {
    const text = 'Yesterday the cat saw the dog and the bird in the garden by the old wall near the river bank.'
    const at = text.indexOf('the dog')
    const s = selectorsFor(text, at, at + 3)
    expect(anchor(text.slice(0, at) + text.slice(at + 4), s)).toMatchObject({ status: 'orphan' })
  })

  it('orphans a passage that fits two places equally well', () => {
    const paragraph = 'The committee approved the budget after a long debate about the new hospital wing.'
    const text = paragraph + '\n\n' + paragraph
    const s = selectorsFor(text, 4, 13)
    // An edit right before the first copy makes it look no better than the second.
    const edited = 'Yesterday t' + text.slice(1)
    expect(anchor(edited, { ...s, position: { start: 50, end: 59 } })).toEqual({ status: 'orphan', reason: 'ambiguous' })
  })

  it('finds a paragraph moved to the other end of a long text, even edited', () => {
    const filler = Array.from({ length: 400 }, (_, i) => `Filler sentence number ${i} says nothing of note.`).join(' ')
    const paragraph = 'Asked about the border incident, he said the matter was closed and that both sides had moved on.'
    const text = paragraph + '\n\n' + filler
    const s = select(text, 'he said the matter was closed and that both sides had moved on')
    const moved = filler + '\n\n' + paragraph.replace('had moved', 'have moved')
    const result = anchor(moved, s)
    const start = moved.indexOf('he said the matter')
    expect(result).toMatchObject({ status: 'fuzzy', start, end: moved.indexOf('moved on') + 8 })
  })

  it('works in code units across astral characters and right-to-left text', () => {
    const text = 'Le ministre 😀 a dit: « مرحبا بكم » — 日本語のテキスト, puis il est parti. 👍🏽 Fin.'
    const s = select(text, '« مرحبا بكم » — 日本語')
    const edited = '🎉 ' + text.replace('puis', 'ensuite')
    const start = edited.indexOf('« مرحبا')
    expect(anchor(edited, s)).toMatchObject({ start, end: start + s.quote.exact.length })
  })

  it('orphans an empty quote and survives a nonsense stored position', () => {
    expect(anchor(ARTICLE, { quote: { exact: '', prefix: '', suffix: '' }, position: { start: 0, end: 0 } })).toEqual({
      status: 'orphan',
      reason: 'empty-quote'
    })
    const s = select(ARTICLE, 'the talks with the neighbouring country')
    const wild = { ...s, position: { start: -1e9, end: Number.NaN } }
    expect(anchor(ARTICLE, wild)).toMatchObject({ status: 'moved', start: s.position.start, end: s.position.end })
  })

  it('uses the expected start to look where neighbours went', () => {
    const s = select(ARTICLE, 'the talks with the neighbouring country')
    const text = 'x'.repeat(50_000) + ARTICLE
    expect(anchor(text, s, { expectedStart: s.position.start + 50_000 })).toMatchObject({
      status: 'moved',
      start: s.position.start + 50_000,
      score: 1
    })
  })
})
