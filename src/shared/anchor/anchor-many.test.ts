import { expect, it } from 'vitest'
import { anchor } from './anchor'
import { anchorMany } from './anchor-many'
import { selectorsFor } from './selectors-for'
import { applyEdits, judge } from '../../testing/tracked-edits'

const SENTENCES = [
  'The minister said the talks would resume next week.',
  'Officials declined to comment on the border incident.',
  'The agency report cited three unnamed sources.',
  'A spokesman said the ministry would publish the statement.'
]
// Long enough that some passages need the whole-text search and the batch builds its gram index.
const TEXT = Array.from({ length: 3000 }, (_, i) => `${SENTENCES[i % 4]} (${i})`).join(' ')

it('returns results in the order given, the same as anchoring one by one on unchanged text', () => {
  const list = [900, 10, 5000, 77_000, 1234].map((at) => selectorsFor(TEXT, at, at + 40))
  expect(anchorMany(TEXT, list)).toEqual(list.map((s) => anchor(TEXT, s)))
  expect(anchorMany(TEXT, list).every((r) => r.status === 'exact')).toBe(true)
})

it('after edits, finds the right place or none, sharing work across the batch', () => {
  const starts = Array.from({ length: 120 }, (_, i) => 1000 + i * 1400)
  const list = starts.map((at) => selectorsFor(TEXT, at, at + 30 + (at % 50)))
  const edits = [
    ...starts.slice(0, 60).map((at, i) => ({ at: at + 10 + (i % 7), remove: i % 3, insert: i % 2 ? 'new words ' : '' })),
    { at: 500, remove: 0, insert: 'An inserted opening paragraph. '.repeat(5) }
  ].sort((a, b) => b.at - a.at)
  const after = applyEdits(
    TEXT,
    edits,
    list.map((s) => ({ ...s.position, touched: false }))
  )
  const results = anchorMany(after.text, list)
  const verdicts = results.map((r, i) => judge(r, after.spans[i], after.text, list[i]))
  expect(verdicts.filter((v) => v === 'wrong')).toEqual([])
  // Passages no edit touched keep their exact context, so all are found despite the shift.
  const untouched = verdicts.filter((_, i) => !after.spans[i].touched)
  expect(untouched.length).toBeGreaterThan(50)
  expect(untouched.every((v) => v === 'right')).toBe(true)
  // Touched ones may be orphans: this text repeats four sentences, so an edited passage often fits
  // the same sentence four lines on within an edit (ambiguous); never a wrong place, checked above.
})
