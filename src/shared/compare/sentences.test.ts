import { describe, expect, it } from 'vitest'
import { Lexicon } from './lexicon'
import { segment } from './sentences'
import { tokenize } from './tokenize'

function split(text: string): { sentences: string[]; clauses: string[]; paragraphs: number[]; boundaries: string[] } {
  const lexicon = new Lexicon()
  const t = tokenize(text, lexicon)
  const seg = segment(text, t, lexicon)
  const piece = (from: number, to: number): string => text.slice(t.start[from], t.end[to - 1])
  const cut = (flags: Uint8Array): string[] => {
    const out: string[] = []
    let from = 0
    for (let k = 1; k <= t.count; k++) if (k === t.count || flags[k]) out.push(piece(from, (from = k)))
    return out
  }
  const sentences = Array.from({ length: seg.count }, (_, s) => piece(seg.sentStart[s], seg.sentStart[s + 1]))
  return { sentences, clauses: cut(seg.clauseStart), paragraphs: Array.from(seg.paragraphOf), boundaries: cut(seg.boundary) }
}

describe('segment', () => {
  it('ends sentences at . ! ? before a capital, and at line breaks', () => {
    expect(split('BAKU, May 16. I have invited them! Why? because.\nNext line').sentences).toEqual([
      'BAKU, May 16',
      'I have invited them',
      'Why? because',
      'Next line'
    ])
  })

  it('does not end a sentence after a title or an initial', () => {
    expect(split('Mr. Smith met Dr. Jones and J. K. Rowling in the U.S. Senate today.').sentences).toHaveLength(1)
  })

  it('numbers paragraphs by blank lines', () => {
    expect(split('One. Two.\n\nThree.\nFour.\n\nFive.').paragraphs).toEqual([0, 0, 1, 1, 2])
  })

  it('starts clauses after commas, dashes, colons and quotation marks', () => {
    expect(split('He said, in short: "we will rebuild" - and then – left.').clauses).toEqual([
      'He said',
      'in short',
      'we will rebuild',
      'and then',
      'left'
    ])
  })

  it('puts boundaries at sentence ends and quotation marks only', () => {
    expect(split('He said, of all things, "we will rebuild it." Then he left.').boundaries).toEqual([
      'He said, of all things',
      'we will rebuild it',
      'Then he left'
    ])
  })
})
