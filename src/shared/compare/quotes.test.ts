import { describe, expect, it } from 'vitest'
import { findQuotations } from './quotes'

function quoted(text: string): string[][] {
  return findQuotations(text).map((q) => q.pieces.map((p) => text.slice(p.start, p.end)))
}

describe('findQuotations', () => {
  it('finds straight, curly, low-high, single and guillemet quotations', () => {
    expect(quoted('He said "yes, now" and “no” or „ja“ and « non » and ‘maybe’.')).toEqual([
      ['yes, now'],
      ['no'],
      ['ja'],
      ['non'],
      ['maybe']
    ])
  })

  it('reads apostrophes inside single quotations as apostrophes', () => {
    expect(quoted('She called it ‘a plan that won’t work’, and left.')).toEqual([['a plan that won’t work']])
  })

  it('does not take apostrophes or inch marks for quotation marks', () => {
    expect(quoted("It's the countries' 12\" pipe, isn't it? Rock ’n’ roll in the ’90s.")).toEqual([])
  })

  it('keeps a quotation within a quotation inside the outer one', () => {
    expect(quoted('« Il a dit “jamais” hier », dit-elle.')).toEqual([['Il a dit “jamais” hier']])
  })

  it('follows a quotation over paragraphs in the news style', () => {
    const text = '"If we can help, we will.\n\n"Moreover, we will do more," he said.\n\nThen "a new one."'
    expect(quoted(text)).toEqual([['If we can help, we will.', 'Moreover, we will do more,'], ['a new one.']])
  })

  it('ends an unclosed quotation at the end of its paragraph when the next does not continue it', () => {
    expect(quoted('He said "this never closes\n\nNext paragraph.')).toEqual([['this never closes']])
  })

  it('gives spans into the text', () => {
    const text = 'A “b c” d'
    const [q] = findQuotations(text)
    expect(q.pieces[0]).toEqual({ start: 3, end: 6 })
  })
})
