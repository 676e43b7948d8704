// The search's highlight index is kept up to date by what changed: after a change, the articles it did
// not touch keep what was grouped and folded for them, and those it touched are grouped as the library
// has them now.
import { describe, expect, it } from 'vitest'
import { emptyLibrary, type Highlight, type Library } from '../../shared/model'
import { HighlightIndex } from './search-index'

const at = '2024-01-01T00:00:00.000Z'
function highlight(id: string, articleId: string, exact: string, note = '', tags: string[] = []): Highlight {
  const quote = { exact, prefix: '', suffix: '' }
  return { id, articleId, color: 'yellow', quote, position: { start: 0, end: exact.length }, note, tags, createdAt: at, updatedAt: at }
}

function library(): Library {
  const lib = emptyLibrary()
  lib.highlights = [
    highlight('1', 'a', 'Été'),
    highlight('2', 'b', 'Two'),
    highlight('3', 'a', 'Three', 'A NOTE', ['Tag']),
    highlight('4', 'c', 'Four')
  ]
  return lib
}

const ids = (index: Map<string, { list: { highlight: Highlight }[] }>) =>
  Object.fromEntries([...index].map(([article, { list }]) => [article, list.map((e) => e.highlight.id)]))

describe('the search index of highlights', () => {
  it('groups and folds by article, in the library’s order', () => {
    const lib = library()
    const groups = new HighlightIndex().of(lib, 1)
    expect(ids(groups)).toEqual({ a: ['1', '3'], b: ['2'], c: ['4'] })
    expect(groups.get('a')!.list.map((e) => [e.exact, e.note, e.tags])).toEqual([
      ['ete', '', []],
      ['three', 'a note', ['tag']]
    ])
    expect(groups.get('a')!.joined).toContain('a note')
  })

  it('after a change, regroups only the articles it touched, whoever changed the library', () => {
    const lib = library()
    const index = new HighlightIndex()
    const before = new Map(index.of(lib, 1))
    lib.highlights[2].note = 'An echidna'
    let groups = index.of(lib, 2)
    expect(groups.get('a')).not.toBe(before.get('a'))
    expect(groups.get('a')!.joined).toContain('an echidna')
    expect(groups.get('b')).toBe(before.get('b'))
    expect(groups.get('c')).toBe(before.get('c'))

    // Added, deleted, moved to another article: each article as the library has it now.
    lib.highlights.push(highlight('5', 'b', 'Five'))
    lib.highlights = lib.highlights.filter((h) => h.id !== '4')
    lib.highlights[0] = { ...lib.highlights[0], articleId: 'b' }
    groups = index.of(lib, 3)
    expect(ids(groups)).toEqual({ a: ['3'], b: ['1', '2', '5'] })
    expect(groups.get('b')!.joined).toContain('five')

    // The same version of the same library is not looked at again.
    lib.highlights[1].note = 'unseen'
    expect(index.of(lib, 3).get('b')!.joined).not.toContain('unseen')
    expect(index.of(lib, 4).get('b')!.joined).toContain('unseen')
  })

  it('folds ahead in slices, then groups as it would have at once', async () => {
    const lib = library()
    const index = new HighlightIndex()
    await index.prepare(lib, 1)
    lib.highlights = lib.highlights.filter((h) => h.id !== '2')
    const groups = index.of(lib, 1)
    expect(ids(groups)).toEqual(ids(new HighlightIndex().of(lib, 1)))
    expect(groups.get('a')!.joined).toBe(new HighlightIndex().of(lib, 1).get('a')!.joined)
  })
})
