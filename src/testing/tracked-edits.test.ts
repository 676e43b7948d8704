import { expect, it } from 'vitest'
import { selectorsFor } from '../shared/anchor/selectors-for'
import { applyEdits, fit, judge, levenshtein, trackEdit } from './tracked-edits'

const span = (start: number, end: number, touched = false) => ({ start, end, touched })

it('shifts a span for edits before it and leaves it for edits after it', () => {
  expect(trackEdit(span(10, 20), { at: 2, remove: 3, insert: 'abcdef' })).toEqual(span(13, 23))
  expect(trackEdit(span(10, 20), { at: 25, remove: 3, insert: '' })).toEqual(span(10, 20))
})

it('puts text inserted at either edge outside the span', () => {
  expect(trackEdit(span(10, 20), { at: 10, remove: 0, insert: 'xx' })).toEqual(span(12, 22))
  expect(trackEdit(span(10, 20), { at: 20, remove: 0, insert: 'xx' })).toEqual(span(10, 20))
})

it('counts edits inside the span, and replacements overlapping it as part of it', () => {
  expect(trackEdit(span(10, 20), { at: 15, remove: 0, insert: 'xx' })).toEqual(span(10, 22, true))
  expect(trackEdit(span(10, 20), { at: 5, remove: 10, insert: 'abc' })).toEqual(span(5, 13, true))
  expect(trackEdit(span(10, 20), { at: 15, remove: 10, insert: 'abc' })).toEqual(span(10, 18, true))
  expect(trackEdit(span(10, 20), { at: 0, remove: 30, insert: '' })).toEqual(span(0, 0, true))
})

it('applies edits in order to the text and every span', () => {
  const text = 'the cat sat on the mat'
  const after = applyEdits(
    text,
    [
      { at: 0, remove: 4, insert: 'a big ' },
      { at: 10, remove: 0, insert: 'dog and ' }
    ],
    [span(4, 7), span(19, 22)]
  )
  expect(after.text).toBe('a big cat dog and sat on the mat')
  expect(after.spans.map((s) => after.text.slice(s.start, s.end))).toEqual(['cat', 'mat'])
})

it('judges results against where the passage went', () => {
  const text = 'one two three four five six seven eight nine ten'
  const selectors = selectorsFor(text, 8, 13)
  expect(judge({ status: 'exact', start: 8, end: 13, score: 1 }, span(8, 13), text, selectors)).toBe('right')
  expect(judge({ status: 'moved', start: 14, end: 18, score: 1 }, span(8, 13), text, selectors)).toBe('wrong')
  expect(judge({ status: 'orphan', reason: 'not-found' }, span(8, 13), text, selectors)).toBe('orphan')
  expect(judge({ status: 'fuzzy', start: 8, end: 12, score: 0.9 }, span(8, 14, true), text, selectors)).toBe('right')
  expect(judge({ status: 'fuzzy', start: 8, end: 12, score: 0.9 }, span(8, 12), text, selectors)).toBe('right')
  expect(judge({ status: 'fuzzy', start: 8, end: 10, score: 0.9 }, span(8, 13, true), text, selectors)).toBe('wrong')
})

it('calls a place with the identical stored window a twin, and a closer copy a look-alike', () => {
  const [a, b] = ['x'.repeat(40), 'y'.repeat(40)]
  const text = a + 'quote' + b + a + 'quote' + b
  const selectors = selectorsFor(text, 40, 45)
  const second = { status: 'moved' as const, start: 125, end: 130, score: 1 }
  expect(judge(second, span(40, 45), text, selectors)).toBe('twin')
  // The passage damaged in three characters, the copy in one character of its suffix.
  const damaged = a + 'quXYZ' + b + a + 'quote' + b.slice(0, 10) + 'Z' + b.slice(11)
  expect(judge(second, span(40, 45, true), damaged, selectors)).toBe('lookalike')
  expect(fit(damaged, { start: 40, end: 45 }, selectors)).toBe(3)
  expect(fit(damaged, second, selectors)).toBe(1)
  expect(judge(second, span(40, 45, true), a + 'quXte' + b + a + 'quote' + b.slice(0, 10) + 'Z' + b.slice(11), selectors)).toBe('wrong')
  expect(levenshtein('kitten', 'sitting')).toBe(3)
})
