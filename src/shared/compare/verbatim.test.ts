import { describe, expect, it } from 'vitest'
import { align } from './align'

// The same words on both sides are a verbatim pair whatever marks, spacing, case or look-alike letters
// stand between them: a reader who sees "paraphrase" on a copied sentence stops trusting the kinds.
function only(a: string, b: string): { a: string; b: string; kind: string } {
  const pairs = align(a, b)
  expect(pairs).toHaveLength(1)
  return { a: a.slice(pairs[0].a.start, pairs[0].a.end), b: b.slice(pairs[0].b.start, pairs[0].b.end), kind: pairs[0].kind }
}

const PLAIN = 'The mayor said the plan was a turning point for the city and that work on the new bridge would begin in May.'

describe('verbatim means the same words', () => {
  const marked: [string, string][] = [
    [
      'straight quotation marks',
      'The mayor said the plan was "a turning point for the city" and that work on the new bridge would begin in May.'
    ],
    [
      'curly quotation marks',
      'The mayor said the plan was “a turning point for the city” and that work on the new bridge would begin in May.'
    ],
    ['guillemets', 'The mayor said the plan was «a turning point for the city» and that work on the new bridge would begin in May.'],
    [
      'low-high quotation marks',
      'The mayor said the plan was „a turning point for the city“ and that work on the new bridge would begin in May.'
    ],
    [
      'single quotation marks',
      'The mayor said the plan was ‘a turning point for the city’ and that work on the new bridge would begin in May.'
    ],
    ['brackets', 'The mayor said the plan was (a turning point for the city) and that work on the new bridge would begin in May.'],
    [
      'case and spacing',
      'THE MAYOR said  the plan was a turning point   for the city and that work on the new bridge\nwould begin in May.'
    ],
    [
      'a sentence cut in two',
      'The mayor said the plan was a turning point for the city. And that work on the new bridge would begin in May.'
    ],
    ['look-alike letters', 'The mаyor said the plаn was a turning point for the city and that work on the new bridge would begin in Mаy.'],
    [
      'fullwidth letters and a ligature',
      'The mayor said the plan was a turning point for the city and that work on the new bridge would begin in ＭＡＹ, ﬁnally.'
    ]
  ]
  for (const [what, text] of marked) {
    it(`ignores ${what}`, () => {
      const pair = only(text, PLAIN)
      expect(pair.kind).toBe('verbatim')
      expect(pair.a.startsWith('The') || pair.a.startsWith('THE')).toBe(true)
      expect(pair.b).toBe(PLAIN.slice(0, -1))
    })
  }

  it('keeps one verbatim pair when both texts put quotation marks inside it', () => {
    const a =
      'The card ends with a tip: use a mild “everyday” olive oil rather than a peppery extra virgin one, which can taste bitter in a cake.'
    const b = 'Tip: use a mild "everyday" olive oil rather than a peppery extra virgin one, which can taste bitter in a cake.'
    const pair = only(a, b)
    expect(pair.kind).toBe('verbatim')
    expect(pair.b).toBe(b.slice(0, -1))
  })

  it('does not let a word shared by chance after a sentence end spoil a verbatim quote', () => {
    const a = '"Monetary policy will need to remain restrictive for sufficiently long to bring inflation down," the committee said.'
    const b =
      'Monetary policy will need to remain restrictive for sufficiently long to bring inflation down. The minutes follow in two weeks.'
    const pair = only(a, b)
    expect(pair.kind).toBe('verbatim')
    expect(pair.b).toBe('Monetary policy will need to remain restrictive for sufficiently long to bring inflation down')
  })

  it('keeps one verbatim pair across a sentence cut in two with a word added at the cut', () => {
    // The first part is the same words as the source: it must not be left out of the pair, nor the pair
    // be called close for one word added in thirty.
    const a =
      'Local groups welcomed the plan. But they said the new bridge would take far too long to build, which they described as a waste of public money and time.'
    const b =
      'Local groups welcomed the plan but said the new bridge would take far too long to build, which they described as a waste of public money and time.'
    const pair = only(a, b)
    expect(pair.kind).toBe('verbatim')
    expect(pair.a).toBe(a.slice(0, -1))
    expect(pair.b).toBe(b.slice(0, -1))
  })

  it('reads "1.Break" and "1. Break" as the same words', () => {
    const a = 'Steps: 1.Break the eggs into a large bowl and whisk them with the sugar until pale. 2.Fold in the flour.'
    const b = 'Steps: 1. Break the eggs into a large bowl and whisk them with the sugar until pale. 2. Fold in the flour.'
    const pairs = align(a, b)
    expect(pairs.map((p) => p.kind)).toEqual(pairs.map(() => 'verbatim'))
    const first = pairs.find((p) => a.slice(p.a.start, p.a.end).includes('eggs'))
    expect(first && a.slice(first.a.start, first.a.end)).toContain(
      '1.Break the eggs into a large bowl and whisk them with the sugar until pale'
    )
  })
})
