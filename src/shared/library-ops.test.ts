import { describe, expect, it } from 'vitest'
import type { Highlight, Link, RejectedPair } from './model'
import {
  addRejectedPair,
  highlightAt,
  isRejected,
  linkBetween,
  linkKey,
  linksOf,
  removeHighlight,
  removeHighlights,
  removeLink,
  removeRejectedPair,
  restoreHighlight,
  upsertById
} from './library-ops'

const at = '2024-05-16T00:00:00.000Z'
const highlight = (id: string, articleId = 'a', start = 0, end = 4): Highlight => ({
  id,
  articleId,
  color: 'yellow',
  quote: { exact: 'BAKU', prefix: '', suffix: '' },
  position: { start, end },
  note: '',
  tags: [],
  createdAt: at,
  updatedAt: at
})
const link = (id: string, from: string, to: string): Link => ({ id, from, to, relation: 'quotes', createdAt: at })

function library() {
  return {
    highlights: [highlight('h1'), highlight('h2', 'b', 10, 20), highlight('h3')],
    links: [link('l1', 'h1', 'h2'), link('l2', 'h3', 'h1'), link('l3', 'h2', 'h3')]
  }
}

describe('library ops', () => {
  it('upsert replaces the item with the same id in place, or appends', () => {
    const list = [
      { id: 'x', n: 1 },
      { id: 'y', n: 2 }
    ]
    upsertById(list, { id: 'x', n: 3 })
    upsertById(list, { id: 'z', n: 4 })
    expect(list).toEqual([
      { id: 'x', n: 3 },
      { id: 'y', n: 2 },
      { id: 'z', n: 4 }
    ])
  })

  it('finds the links of a highlight and the link between two, either way round', () => {
    const lib = library()
    expect(linksOf(lib.links, 'h1').map((l) => l.id)).toEqual(['l1', 'l2'])
    expect(linkBetween(lib.links, 'h2', 'h1')?.id).toBe('l1')
    expect(linkBetween(lib.links, 'h1', 'h3')?.id).toBe('l2')
    expect(linkBetween(lib.links, 'h1', 'h1')).toBeUndefined()
    expect(linkKey('h2', 'h1')).toBe(linkKey('h1', 'h2'))
    expect(linkKey('h1', 'h2')).not.toBe(linkKey('h1', 'h3'))
  })

  it('finds the highlight covering exactly a span of an article', () => {
    const lib = library()
    expect(highlightAt(lib.highlights, 'b', { start: 10, end: 20 })?.id).toBe('h2')
    expect(highlightAt(lib.highlights, 'b', { start: 10, end: 21 })).toBeUndefined()
    expect(highlightAt(lib.highlights, 'a', { start: 10, end: 20 })).toBeUndefined()
  })

  it('removes a highlight with its links, and restores the same objects', () => {
    const lib = library()
    const deleted = removeHighlight(lib, 'h1')
    expect(deleted?.highlight.id).toBe('h1')
    expect(deleted?.links.map((l) => l.id)).toEqual(['l1', 'l2'])
    expect(lib.highlights.map((h) => h.id)).toEqual(['h2', 'h3'])
    expect(lib.links.map((l) => l.id)).toEqual(['l3'])
    expect(restoreHighlight(lib, deleted!).map((l) => l.id)).toEqual(['l1', 'l2'])
    expect(lib.highlights.find((h) => h.id === 'h1')).toBe(deleted!.highlight)
    expect(lib.links.map((l) => l.id).sort()).toEqual(['l1', 'l2', 'l3'])
  })

  it('deletes a highlight without reading every other highlight, and brings it back the same', () => {
    let reads = 0
    /** A highlight that counts how often its id is read. */
    const counted = (id: string): Highlight => {
      const h = highlight(id)
      return Object.defineProperty(h, 'id', { get: () => (reads++, id), enumerable: true })
    }
    const lib = { highlights: Array.from({ length: 1000 }, (_, i) => counted(`h${i}`)), links: [link('l1', 'h1', 'h900')] }
    const deleted = removeHighlight(lib, 'h1')!
    expect(reads).toBeLessThan(10)
    expect(deleted.links.map((l) => l.id)).toEqual(['l1'])
    expect(lib.highlights).toHaveLength(999)
    expect(lib.links).toEqual([])
    restoreHighlight(lib, deleted)
    expect(lib.highlights.at(-1)).toBe(deleted.highlight)
    expect(lib.links.map((l) => l.id)).toEqual(['l1'])
  })

  it('restores only the links whose other end is still there, and restoring twice adds nothing', () => {
    const lib = library()
    const deleted = removeHighlight(lib, 'h1')!
    removeHighlights(lib, new Set(['h3']))
    expect(restoreHighlight(lib, deleted).map((l) => l.id)).toEqual(['l1'])
    restoreHighlight(lib, deleted)
    expect(lib.highlights.map((h) => h.id)).toEqual(['h2', 'h1'])
    expect(lib.links.map((l) => l.id)).toEqual(['l1'])
  })

  it('changes nothing when the highlight or link is not there', () => {
    const lib = library()
    expect(removeHighlight(lib, 'nope')).toBeNull()
    expect(removeLink(lib, 'nope')).toBeNull()
    expect(lib).toEqual(library())
    expect(removeLink(lib, 'l2')?.id).toBe('l2')
    expect(lib.links.map((l) => l.id)).toEqual(['l1', 'l3'])
  })

  it('remembers a rejected pair once, by its articles and passage starts, and forgets it', () => {
    const pair: RejectedPair = { articleA: 'a', articleB: 'b', a: { start: 0, end: 5 }, b: { start: 7, end: 9 } }
    const lib = { rejectedPairs: [] as RejectedPair[] }
    addRejectedPair(lib, pair)
    addRejectedPair(lib, { ...pair, a: { start: 0, end: 6 } })
    expect(lib.rejectedPairs).toHaveLength(1)
    expect(lib.rejectedPairs[0]).not.toBe(pair)
    expect(isRejected(lib.rejectedPairs, { ...pair, b: { start: 7, end: 12 } })).toBe(true)
    expect(isRejected(lib.rejectedPairs, { ...pair, articleA: 'b', articleB: 'a' })).toBe(false)
    removeRejectedPair(lib, pair)
    expect(lib.rejectedPairs).toEqual([])
  })
})
