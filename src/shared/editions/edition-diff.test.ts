import { describe, expect, it } from 'vitest'
import { editionDiff } from './edition-diff'

const OLDER = [
  'Bridge to open next spring',
  'The council met on Tuesday to discuss the new bridge over the river, which has been delayed twice.',
  '“We will open the bridge in the spring,” the mayor said after the meeting.',
  'Residents asked whether the old ferry would keep running during the works.',
  'A spokesman for the builders declined to comment on the cost.'
]

const NEWER = [
  'Bridge to open next spring',
  'The council met on Tuesday to discuss the new bridge over the river, which has been delayed twice.',
  '“We hope to open the bridge in the summer,” the mayor said after the meeting.',
  'Residents asked whether the old ferry would keep running during the works.',
  'The builders said the cost had risen by a fifth since the first estimate.'
]

describe('comparing two editions', () => {
  it('pairs the reworded paragraphs, with their word-level changes, and tells what was removed and added', () => {
    const diff = editionDiff(OLDER, [...NEWER, 'The ferry will run until the bridge opens.'])
    expect(diff.rows.map((r) => r.kind)).toEqual(['same', 'same', 'reworded', 'same', 'removed', 'added', 'added'])
    const reworded = diff.rows[2]
    expect(reworded.diff?.filter((op) => op.op !== 'equal')).toEqual([
      { op: 'delete', text: 'will' },
      { op: 'insert', text: 'hope to' },
      { op: 'delete', text: 'spring' },
      { op: 'insert', text: 'summer' }
    ])
    // Every character of both texts is there, the quotation marks included.
    const text = (side: 'delete' | 'insert') =>
      reworded
        .diff!.filter((op) => op.op !== side)
        .map((op) => op.text)
        .join('')
    expect(text('insert')).toBe(OLDER[2])
    expect(text('delete')).toBe(NEWER[2])
    expect(diff.counts).toEqual({ reworded: 1, removed: 1, added: 2 })
  })

  it('lists the quotation whose wording changed first', () => {
    const older = [...OLDER.slice(0, 4), 'The cost was put at ten million.', OLDER[2].replace('mayor', 'deputy mayor')]
    const newer = [...NEWER.slice(0, 4), 'The cost was put at twelve million.', OLDER[2].replace('mayor', 'deputy mayor')]
    const diff = editionDiff(older, newer)
    const first = diff.rows[diff.changes[0]]
    expect(first.quoteChanged).toBe(true)
    expect(newer[first.new!]).toContain('We hope to open')
    expect(diff.changes).toHaveLength(2)
  })

  it('finds nothing changed between two equal editions', () => {
    const diff = editionDiff(OLDER, OLDER)
    expect(diff.changes).toEqual([])
    expect(diff.rows.every((r) => r.kind === 'same')).toBe(true)
  })
})
