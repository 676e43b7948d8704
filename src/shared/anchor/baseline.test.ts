// Regression baseline, in the manner of the Hypothesis client's anchoring tests: a short article edited
// in the ways readers' sources change, each case stored with the text as it is now, the selectors as
// described before the edit, and the result expected. A change in behaviour shows up as a diff here.
// The cases were generated from edits and checked by hand against where each passage went.
import { expect, it } from 'vitest'
import { anchor } from './anchor'
import baseline from './baseline.json'
import type { AnchorResult, Selectors } from './types'

interface Case {
  name: string
  text: string
  selectors: Selectors
  expected: { status: string; start?: number; end?: number; reason?: string }
}

function essentials(result: AnchorResult): Case['expected'] {
  return result.status === 'orphan'
    ? { status: 'orphan', reason: result.reason }
    : { status: result.status, start: result.start, end: result.end }
}

it('anchors every baseline case as recorded', () => {
  const cases = baseline as Case[]
  expect(cases.length).toBeGreaterThanOrEqual(12)
  const actual = cases.map((c) => ({ name: c.name, result: essentials(anchor(c.text, c.selectors)) }))
  expect(actual).toEqual(cases.map((c) => ({ name: c.name, result: c.expected })))
})
