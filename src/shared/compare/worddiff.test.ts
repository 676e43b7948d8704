import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Lexicon } from './lexicon'
import { tokenize } from './tokenize'
import { wordDiff } from './worddiff'

function wordsOf(text: string): string[] {
  const lexicon = new Lexicon()
  const t = tokenize(text, lexicon)
  return Array.from(t.form, (id) => lexicon.text(id))
}

describe('wordDiff', () => {
  it('shows a changed word and a moved phrase', () => {
    expect(wordDiff('we have to rebuild from scratch an area', 'We have to rebuild a significant area from scratch')).toEqual([
      { op: 'equal', text: 'we have to rebuild' },
      { op: 'insert', text: 'a significant area' },
      { op: 'equal', text: 'from scratch' },
      { op: 'delete', text: 'an area' }
    ])
  })

  it('ignores case and punctuation but not word endings', () => {
    expect(wordDiff('Rebuild, the town.', 'rebuild the town')).toEqual([{ op: 'equal', text: 'Rebuild, the town' }])
    expect(wordDiff('rebuild the town', 'rebuilding the town')).toEqual([
      { op: 'delete', text: 'rebuild' },
      { op: 'insert', text: 'rebuilding' },
      { op: 'equal', text: 'the town' }
    ])
  })

  it('handles empty sides', () => {
    expect(wordDiff('', '')).toEqual([])
    expect(wordDiff('a b', '')).toEqual([{ op: 'delete', text: 'a b' }])
    expect(wordDiff('', 'a b')).toEqual([{ op: 'insert', text: 'a b' }])
  })

  it('always rebuilds both texts and keeps the most words equal', () => {
    const word = fc.constantFrom('the', 'plan', 'river', 'we', 'will', 'rebuild', 'bridge', 'now')
    const text = fc.array(word, { maxLength: 30 }).map((w) => w.join(' '))
    fc.assert(
      fc.property(text, text, (a, b) => {
        const ops = wordDiff(a, b)
        const side = (keep: string): string[] => ops.filter((o) => o.op === 'equal' || o.op === keep).flatMap((o) => wordsOf(o.text))
        expect(side('delete')).toEqual(wordsOf(a))
        expect(side('insert')).toEqual(wordsOf(b))
        // Myers finds a shortest script, so as many words stay equal as in a longest common subsequence.
        const x = wordsOf(a)
        const y = wordsOf(b)
        const row = new Array(y.length + 1).fill(0)
        for (const xi of x) {
          let diagonal = 0
          for (let j = 1; j <= y.length; j++) {
            const up = row[j]
            row[j] = xi === y[j - 1] ? diagonal + 1 : Math.max(row[j], row[j - 1])
            diagonal = up
          }
        }
        expect(ops.filter((o) => o.op === 'equal').flatMap((o) => wordsOf(o.text))).toHaveLength(row[y.length])
      })
    )
  })
})
