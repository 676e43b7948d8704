import { expect, it } from 'vitest'
import { ContextScorer, contextMatches, eventCost } from './context'

const PREFIX = 'the press conference, the minister said '
const SUFFIX = ' and the agency published its report on'

it('counts no errors where the stored context is intact', () => {
  const scorer = new ContextScorer(PREFIX.slice(-32), SUFFIX.slice(0, 32))
  const text = PREFIX + 'QUOTE' + SUFFIX
  expect(scorer.prefixErrors(text, PREFIX.length)).toBe(0)
  expect(scorer.suffixErrors(text, PREFIX.length + 5)).toBe(0)
  expect(scorer.matchesExactly(text, PREFIX.length, PREFIX.length + 5)).toBe(true)
})

it('charges text inserted next to the quote once per character, not for everything it pushes out', () => {
  const scorer = new ContextScorer(PREFIX.slice(-32), SUFFIX.slice(0, 32))
  const text = PREFIX + 'yesterday ' + 'QUOTE' + ' today' + SUFFIX
  const start = PREFIX.length + 10
  expect(scorer.prefixErrors(text, start)).toBe(10)
  expect(scorer.suffixErrors(text, start + 5)).toBe(6)
})

it('counts a rewritten context as many errors', () => {
  const scorer = new ContextScorer(PREFIX.slice(-32), SUFFIX.slice(0, 32))
  const text = 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' + 'QUOTE' + 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz'
  expect(scorer.prefixErrors(text, 40)).toBeGreaterThan(25)
  expect(scorer.suffixErrors(text, 45)).toBeGreaterThan(25)
})

it('treats short context as the edge of the text: one more error for not being there', () => {
  const scorer = new ContextScorer('', ' cat sat on the mat and the dog sat on it')
  expect(scorer.prefixErrors('the cat sat', 0)).toBe(0)
  expect(scorer.prefixErrors('and the cat sat', 4)).toBe(1)
  expect(contextMatches('the cat', 0, 3, '', ' cat')).toBe(true)
  expect(contextMatches('so the cat', 3, 6, '', ' cat')).toBe(false)
  const atEnd = new ContextScorer('x'.repeat(32), '.')
  expect(atEnd.suffixErrors('xxx.', 3)).toBe(0)
  expect(atEnd.suffixErrors('xxx. And more.', 3)).toBe(1)
})

it('prices an insertion or deletion as one edit that grows slowly with its length', () => {
  expect(eventCost(0)).toBe(0)
  expect(eventCost(3)).toBe(3)
  expect(eventCost(8)).toBe(5)
  expect(eventCost(80)).toBe(14)
})
